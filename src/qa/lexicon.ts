/**
 * The domain lexicon: abbreviations officers use, synonym groups folded to one term on both
 * the index and the query side, stopwords, question-type cues and the domain vocabulary the
 * relevance gate looks for. Data only; `tokenize.ts` applies it.
 */

/** Abbreviations rewritten in the query text (so character n-grams match too). */
export const ABBREVIATIONS: [RegExp, string][] = [
  [/地标/g, '地理标志'],
  // 专标 is the officers' short form of the 专用标志.
  [/专标/g, '专用标志'],
  [/(?<!建设)兵团/g, '新疆生产建设兵团'],
  [/知产局|知识产权局局/g, '知识产权局'],
  [/国知局|国家局|总局/g, '国家知识产权局'],
  // A department of it by its first word (运用司, 保护司), as the notices name them in full.
  [/运用司/g, '运用促进司'],
  [/(?<!知识产权)保护司/g, '知识产权保护司'],
  // The notices call a province's office 省级知识产权局.
  [/省局/g, '省级知识产权局'],
  // … and a city's or a county's as their level's (市局 → 市级知识产权局, which folds into 省级: who submits).
  [/(地市|市|县)局/g, '$1级知识产权局'],
  // A level doing something itself ("省里能不能自己搞名录", "市里自己评一批") is what the notices call 分级
  // (分级遴选: each level selects its own); the level named first is the asker's, no matter asked about.
  [/(?:省里|市里|县里|省|市|县)([^,，。?？]{0,6}?)自己(?=[也再]?(?:搞|建|评|选|弄|设|办|遴选|确定))/g, '$1分级'],
  // … and what it makes at its own level ("搞个省级的名录") is a local one (地方名录).
  [/(分级[也再]?(?:搞|建|评|选|弄|设|办|遴选|确定)[个一批]{0,2}[省市县]级的?)/g, '$1地方'],
  // What of the asker's own would enter the 名录 ("我们镇上的大米想进名录") is a 地理标志: the 名录 lists
  // 地理标志 (遴选…地理标志列入名录), wherever the asker is; an applicant (企业, 协会 …) is no product.
  [/(?:我们|咱们|咱|我)[^,，。?？]{0,6}?的(?!企业|公司|单位|协会|合作社|政府|局)\p{Script=Han}{1,4}?((?:也|还)?(?:想|要|能|能不能|可以|可不可以|准备|打算)?(?:进|入|进入|列入|纳入|入选|评上|上)名录)/gu, '我们的地理标志$1'],
  // Colloquial interrogatives as the question cues spell them (啥单位 asks as 什么单位 does).
  [/啥/g, '什么'],
  [/咋/g, '怎么'],
  [/有木有/g, '有没有'],
  // Cantonese 冇 is 没 (有冇 asks 有没有).
  [/有冇/g, '有没有'],
  [/冇/g, '没'],
  // "哪一类" is 哪类 (segmented, 一类 would read as a word the notices lack).
  [/哪一(?=[类种个项家])/g, '哪'],
  // … and 哪种 asks a kind as 哪类 does (segmented, 种 would read as a word the notices lack).
  [/哪种(?![植子])/g, '哪类'],
  // "第多少批", "第多少条" ask an ordinal as 第几 does (not a count).
  [/第多少(?=[批条个项部次款])/g, '第几'],
  // 这回 is 这次 (segmented, "这回报的" would read as 回报).
  [/([这那上下])回(?=[报交申发送填])/g, '$1次'],
  // How often ("多久一回", "隔多长时间一次") asks whether it recurs, which the notices say as 定期; no date is asked.
  // … also with the matter between ("多久遴选一次", "几年评一回").
  [/(?:每隔|隔)?(?:多久|多长时间|几年|多少年)(\p{Script=Han}{0,4}?)一[次回轮]/gu, '定期$1'],
  // "举几个" asks for examples of a list, not for a count.
  [/举(?:几个|一些|些|个)(?:例子)?|举例(?:说明)?/g, '列举'],
  // Parts of the work counted by 块 ("哪几块") are its 方面; 几块钱 is money.
  [/(哪|几)(几)?块(?![钱元])/g, '$1$2个方面'],
  [/\bdeadline\b|\bddl\b/g, '截止'],
  [/\bemail\b|\be-mail\b|\bmail\b/g, '邮件'],
  [/\bgi\b/g, '地理标志'],
  // "19年那批" is the year 2019 (a duration of 15–29 years is no question about these notices).
  [/(?<![\d.])(1[5-9]|2\d)年(?!代)/g, '20$1年'],
  // "通知是哪天发的": a notice is issued (发布), not submitted (报送).
  [/(通知|文件|公告|号文)([^,，。?？]{0,6}?)(?<![签印下颁分出收转])发的/g, '$1$2发布的'],
];

/**
 * Synonym groups: every member is indexed and queried as the first member, so "扶持政策" finds
 * "支持力度" and "交" finds "报送".
 */
