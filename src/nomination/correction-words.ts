/**
 * The words that make a message a correction, shared by the correction readers (extract.ts,
 * correction-forms.ts) and the dialog: a message without them never changes a filled field.
 */

/** A year before the one asked: "2021年", "去年", "上年度". */
const EARLIER_YEAR = '(?:19|20)\\d{2}年度?|[去前上]一?年度?|往年|之前|以前|老|旧';
/** The year meant instead: "2022年", "今年", "本年度", "最新". */
const YEAR_MEANT = '(?:19|20)\\d{2}年度?|今年|本年度?|上一?年度?|去年|最新|实际';
/** Words saying an answer was wrong: "填错了", "写反了", "说多了", "发得不全", "多打了一位". */
const WRONG = `(?:填|写|打|输|弄|搞|记|说|报|看|录|抄)(?:错|反|颠倒)了|(?:打|写|输)错(?:别)?字了?|(?:说|报|写|填|打|算)(?:多|少|高|低|大|小)了|(?:弄|搞|写|填)?颠倒了|不对|有误|错了|(?:发|写|填)得?不全|(?:也|还)?(?:要|得|需要)?(?:改一下|改下|修改一下|更正一下|换一下|换下|换个人)|(?:多|少|漏)(?:打|写|填|输)了?(?:一位|两位|几位|一个字|一个数字?|一条|一项)?|(?:多|少|漏)了(?:一|两|几|[1-9])位|(?:多|少|漏)(?:了|打了|写了)(?:个|一个)\\p{Script=Han}?字|(?:那个|这个)(?:数|数字|数据)是(?:去年|前年|之前|以前|老|旧)的|(?:写|填|报|录)成(?:了)?(?:去年|前年|之前|以前)的了?|(?:那个|这个)\\s*[\\d.]+\\p{Script=Han}{0,2}(?:是|为)(?:前年|之前|以前|老|旧|往年)的|(?:是|为)(?:${EARLIER_YEAR})的(?:数|数字|数据)?`;
export const FIELD_WRONG = new RegExp(`^(.{1,20}?)(?:${WRONG})[。.!！]?$`, 'u');

/** A short piece of a clause: a value said in a correction. */
const PIECE = '[^，,。；;！!？?\\s]{1,24}';
/** "是16.8亿不是15亿", "应该是29家，而不是92家": the new value, then the old one. */
export const CONTRAST_NEW_FIRST = new RegExp(`(?:^|[，,。；;！!\\s]|是|为)\\s*([^，,。；;！!？?\\s是]{1,24}?)\\s*[，,]?\\s*(?:而)?不是\\s*(${PIECE})`, 'u');
/** "不是15亿，是16.8亿", "电话不是…190，应该是…109": the old value, then the new one. */
export const CONTRAST_OLD_FIRST = new RegExp(`不是\\s*(${PIECE}?)\\s*[，,]?\\s*(?:而|应该|应|其实|实际上?|准确(?:地|的)?(?:说)?|确切(?:地|的)?(?:说)?|核实(?:了|后)?|查了(?:一?下)?)?(?:是|为)\\s*(${PIECE})`, 'u');
/** What is said of a value written: it is so in fact, or so when checked ("核对后应该是", "查了下其实是"). */
const IN_FACT = '(?:其实|实际上?|应该|应当?|准确(?:地|的)?(?:说)?|确切(?:地|的)?(?:说)?)';
const CHECKED = '(?:核对|核实|复核|核查|查了(?:一?下)?|查过|对了(?:一?下)?)(?:了|后|过|之后)?(?:一?下)?';
/**
 * "用标主体写的64，其实是68家", "授权企业表里是142，核对后应该是138家" (or a space for the comma): the old
 * value as written or as the table had it, then what it really is (said so: 其实, 实际, 应该, checked).
 */
