/** Words that open a message and say nothing of a field: "对了，…", "另外，…", "补充一下：…". */
export const DISCOURSE = /^(?:对了|哦对了?|噢对了?|另外|还有|然后|补充一下|补充|顺便说一下|再就是)\s*[，,、。:：\s]\s*/u;