export const SYNONYM_GROUPS: string[][] = [
  ['报送', '要交', '发到', '交到', '报到', '寄到', '送到', '发往', '提交至', '报送至', '提交', '上报', '递交', '交', '发', '寄', '报', '送', '交给', '发给', '发送', '报给', '传', '送给', '寄给', '递给', '传给',
    // Directional complements: 交上去 is 交.
    '交上去', '交上来', '报上去', '报上来', '送上去', '发过去', '寄过去', '交过去',
    // … and the same act seen from who receives it (谁来收, 收申报书): the notices name the receiver after 报送.
    '收'],
  ['支持', '扶持', '倾斜', '帮扶', '优惠', '好处', '福利', '政策支持'],
  ['名额', '指标', '配额', '推荐名额'],
  // What is submitted: officers say 材料 for the 申报书 and its 电子件.
  ['申报书', '申报表', '申请书', '申请表', '表格', '申报材料', '材料', '资料', '电子件'],
  // Administrative levels: "can a city submit" is answered by who submits (省级, 以省为单位).
  ['省级', '地市', '市级', '县级', '市县', '区县', '地市级', '市州'],
  ['邮件', '邮箱', '电子邮件', '电邮'],
  ['遴选', '评选', '选拔', '挑选', '筛选'],
  ['纳入', '列入', '进入', '入选', '进', '选进', '选入'],
  ['名录', '名单', '目录'],
  ['申报', '申请', '推荐'],
  ['统计', '统计监测', '监测'],
  ['活动', '节会', '会展'],
  ['协会', '促进会', '行业组织'],
  ['附件', '附表'],
  ['推广', '宣传', '宣传推广'],
  ['年度报告', '年报'],
  ['首批', '第一批', '头一批', '头批'],
  ['公章', '盖章', '印章'],
  ['发布', '印发', '下发', '出台', '颁布', '发文', '成文', '签发', '落款', '签署'],
  ['参与', '参加', '参会', '报名'],
  ['按照', '依据', '根据', '依照', '按'],
  ['文号', '发文字号', '字号', '发文号'],
];

/** Words that carry no content: function words and the phrasing of questions. */
export const STOPWORDS = new Set(
  (
    '的 了 和 与 及 以及 或 或者 是 在 对 把 被 将 为 于 从 向 由 等 这 那 这个 那个 这些 那些 其 之 也 都 就 还 又 ' +
    '吗 呢 吧 啊 呀 哦 嘛 么 哈 嗯 哪 哪个 哪些 哪里 哪儿 哪天 什么 啥 怎么 怎样 怎么样 如何 为什么 多少 几 几个 第几 第几个 ' +
    '一下 请问 请 问 问下 想 想问 知道 告诉 告知 我 我们 你 你们 咱 咱们 他 他们 她 它 大家 要 需要 能 能够 可以 可 会 应该 得 ' +
    '有 有没有 没有 没 不 是不是 有无 一共 总共 共 多 多久 时候 什么时候 啥时候 啥时 何时 哪天 几号 几时 多会儿 会儿 多咱 哪会儿 ' +
    '个 件 一个 一些 有关 相关 关于 方面 情况 内容 问题 具体 主要 一般 通知 里 中 上 下 们 吗 呗 啦 嘞 哇 ' +
    '才 的话 那份 谁 哪里 哪儿 这次 本次 此次 这份 该 目的 意义 用意 为什么 为何 为啥 凭 凭啥 凭什么 好 好的 第 不能 能不能 可不可以 是否 能否 可否 最 最晚 最迟 截止 截至 期限 日期 时间 前 之前 以前 到底 究竟 一下子 得到 给 让 用 去 来 做 搞 弄 办 ' +
    '什么样 啥样 哪样 哪些方面 哪几个 哪一年 哪年 还是 要不要 不要 自己 这块 这边 那边 这儿 那儿 啥意思 意思 什么意思 帮忙 看 说 叫 到 一些 多一些 还会 不会 具体是 直接 单独 必须 一定 ' +
    // The asker's own place ("我们省里") says who asks, not what.
    '省里 市里 县里 局里 我省 本省 咱省 我市 本市 我县 ' +
    // Courtesy says nothing about what is asked.
    '谢谢 谢了 多谢 感谢 麻烦 辛苦 劳驾 您好 你好 ' +
    // Time adverbs of the asking ("以后还会…", "多久…一次").
    '以后 之后 今后 将来 往后 后续 后面 接下来 一次 每次 下次 ' +
    // Which notice ("最新那个", "这批"): the scope reader takes these, they are no content.
    '最新 最近 目前 当前 现在 今年 去年 前年 一批 这批 那批 哪批 那个 这个 那次 这回 那回 那一次 这一次 那期 这期 ' +
    // … and whether it has happened yet ("是不是已经截止了"): the asking, the deadline cue carries it.
    '已经 早就 早已 ' +
    // Where in the notice ("分级指导那段", "支持措施那部分"): pointing at a passage, the words before it name it.
    '那段 这段 那一段 这一段 那部分 这部分 那句 这句 那句话 这句话 那条 这条 那段话 这段话'
  ).split(/\s+/),
);

/**
 * A colloquial tail after the question ("…是啥来着？"): it asks to be reminded and names nothing.
 * Taken off before segmentation, which would glue it to the last word ("报送来着" → 送来, 着).
 */
export const COLLOQUIAL_TAIL = /来着(?=[\s?？!！。.,，~～]*$)/u;

/** The provinces by their short names: a question naming one asks about that place. */
const PROVINCES = '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';

/** The asker's own place or body ("我们省", "我市", "咱们公司"), or a province named ("浙江有几个…"). */
const OWN_PLACE = `(?:(?:我们|咱们|我|本|咱)(?:这边|这里)?的?(?:省|市|县|区|州|盟|公司|企业|单位|协会|合作社|地理标志|产品)(?!级|委|政府|局)|(?:${PROVINCES})(?:省|市|自治区)?)`;

/** Where something is held or built ("在哪办的", "在哪个城市开", "举办地点"): a `where` that asks a place, not a destination. */
export const PLACE_ASKED = /在哪(?:个城市|个地方)?(?:办|开|举办|举行|召开|建|搞)|地点/;

/** Not passing or not entering (没通过, 未入选, 落选, 不合格); "有没有进" asks whether one did. */
// (没过 is 没通过 said short; 过没过 asks, 没过期 is no failing)
const FAILED = /(?<!(?<!没)有)(?:没有?|未|不)能?(?:通过|入选|选上|评上|获批|批准|列入|纳入|进)|(?<!过)(?:没有?|未)过(?![期年节去来程])|落选|不合格|被(?:淘汰|否决|刷掉|拒)|淘汰/;
/** Members or their count asked for. */
const MEMBERS_ASKED = /(?:哪些|哪几|哪个|几个|几家|几件|几项|多少|有没有)/;