export const CONTRAST_WRITTEN = new RegExp(
  `(?:(?:写|填|报|录|打)(?:的|了|成)(?:是)?|(?:表里|表上|表格里|刚才|之前|原来|前面|上面)(?:写的|填的|说的)?(?:是|为))\\s*(${PIECE}?)(?:\\s*[，,]\\s*|\\s+)(?:但|可)?(?:${CHECKED}\\s*${IN_FACT}?|${IN_FACT})(?:是|为)\\s*(${PIECE})`,
  'u',
);
/** A question or line of the form: "那题", "这一项", "那栏". */
export const FORM_PLACE = '(?:那|这)?一?(?:题|项|栏)';
/** Going back to a field: "回到…", "返回…". */
export const GOING_BACK = '(?:回到|回去|返回|跳到|退回到?)';

/** Words that make a message a correction. */
export const CORRECTION_MARKER = new RegExp(
  [
    '改成|改为|换成|改作|修改|更改|更正|更新一下|更新下|纠正|订正|变更|应该是|应该为|应为|不对|有误|错了|改一下|改下|换一下|换下|重填|为准|不准(?!备|时|许|予)确?|手误|笔误|口误|改用|改按|换用',
    // "还是留手机吧：…", "联系人写我们科长吧：…", "联系人写他吧，…": another value chosen instead
    '还是(?:留|写|填|用|报|换)\\p{Script=Han}{0,4}吧|(?:写|填|换)(?:成)?(?:我们|我|咱们)?\\p{Script=Han}{0,4}吧[：:]|(?:写|填|换)(?:成)?(?:他|她|他们|我|我们|咱们)吧[，,]|还是(?:写|填|留)(?:我|我们|我自己)(?![\\p{Script=Han}])',
    // "回到产值那题", "返回出口额那一项": going back to a field to answer it again
    `${GOING_BACK}[^，,。；;]{1,12}?${FORM_PLACE}`,
    // "加工核过了，是二十四亿": the figure given before was checked again
    '(?:核|核实|核对|复核|查|对)(?:过|好|完)了',
    // "范围漏了一个镇": something left out
    '漏(?:了|掉了?)(?:一个|个|两个|几个)?\\p{Script=Han}',
    // "名称多了个陶字": a character too many or missing
    '(?:多|少|漏)(?:了|打了|写了)(?:个|一个)\\p{Script=Han}?字',
    // "年产值应该填98亿", "产值那里要改": what should have been written, and that it must change
    '应该?(?:填|写)(?:成|为)?|(?:要|得|需要)改',
    // "申请人名称要用全称：…": the full name replaces the short one given
    '(?:要|得|应该?|需要|请)?(?:用|写|填|改)(?:成)?全称',
    // "明年的计划重新发一下：…": the answer sent again replaces the one before
    '重新(?:发|写|填|报|给|提供)|重发|再发一[遍次下]',
    // "昨天贴的那行是2024年的老表，今年新表出来了：…，其他不变": figures from a newer source replace the old
    '(?:老|旧)(?:表|数据?|口径|版本)|新(?:表|数据|版本|口径|数)(?:也)?(?:出来了|来了|到了|下来了)|其他(?:的)?(?:都)?(?:不变|照旧|没变)',
    // "前面报的是宝鸡全市的数，表上要的是眉县的": the figures given before were of another place or scope
    '(?:前面|刚才|之前|上面|先前)(?:报|填|说|给|发)的(?:都)?是[^，,。；;]{1,12}的(?:数|数据|数字)',
    // "…，按总数改": change by what was just given
    '(?:按照?|以)(?:总数|合计|总计|汇总|加总|这个|这些|新的|最新的?)(?:的)?(?:数据?)?(?:来)?改',
    // "产值改3.6亿，旅游改2500万": 改 right before the new figure
    '改\\s*(?=[\\d一二两三四五六七八九十])',
    // "我看串行了": a value read off the wrong row of a table
    '(?:看|抄|填|写|录)串(?:行|了)',
    '(?:填|写|打|输|弄|搞|记|说|报|看|录|抄)(?:错|反)|颠倒|不全|(?:多|少|漏)(?:打|写|填|输)|(?:多|少|漏)了(?:一|两|几|[1-9])位',
    // "从业人员那个数是去年的，今年统计是6.8万人": the stored figure is an old one
    '(?:那个|这个)(?:数|数字|数据)是(?:去年|前年|之前|以前|老|旧)的|(?:写|填|报|录)成(?:了)?(?:去年|前年|之前|以前)的',
    // "用标主体数表里是去年的": the figure in the table is an old one
    '(?:数|数字|数据)(?:表里|里|上)是(?:去年|前年|之前|以前|老|旧)的',
    // "上面那个出口额是2021年的，2022年的是2.75亿元": the stored figure is of an earlier year, the one meant follows
    `(?:是|为)(?:${EARLIER_YEAR})的(?:数|数字|数据)?(?=[，,；;。\\s]+\\S*(?:${YEAR_MEANT})的?(?:数|数字|数据)?(?:是|为|应该是))`,
    // "加工业那个41亿是前年的", "等一下，42亿是前年的": the figure stored, named, is an old one
    '(?:(?:那个|这个)\\s*|(?:^|(?<=[，,。；;！!])))[\\d.]+\\p{Script=Han}{0,2}(?:是|为)(?:前年|之前|以前|老|旧|往年)的',
    // "产值还是按4.1亿报吧": the figure settled on after all
    '还是(?:按|填|写|报)\\s*(?=[\\d一二两三四五六七八九十])',
    // "产值那个是35.6亿，之前说的是约数": the value before was a rough one, this is the figure
    '(?:说|报|填|写|给)的(?:只|都)?是(?:个)?(?:约数|概数|大概数|估计数|估算数|估的|毛数)',
    // "我说多了", "报高了": a figure said too large or too small
    '(?:说|报|写|填|打|算)(?:多|少|高|低|大|小)了',
    // "电话最后两位是09": some digits of a stored number
    '(?:最后|最末|末尾?|后)(?:一|两|二|三|四|[1-4])?位(?:数字|数)?(?:应该|应)?(?:是|为|改成|改为)\\s*\\d',
    // "是16.8亿不是15亿", "不是92家，是29家": the new value said against the old one
    `${CONTRAST_NEW_FIRST.source}|${CONTRAST_OLD_FIRST.source}|${CONTRAST_WRITTEN.source}`,
  ].join('|'),
  'u',
);
/**
 * (voice input parts its clauses with spaces: after an apology or the words that call a value wrong,
 * "人数说错了 是两千八百来人", and before the words that say what it is or is not, "写成186了 应该是168亿元",
 * "不是集体商标 是证明商标")
 */
