/**
 * Where to download something (模板哪里下载, 申报书在哪下, 有链接没): only a sentence saying where to get
 * it answers — a site or a web address, or the notice's own attachment (见附件1) — never one that
 * names the form alone. A link asked for is given by a web address only.
 */

/** A download asked: 下载, a link, or 下 after asking where (哪里下, 在哪能下; not 下发, 下一批). */
const DOWNLOAD_ASKED = /下载|链接|网址|(?:哪里|哪儿|在哪|去哪|到哪)(?:能|可以)?下(?![发达面午周月批一个次])/;

/** A link asked for: only an address on the web gives it. */
const LINK_ASKED = /链接|网址|网页/;

/** Where a sentence says something is found on the web. */
const WEB_PLACE = /网站|网址|https?:|www\./;

/** … or where else: downloaded from, or attached to the notice. */
const DOWNLOAD_PLACE = /下载|见附件|附件\s*\d/;

/** True when the question asks where to download something. */
export const asksDownload = (question: string): boolean => DOWNLOAD_ASKED.test(question);

/** True when the question asks where to download something and the sentence names no place to get it. */
export function missesAskedDownload(question: string, sentence: string): boolean {
  if (!asksDownload(question) || WEB_PLACE.test(sentence)) return false;
  return LINK_ASKED.test(question) || !DOWNLOAD_PLACE.test(sentence);
}