/** Paper and the system, as officers name them. */
const PAPER = '(?:纸质|纸版|纸本|书面|邮寄|寄)';
const ONLINE = '(?:网上|线上|在线|电子版?|系统里?)';

/** Question-type cues: a cue in the question adds a pseudo-term that matches sentences of that shape. */
export const CUES = {
  /** When / deadline: prefers sentences with a date. */
  // "几号附件", "几号文" ask for a number that names a document, not a day.
  date: /什么时候|啥时候|啥时|多会儿|多咱|哪会儿|何时|哪天|哪一天|(?:几|多少)号(?!\s?[附文公])|几月|截止|截至|期限|最晚|最迟|日期|时间|多久|之前|前交|前报|几时/,
  /** How many: prefers sentences with a number. */
  // 多少 after a contact or an identifier ("邮箱是多少", "文号是多少") asks for that detail, not a count.
  // "附件几" asks which attachment, as 第几 does.
  number: /(?<!(?:邮箱|邮件|地址|电话|号码|手机号?|传真|文号|字号|网址|编号)\s?(?:是|为)?\s?)(?:多少(?!\s?号(?!\s?[附文公]))|(?<![第哪]\s?|附件\s?)几(?![点号月时天]))|数量|一共|总共/,
  /** Which ones: prefers enumerations (、-separated lists). */
  list: /哪些|有哪几|哪几|包括|包含|都有|列举|几个方面|什么(?:活动|工作|服务|资源|指标|方面|支持)/,
  /** Who: prefers sentences naming an office. */
  who: /谁|哪(?:个|些|家)?(?:单位|部门|机构|司|处室|科室|处)|什么(?:单位|部门|机构|处室|科室)/,
  /** Why / what for: prefers sentences stating a purpose ("为……", "旨在", "引导"). */
  purpose: /(?<![项题])目的|为什么|为何|为啥|意义|用意|初衷|背景|出发点|缘由/,
  /** Where to: prefers sentences naming a destination (报送…司, 电子邮件). */
  // … or where something is held or built (PLACE_ASKED).
  where: new RegExp(`哪里|哪儿|什么地方|哪个(?:邮箱|地址)|${PLACE_ASKED.source}|(?:发|交|报|给)给?谁|往哪|(?:报|交|发|送|寄|递)(?:给|到|往|至)(?:哪|谁|什么)`),
  /** How: prefers sentences naming a channel or form (通过…形式). */
  // … or which of paper and the system ("交纸质的还是网上填", "是网上填吗").
  how: new RegExp(
    `怎么(?:交|报|发|提交|报送|申报|递交)|如何(?:交|报|发|提交|报送|申报)|(?:什么|啥)(?:方式|形式|渠道|途径)|哪种(?:方式|形式)|${PAPER}[^,，。]{0,10}?还是[^,，。?？]{0,6}?${ONLINE}|${ONLINE}[^,，。]{0,10}?还是[^,，。?？]{0,6}?${PAPER}|(?:是|要|得)?在?${ONLINE}(?:填|报|交|提交|填报)(?:吗|吧|么|不)`,
  ),
  /** Role: prefers sentences that say what something serves as ("将……作为……"). */
  role: /什么作用|啥作用|哪些作用|起.{0,3}作用|什么角色|(?:什么|啥)(?:位置|地位)|定位|看作|当作|当成|看成|比作|比喻|比成|比为|称作|称为|叫作|叫做/,
  /** Deadline: prefers a date with 前 ("5月8日前"). */
  // "还能报吗", "还来得及吗", "还赶得上吗": whether it is still open is asked of its deadline.
  deadline: /截止|截至|期限|最晚|最迟|之前|以前|前交|前报|逾期|过期|还(?:能|可以)再?(?:报|交|申报|提交|递交|补交)|还来得及|(?:还|现在)?赶得(?:上|及)|赶趟|补交/,
  /**
   * After a deadline is missed (过了5月8号还能补报吗, 逾期没填会怎么处罚, 没赶上晚两天行不行): only a
   * sentence saying what happens then (逾期不予受理, 可补报) answers, not the deadline itself. Whether
   * it is still open now (现在报还来得及吗) is the deadline's question.
   */
  late: /逾期|过期|超期|(?:过了|错过|超过|没赶上|赶不上|误了)[^,，。;；?？]{0,10}?(?:截止|期限|日期|时间|\d{1,2}月\d{1,2}日|[还才](?:能|可以)?[补交报送收])|没有?按时|补报|补交|补缴|晚(?:了|交|报|[两几一]天)/,
  /** A contact detail (a phone number, an e-mail address): only a sentence that gives one answers. */
  // A mailbox asked for by what it is ("邮箱是多少", "联系邮箱") is its address; "发哪个邮箱" may be
  // answered by the way of sending (电子邮件形式报送 …运用促进司), a `where`.
  contact: /电话|手机号|联系方式|联系人|传真|(?:邮箱|邮件)地址|地址(?:是|具体)|具体(?:邮箱|地址)|邮箱(?:是|为)?(?:多少|什么|啥|几)|联系邮箱/,
  /** To whom a document is addressed: prefers its salutation line (各省……知识产权局……:). */
  // "这个文除了各省局，还发给了谁": the document, then who else besides.
  addressee: /(?:通知|文件|本文|这份|此文|发文|这个文|该文)(?:.{0,4}|除了[^。?？]{0,12}?还)(?:发给|下发给|印发给|发到|下发到|面向|给)|主送|收文单位|发文对象|通知对象|(?:发文|印发|下发)范围/,
  /** Money (funds, fees, subsidies, fines): only a sentence that speaks of money answers. */
  // (an amount of value asked, 产值多少, 出口额有多大, is money too)
  money: /资金|经费|费用|多少钱|钱|收费|交费|缴费|补贴|补助|奖金|奖补|拨款|财政|罚款|(?:产值|销售额|营业额|出口额|收入)[^,，。;；?？]{0,4}?(?:多少|多大|几个?亿|几千万)/,
  /** Where to look something up (在哪看, 哪里能查到): a sentence pointing to an attachment or a site answers. */
  lookup: /(?:在|去|到)?哪(?:里|儿)?(?:能|可以)?(?:看|查|找|下载)(?:到|得到)?/,
  /** Criteria (评审标准, 认定条件, 门槛): only a sentence that states conditions answers. */
  criteria:
    // "啥样的地标才能进名录", "什么样的才可以列进去": what qualifies.
    /什么样的?[\u4e00-\u9fff]{1,6}?(?:才能|才可以|才会|才|能|可以|会)(?:有机会|考虑)?被?(?:选|[列放排]?进|纳入|入选|列入)|(?:说|提|讲|写)(?:了|到|过)?(?:什么|啥|哪些)?(?:条件|标准|门槛)|(?:评审|评选|评价|认定|评定|验收|准入|入选|遴选|申报|申请|推荐)的?(?:标准|条件|门槛|资格)|(?:才|就)?(?:有|够)资格|够条件|够格|(?:标准|条件|门槛|资格)(?:是|有)?(?:什么|哪些|啥|怎样|如何)|什么样?的?(?:标准|条件|门槛|资格)/,
  /**
   * How long (要搞几年, 实施周期, 公示多少天): only a sentence stating a length (为期3年, 30个工作日) answers.
   * The days left before a deadline (还有几天) are read from the deadline.
   */
  duration: /(?<!(?:还有|还剩|剩下?|离截止)\s?)(?:几年|多少年|多少天|(?<![前这那过头后好]\s?)几天|几个月|多少个月|(?:几|多少)个?(?:工作日|星期|小时)|多长时间|多长|多久)|周期/,
  /** Which year: prefers sentences that name a year (2021年). */
  year: /哪一?年(?!度)|什么年份|哪个年份|几几年/,
  /** Which batch (这回报的是第几批, 哪一批): only a sentence naming a batch (第二批, 首批) answers. */
  batch: /第几批|哪一?批/,
  /** A full name (名录全称叫啥): prefers the sentence that names it in full and abbreviates it (以下简称). */
  fullName: /全称|全名|完整(?:名称|名字)|正式名称/,
  /** What someone has to do (省局要干什么, 承担哪些职责, 对指导站有啥要求): prefers sentences stating a duty (X要…, 请…). */
  // Asked of a body (省局, 申报单位, 试点地方): "百城百品要干啥" asks what a programme is, not a duty.
  duty: /(?:局|部门|单位|地方|省里|市里|县里|企业|协会|中心|主体|我们|咱们)[^,，。?？]{0,4}?(?:要|该|得|需要|应该?|负责)?(?:干|做|办)(?:些)?(?:什么|嘛|哪些)|职责|(?:承担|履行|负责)(?:哪些|什么|些什么)|任务是什么|对[^,，。?？]{1,12}?(?:有|提了?|提出了?)(?:啥|什么|哪些)要求/,
  /**
   * Whether the asker's own place or body is among the ones listed, or how many it has (有没有我们省的,
   * 我们市入选了几个, 我们县的产值多少): a notice answers it only by a rule for every one of them (各省,
   * 每省, 以省为单位) or by naming such places, never by a total or a list it does not publish. What
   * the asker may do ("我们县能牵头建协会吗") is a question about the rule, not this one.
   */
  own: new RegExp(
    `(?:有没有|有无|是否有|有|哪些是|哪几个是|哪个是)${OWN_PLACE}|${OWN_PLACE}[^,，。?？]{0,14}?(?:有没有|有几|有多少|几个|几家|几件|几项|多少|入选|在不在|在里面|在名单|算不算|占|进没进|进了没|上榜)|${OWN_PLACE}[^,，。?？]{0,14}?在[^,，。?？]{0,12}?(?:名单|名录|之列)`,
  ),
  /**
   * Which of a set is first by some measure (哪个省最多, 哪家企业产值最高): only a sentence ranking them
   * (最多, 居首) answers, never one that states the set or its total. "每个省最多报几个" asks a limit.
   */
  superlative: /哪(?:个|些|家|里|儿|一)?[^,，。;；?？]{0,16}?最(?:多|少|大|小|高|低|强|好)/,
  /**
   * How a list or a decision comes about (按啥来定, 凭什么定, 定名单时主要看哪些情况, 怎么评出来的, 名单怎么产生的, 有哪些流程):
   * prefers the clause giving its procedure or what it weighs (经…申报、…推荐、…复核, 综合…情况, 程序).
   */
  /**
   * How two things compare (比第一批多还是少, 有啥区别, 跟去年相比, 报哪个更容易): only a sentence that
   * compares (比…增加, 较…减少, 区别, 相同) answers, never one that states either of them.
   */
  comparison:
    /比(?![例重作喻成为较如方])[^,，。;；?？]{1,12}?(?:多|少|大|小|高|低|早|晚|长|短|严|宽|难|容易|好|强)|(?:多|少|大|小|高|低|早|晚|长|短|宽|严)还是(?:多|少|大|小|高|低|早|晚|长|短|宽|严)|(?:啥|什么|哪些|何)(?:区别|不同|差别|差异)|有(?:啥|什么)?(?:区别|差别|差异)|区别(?:在哪|是什么|是啥|大)|(?:一样|相同|一回事)(?:吗|不|么|嘛)|不一样|相比|比起来|哪个更/,
  procedure: /(?:按|照|根据|依据|凭|靠|看)着?(?:什么|啥|哪些)(?:来|去)?(?:定|确定|选|评|遴选|筛选|决定|认定|挑)|(?:定|确定|选|评|遴选|筛选|决定|认定)[^,，。?？]{0,10}?(?:主要)?(?:看|考虑|参考|依据|根据)[^,，。?？]{0,6}?(?:什么|啥|哪些)|(?:什么|啥)来(?:定|确定|选|评|遴选|筛选|决定|认定)|(?:怎么|咋)(?:定(?!义)|确定|选|评(?!价)|遴选|筛选|产生|评定|认定|挑)|如何(?:确定|遴选|产生|评定|认定|评选)|(?:什么|啥|哪些)(?:流程|程序|步骤|手续)|(?:流程|程序|步骤|手续)(?:是|有)/,
  /**
   * How something turned out (效果怎么样, 实施得如何, 取得了哪些成效): only a sentence stating an outcome
   * answers, never the one that set the thing up.
   */
  outcome:
    /(?:效果|成效|成果|进展|结果)(?:到底)?(?:怎么样|如何|咋样|怎样|好不好|好吗)|(?:搞|做|干|实施|推进|建设|执行|落实|运行)得(?:怎么样|如何|咋样|怎样|好不好)|(?:取得|有)了?(?:什么|啥|哪些)(?:效果|成效|成果)/,
  /**
   * Which or how many did not pass (验收没通过的有哪些, 有几个没入选): only a sentence stating a failure
   * answers, never the one naming those that passed. What happens after failing ("没进名录，后面还有
   * 机会吗") asks no members and is no such question.
   */
  failed: new RegExp(`(?:${FAILED.source})[^,，。?？]{0,8}?${MEMBERS_ASKED.source}|${MEMBERS_ASKED.source}[^,，。?？]{0,12}?(?:${FAILED.source})`),
} as const;