export const CLAUSE = /(?:[，；;。！!\n]|(?<!\d),|,(?!\d{3}(?!\d)))+|(?<=错了|错字了|不对|有误|不好意思|抱歉|对不起)[ \t\u3000]+|[ \t\u3000]+(?=(?:应该|应当|其实|实际上?|正确的|完整的|准确的|不|而)?(?:是|为)\S)/u;

/** A clause holding back what was just said: "等等", "等一下", "哦不", "不对". */
export const HOLD_CLAUSE = /^(?:哦|噢|啊|呃|诶|哎|唉)?(?:等等|等一下|等下|等会儿?|稍等|且慢|不对|不)(?:啊|哈|呀|哦|吧|了)*$/u;
/** A clause saying the answer was looked up again: "我查了下表", "刚核对了一下", "看了统计报表". */
export const CHECKED_CLAUSE =
  /^(?:我|我们|刚|刚才|刚刚|又|重新)*(?:查|看|翻|核对|核实|对|问|确认)(?:了)?(?:一?下|一遍|了)*(?:统计)?(?:表|报表|表格|文件|资料|材料|数据|台账|原件|同事|领导|公报|年鉴)?(?:了)?$/u;

/** "电话还是那个", "邮箱不变": a clause saying a field stays as it is. */
const UNCHANGED = '[^，,；;\\s\\d]{0,6}?(?:还是|仍是|仍然是|照旧|不变|没变|不用改|一样)(?:那个|原来的?|之前的?|以前的?)?(?:号码?|的)?[。.!！]?';
export const UNCHANGED_CLAUSE = new RegExp(`^${UNCHANGED}$`, 'u');
/** …after a new value: "换成我同事刘一鸣，电话还是那个". */
export const UNCHANGED_TAIL = new RegExp(`[，,；;\\s]+${UNCHANGED}$`, 'u');