export type CueKind = keyof typeof CUES;

/** The pseudo-terms the index adds to sentences of each shape (never produced by real text). */
export const CUE_TERMS: Record<CueKind, string> = {
  date: '\u0001date',
  number: '\u0001number',
  list: '\u0001list',
  who: '\u0001who',
  deadline: '\u0001deadline',
  purpose: '\u0001purpose',
  role: '\u0001role',
  where: '\u0001where',
  how: '\u0001how',
  addressee: '\u0001addressee',
  contact: '\u0001contact',
  late: '\u0001late',
  money: '\u0001money',
  criteria: '\u0001criteria',
  lookup: '\u0001lookup',
  duration: '\u0001duration',
  year: '\u0001year',
  batch: '\u0001batch',
  fullName: '\u0001fullname',
  duty: '\u0001duty',
  own: '\u0001own',
  superlative: '\u0001superlative',
  procedure: '\u0001procedure',
  comparison: '\u0001comparison',
  outcome: '\u0001outcome',
  failed: '\u0001failed',
};

/**
 * Cues only a sentence of their shape answers: the deadline of some activity is not answered by a
 * sentence that names the activity but gives no deadline, nor its funding or its criteria by one
 * that only names it in a list.
 */
// How to do something (怎么报名, 咋申请使用) is answered by a channel or form (通过…, 以…形式), never by the clause that only names the thing.
export const STRICT_CUES: ReadonlySet<CueKind> = new Set(['how', 'deadline', 'late', 'contact', 'money', 'criteria', 'own', 'duration', 'superlative', 'comparison', 'outcome', 'failed']);

/** Words of the day of asking (现在, 今天 …), as regex source. */
export const NOW_WORD = '现在|今天|今儿|如今|眼下';

/**
 * Whether the deadline has passed, asked (是不是已经截止了, 是不是早就过了截止时间, 截止了吗, 现在还能补填吗,
 * 现在都12月了，…还能补报不):
 * the deadline's question, answered by its date read against today, even when 补报 follows. A
 * passing the asker states (过了5月8号还能补报吗) is the `late` question.
 */
export const ASKS_PASSED = new RegExp(`是不是[^,，。;；?？]{0,6}?(?:截止|过了|过期|结束)|(?:截止|过期|结束)了(?:吗|没|没有|吧)|(?:${NOW_WORD})(?:都|已经)?(?:[^,，。;；?？]{1,12}?了[,，][^。;；?？]{0,24}?)?还(?:能|可以)`);

/** The day of asking before that ask ("今天还能补报吗", "现在都26年12月了，…还能补报不"): what the deadline is read against, no matter of a clause. */
export const ASKING_DAY = new RegExp(`(?:${NOW_WORD})(?:都|已经)?(?:[^,，。;；?？]{1,12}?了[,，])?(?=[^。;；?？]{0,24}?还(?:能|可以))`, 'g');

/** The 补 of a submission made up for (补报, 补填, 补交): the act is the same. */
export const MAKE_UP = '补(?=[报填交])';

/**
 * Which mailbox (发哪个邮箱, 邮箱是哪个) is answered by a sentence that speaks of e-mail (通过电子邮件形式报送…司,
 * an address); one that only names the office sent to (报送…保护司) gives no mailbox at all.
 */
export const ASKS_MAILBOX = /(?:哪个|什么|啥)邮箱|邮箱(?:是|发)?哪/;
export const SPEAKS_OF_MAIL = /邮件|邮箱|@/;
/** A phone asked, not any way to get in touch ("有没有联系电话", "座机多少"): a mailbox does not give it. */
export const ASKS_PHONE = /电话|手机号?|座机|传真/;
/** … nor a mailbox or a way of contact in general asked beside it ("电话或者邮箱都行"). */
export const ASKS_ANY_CONTACT = /邮箱|邮件|联系方式|或者|还是/;
/** A person asked by the post they hold ("司长是谁", "负责人叫什么"): an office or a unit is no answer. */
export const ASKS_PERSON = /(?:长|主任|领导|负责人|联系人|经办人|书记)(?:现在)?(?:是|叫)?(?:谁|哪位|什么名字|叫什么|叫啥)|(?:谁|哪位)(?:是|在当|当)(?:司长|局长|处长|主任|负责人)/;
/** A sentence naming a person: "联系人：…", "…同志", "…先生". */
export const NAMES_PERSON = /联系人[:：]|同志|先生|女士/;
/** A phone number as the notices write one: a landline with its area code, or a mobile. */
const PHONE_NUMBER = String.raw`\d{3,4}-?\d{7,8}|1\d{10}`;
/** A sentence giving a phone: a number, or the word for one beside it. */
export const GIVES_PHONE = new RegExp(`${PHONE_NUMBER}|电话|传真`);

/** Shapes of sentences that answer each cue. */
export const CUE_SHAPES: Record<CueKind, RegExp> = {
  // … or the notice's own day ("自即日起核准…": the reply gives it), or any time (重要情况可随时报送: when is whenever).
  date: /\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|\d{4}-\d{1,2}-\d{1,2}|即日|随时/,
  // A year (2023年) is a date and a length (3年, 30个工作日) a duration: neither is a count of things.
  number: /\d+\s*(?:件|个(?!\s*(?:工作日|月|星期|小时))|家|项|名|人|批|元|万|亿|%)/,
  list: /[^、]+、[^、]+、/,
  // An office: a 局, a 部门, or any department (司) of one (我局知识产权保护司), not a company (公司);
  // or a body named by its part in the matter (申报单位, 承担单位).
  who: /国家知识产权局|知识产权局|办公室|(?<![公上])司(?![法机令])|管理部门|(?:申报|承担|筹建|实施|建设|推荐)单位/,
  // … or the end of a period ("2021年7月15日至2021年8月25日", "…8月25日止").
  deadline: /\d{1,2}月\d{1,2}日(?:前|之前|以前|止)|截止|截至|[至到]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日/,
  purpose: /^为(?!单位)|为了|旨在|以便|以期|引导|推动|助力/,
  role: /作为|发挥.{0,10}作用/,
  // … or a place where something is built or held ("富集区域建设…中心", "在…地区设立"), or the office
  // addressed ("向产品所在地知识产权管理部门提出…申请", "向我局知识产权保护司反映").
  where: /报送.{0,12}(?:局|司|处|中心|部门)|向[^,，。;；]{0,16}?(?:局|司|处|中心|部门)(?:提出|提交|报送|申请|申报|反映)|邮件|邮箱|地址|(?:区域|地区|城市|县域)(?:建设|设立|建立|布局|举办)/,
  how: /通过|以.{1,8}(?:形式|方式)|渠道|在线(?:填报|提交|申报)|登[陆录]/,
  addressee: /^[^。:]*(?:局|中心|部门|单位)[^。]*:$/,
  late: /逾期|过期|超期|不予受理|不再受理|不予接收|补报|补交|补缴|延期|截止后/,
  contact: new RegExp(String.raw`${PHONE_NUMBER}|[\w.-]+@[\w-]+\.[\w.]+|联系人[:：]`),
  // 公益性 (free of charge) answers whether something costs money.
  money: /\d+(?:\.\d+)?\s*[万亿]?元|资金|经费|费用|收费|财政|补助|补贴|奖补|奖励|拨付|罚款|公益性|免费|无偿/,
  criteria: /具备|符合|满足|(?:条件|标准)(?:是|为|包括|如下)|基础好/,
  lookup: /见附件|附件\s*\d|详见|网站|网址|http/,
  // A length: a number of years, months or days that is no date ("为期3年", "30个工作日"; not "2021年9月").
  // … or a span of years ("2023—2025年").
  duration: /(?<![\d年月.])\d{1,3}\s*个?(?:年|月|天|日|工作日|周)(?![\d度])|为期|期为|\d{4}\s*[—–\-~～至到]\s*\d{4}\s*年/,
  year: /(?<!\d)(?:19|20)\d{2}\s*年/,
  batch: /第[一二三四五六七八九十\d]{1,3}批|首批/,
  fullName: /简称/,
  // A subject and its modal verb opening the sentence ("各省级知识产权局要…", "申报单位应…"), or a request ("请…").
  // The 将 of 现将 / 特将 / 兹将 is the object marker of a notice's formula ("现将《…》印发给你们"), no plan.
  duty: /^(?:请|[^,，。;；:：]{0,40}?(?:要|应当?|须|需|负责|(?<![现特兹])将)(?![求是]))/,
  // A number or a quota for each of them ("各省报送数量不超过2个", "各省推荐名额"), an enumeration of
  // places or firms, or a province by name.
  superlative: /最(?:多|少|大|小|高|低|强|好)|居首|之最|(?:排名|位居|位列)第一/,
  // A comparison stated: more or less than another (比上年增加, 较…减少), or how they differ or agree.
  comparison: /比[^,，。;；、]{1,12}?(?:多|少|增加|减少|提高|下降|扩大|缩小|增长)|较[^,，。;；]{0,6}?(?:增加|减少|提高|下降|增长|多|少)|相比|区别|不同于|有别于|多于|少于|同比|环比|相同|一致/,
  // Steps listed after 经 (经有关单位申报、省级…推荐、…复核并公示), what a decision weighs (综合…情况), or its 程序.
  procedure: /综合[^,，。;；]{0,40}?(?:情况|评审|评定|考虑|评估)|经[^,，。;；]{2,30}?、[^,，。;；]{2,30}?(?:、|和|并|等)|程序|流程|步骤/,
  // An outcome stated as done (有力带动了…发展, 发挥了积极作用) or weighed (成效, 成果, 效果).
  outcome: /(?:带动|促进|推动|提升|提高|增加|增长|取得)了|发挥了[^,，。;；]{0,8}作用|成效|成果|效果/,
  // A failure stated (未通过验收, 不予认定, 不合格); a rule of what will be done to the failing (取消…资格) names none.
  failed: /未(?:通过|入选|获批|列入|纳入|达到)|不予(?:通过|认定|批准)|不合格|不通过|淘汰|落选/,
  own: new RegExp(`(?:各|每个?|每一)(?:省|市|县|地)[^,，。;；]{0,10}?(?:\\d+\\s*[个件家项名]|名额|数量)|(?:\\p{Script=Han}{2,12}(?:省|市|自治区|县|区|公司)[、,，]){2}|${PROVINCES}`, 'u'),
};

/**
 * The noun a question asks for ("哪个司", "哪些单位", "叫什么名字"): it names the kind of answer, not content the
 * passage must contain, so it is taken out of the question's words (the cues carry it). A name is
 * given by the words that name the thing, never by the word 名字.
 */
export const ASKED_NOUN = /(哪(?:一|几)?(?:个|些|家|种|类)?|什么|啥)(?:单位|部门|机构|司|处室|处|科室|地方|方式|形式|渠道|途径|名字|名称)/g;

/**
 * Question phrasing that asks when / how long ("哪天发的", "多长", "是从哪天到哪天", "起止时间", "到几号结束"): the cues carry
 * it, and segmented it leaves fragments ("天发", "是从") that read as words the notices lack. The 开始 of "哪天开始填"
 * asks the start as 结束 asks the end: the notices give a start by its date (1月15日至…, 自…起), never by the word;
 * asked by its month ("从几月开始", "到哪个月结束") too.
 */
export const ASKED_TIME = /(?:[从到]\s?)?(?:什么时候|啥时候|哪一?天|几月几[号日]|几月份?|哪个月|(?:几|多少)号)(?:为止|结束|开始)|起止|[从到](?:什么时候|啥时候)|最晚|最迟|是从|[从到]哪一?天|什么时候|啥时候|哪一?天|几月几[号日]|(?:几|多少)号|多长时间|多长|多久|多少天|几天|是从|从哪|到哪|(?:离|距离?)(?=截止)|还有|还剩|剩下/g;

/** In an addressee question ("这个文件发给谁") the verb and the document named are the asking, not content. */
export const ADDRESSEE_VERB = /(?:下发|印发|发|送)(?:给|到)|主送|面向|(?:这个|这份|本|此)?(?:文件|通知)|(?:单位|对象)|(?:发文|印发|下发)?范围/g;

/**
 * In a question asking a count, the asker's own rough count ("记得是一百多件", "一百几来着") and the
 * asking noun (具体数字多少) are no fact a passage must hold: the number cue carries the asking.
 */
// … in digits or in words ("十几个", "二十来家", "几十件"), or only as many ("好多件": how many, in some dialects).
export const ROUGH_COUNT = /(?:\d+|[一二三四五六七八九两]?[十百千][一二三四五六七八九]?)(?:多|几|来)(?:[个件家项名批])?|几[十百千](?:[个件家项名批])?|(?:好|很|许)多[个件家项名批]|数字(?!化)/g;

/**
 * In a criteria question the criteria noun asked for ("有资格吗", "什么条件", whether there are any:
 * "有标准不", "有没有条件") is the asking: the cue carries it, as does the frame of asking what
 * qualifies ("才能选进", "才够格"). A condition the question states ("有条件的地方") stays content.
 */
export const CRITERIA_NOUN = /资格|门槛|够格|才能(?=被?(?:选|进|纳入|入选|列入|评上))|(?<=什么样?的?|啥|哪些)(?:条件|标准)|(?:条件|标准)(?=是个?(?:什么|啥|哪些)|有哪些)|(?<=有没有|有无|有)(?:条件|标准)(?=[不吗没么呢]|[,，。?？!！\s]|$)/g;

/**
 * The noun a "which one" question asks for ("在哪个系统里填" → 系统, "根据哪个规定" → 规定): the answer
 * names one of them, so a sentence holding the noun is of the asked shape. Nouns the cues read
 * (时候, 单位, 方式 …) and those that ask for a kind rather than a thing (样的, 意思) are not taken.
 */
// The noun must end there ("哪个系统里填", or before an aside in brackets): in "什么工作原则" 工作 only qualifies the noun asked.
// ("当成什么来抓": 来 opens the verb that follows, no noun)
export const ASKED_HEAD = /(?:哪一?[个份条项]|什么)(?![来去])(\p{Script=Han}{2}|[司厅处])(?=[里上中内的是呢吗啊呀来出发填报交用定批管,，?？。!！\s(（]|$)/u;
export const UNTOLD_HEADS = /^(?:时候|时间|样的|意思|作用|角色|定位|单位|部门|机构|地方|方式|形式|渠道|途径|名字|名称|条件|标准|要求|情况|内容|东西|事情|意见|用途|好处)$/;

/** The head noun of an asked enumeration ("哪几个方面" → 方面); lists ending "等方面" answer it. */
export const LIST_HEAD = /(?:哪些|哪几个?|几个|几类|几种|什么)(\p{Script=Han}{2})/u;

/**
 * Questions asking to name the members of a set, and the noun of the set: a counted set
 * ("那48家企业具体是谁", "160件地标都有哪些"), firms ("哪几家企业"), a list's entries ("名单里有哪些城市").
 */
export const NAMED_SET: RegExp[] = [
  /\d+\s*[个件家项名所批]([\p{Script=Han}]{2})[^,，。?？]{0,3}?(?:具体|都|分别|是谁|有谁|有哪些|是哪些|是哪几)/u,
  /哪(?:几|\d+)?家([\p{Script=Han}]{2})/u,
  // "54个示范区除了小站稻还有哪些": the others of the counted set.
  /\d+\s*[个件家项名所批]([\p{Script=Han}]{2})[^,，。?？]{0,4}?除了[^,，。?？]{1,12}?还有(?:哪些|哪几|什么|谁)/u,
  /(?:名单|名录)[^,，。?？]{0,4}(?:有|包括|是)哪些([\p{Script=Han}]{2})/u,
  // "那48家企业里有没有…", "48家企业里面六堡茶的有几家": whether one is among the counted set's members, which only their names tell.
  /\d+\s*[个件家项名所批]([\p{Script=Han}]{2})(?:里面?|中间?|当中|之中)[^,，。?？]{0,12}?(?:有没有|有无|有几|有哪|是哪|叫啥|叫什么)/u,
  // The outcome of a selection ("最后批了哪些", "入选了哪些地标", "定了哪几个"): the members it decided,
  // whether or not their noun follows (headless, any list the sentence closes answers).
  /(?:批|定|选|评|确定|入选|选上|评上|立项|公布)(?:了|上了|出了|下来了)(?:的)?(?:有|是)?哪(?:些|几)(?:个|家|件|项)?([\p{Script=Han}]{2})?/u,
  // A list asked to be sent ("名单发我一下", "把清单发过来"): its members, which only a sentence listing them gives (headless).
  /(?:名单|清单)[^,，。?？]{0,3}?(?:发|传|给)(?:我|一下|过来|个)()/u,
];

/** An A-not-A question ("算不算", "提没提", "符不符合") asks whether A: its first half and the negation are the asking. */
export const A_NOT_A = /(\p{Script=Han})[不没](?=\1)/gu;

/** "省(区、市)知识产权局" is how the notices name the offices of the provincial level (省级, the 省局 officers speak of). */
export const PROVINCIAL_LEVEL = /省\(区、市\)/g;

/** The standard name of the provinces (各省、自治区、直辖市): a set phrase, not an enumeration. */
export const LIST_BOILERPLATE = /省、自治区、直辖市/g;

/**
 * Traditional characters officers may type (Hong Kong/Taiwan input methods), folded to the
 * simplified forms the notices use. Pairs: traditional, simplified.
 */
export const TRADITIONAL =
  '書书時时間间報报請请標标誌志錄录權权產产記记點点發发證证關关聯联繫系導导興兴鄉乡號号這这與与為为會会' +
  '個个們们麼么嗎吗幾几區区縣县強强質质單单門门議议資资務务說说從从來来後后過过還还對对讓让現现選选' +
  '辦办專专項项啟启動动傳传達达總总體体協协國国審审際际經经驗验範范圍围優优勢势業业銷销額额統统計计' +
  '監监測测價价廣广機机構构絡络郵邮電电詢询設设種种類类數数據据規规劃划';

/**
 * Vocabulary that marks a message as being about the notices. Used by the strict group gate
 * and as a small bonus in the relevance score.
 */
export const DOMAIN_TERMS = [
  '地理标志', '名录', '重点联系', '联系指导', '申报书', '申报', '推荐名额', '名额', '运用促进', '知识产权',
  '乡村振兴', '遴选', '纳入', '运用促进司', '通知', '附件', '截止', '报送', '品牌',
];

/** Arithmetic asked of numbers ("48加59", "48家企业加上24个", "1200乘以4.5"): a computation, not a fact of a notice. */
export const ARITHMETIC = /\d(?:\.\d+)?\s*\p{Script=Han}{0,4}?\s*(?:(?<![增追参新更添施外])加上?|减去?|乘以?|除以|[+*×÷]|-(?=\s*\d+\s*(?:等于|是多少|=)))\s*\d/u;

/** Question markers: the strict group gate only answers questions. */
export const QUESTION_MARKERS = /[?？]|吗|什么|啥|怎么|如何|哪|多少|几|是否|能否|可否|有没有|是不是|请问/;

/**
 * The knowledge's generic vocabulary (canonical forms): words nearly every question about the
 * notices shares with nearly every passage. They show the topic, not that a passage answers.
 */
export const GENERIC_TERMS = new Set([
  '地理标志', '名录', '知识产权', '知识产权局', '国家知识产权局', '申报', '报送', '通知', '重点联系', '联系指导',
  '运用促进', '乡村振兴', '纳入', '支持', '工作',
]);

/**
 * The GI programmes a notice can be about, read from its title and from a question. `label`
 * words join every chunk's searchable context, so a notice's facts chunk (文号, 成文日期) is found
 * by its programme's name.
 */
export const PROGRAMMES: { key: string; pattern: RegExp; label: string }[] = [
  { key: 'key-contact', pattern: /名录|重点联系|联系指导/, label: '重点联系指导名录' },
  { key: 'protection', pattern: /保护工程/, label: '地理标志保护工程' },
  { key: 'demo-zone', pattern: /示范区/, label: '地理标志产品保护示范区' },
  { key: 'promotion', pattern: /运用促进工程/, label: '地理标志运用促进工程' },
  { key: 'qqbc', pattern: /千企百城|千企千标|百城百品/, label: '千企百城商标品牌价值提升行动' },
  { key: 'special-mark', pattern: /专用标志|专标|年报|年度报告/, label: '地理标志专用标志' },
  { key: 'rural', pattern: /助力乡村振兴行动/, label: '地理标志助力乡村振兴行动' },
];

/**
 * A part of a notice named by its number ("第三部分", "第5条", "第二点"): the notice's parts are
 * numbered 一、二、… (a heading or the opening of a paragraph). Batches (第二批) are no parts.
 */
export const NUMBERED_PART = /第([一二三四五六七八九十]{1,3}|\d{1,2})(?:部分|条|点|项|节|章|段|块|大项)/;

/** Which batch a question asks ("这回报的是第几批", "哪一批"): sentences naming a batch answer it. */
export const ASKS_BATCH = CUES.batch;

/** Whether a text speaks of the notices' matter: a domain term or one of the programmes the notices run. */
export const namesDomain = (text: string): boolean => DOMAIN_TERMS.some((term) => text.includes(term)) || PROGRAMMES.some((programme) => programme.pattern.test(text));

/** Words by which a question asks for the newest notice (今年 is read against the clock too). */
export const NEWEST = /最新|最近一次|最近的|现在|目前|当前|今年|本年度/;

/** A question asking how many days are left before a deadline. */
export const DAYS_LEFT = /还有几天|还剩几天|剩几天|剩下几天|还有多少天|还剩多少天|几天后截止|多少天后截止|距离?截止|离截止/;
