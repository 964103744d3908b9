import type { Answer, Passage } from '../../src/qa/types.js';

/** Passages as the retriever hands them to answerers, with text from the shipped notice. */

const base = {
  doc: '2023-14-gi-key-contact-guidance-notice',
  title: '国家知识产权局办公室关于进一步加强地理标志运用促进重点联系指导工作的通知',
  docNumber: '国知办发运字〔2023〕14号',
};

export const deadlinePassage: Passage = {
  ...base,
  id: `${base.doc}#8`,
  section: '六、做好经验复制推广',
  text:
    '请各省级知识产权管理部门按照《国家知识产权局关于组织开展地理标志助力乡村振兴行动的通知》和本通知的有关要求,' +
    '申报第二批拟纳入重点联系指导名录的地理标志(申报书和各省推荐名额分别见附件1、2),' +
    '国家知识产权局将综合各地地理标志助力乡村振兴工作开展情况和对重点联系指导地理标志采取的支持措施情况,确定新一批重点联系指导名录。' +
    '请于2023年5月8日前将申报书电子件(含加盖公章扫描件)以省为单位通过电子邮件形式报送国家知识产权局运用促进司。',
  score: 9.1,
};

export const supportPassage: Passage = {
  ...base,
  id: `${base.doc}#3`,
  section: '二、加大政策扶持力度',
  text:
    '国家知识产权局将面向纳入名录的地理标志重点组织全国性、行业性、跨区域的品牌推广、经验交流、培训讲座等活动,' +
    '及时提供国内国际相关会展论坛信息,支持参与中国品牌日、中国知识产权年会、中国国际商标品牌节、“双品网购节”等重要活动。',
  score: 5.2,
};

export const statisticsPassage: Passage = {
  ...base,
  id: `${base.doc}#6`,
  section: '五、开展成效统计监测',
  text:
    '有关地方知识产权管理部门要将纳入名录地理标志作为反映区域特色产业发展情况的“晴雨表”,' +
    '重点对反映直接促进产业发展的地理标志产品产值、出口额、关联产业(加工、物流、旅游等)产值、从业人员数量、从业人员人均年收入等情况进行统计监测。',
  score: 2.4,
};

export const passages: Passage[] = [deadlinePassage, supportPassage, statisticsPassage];

/** What the extractive answerer would have said; the LLM path falls back to it. */
export function extractiveAnswer(question: string): Answer {
  return {
    question,
    answer: '请于2023年5月8日前将申报书电子件报送国家知识产权局运用促进司。\n出处：国知办发运字〔2023〕14号 · 六、做好经验复制推广',
    declined: false,
    citations: [
      {
        doc: deadlinePassage.doc,
        title: deadlinePassage.title,
        section: `${deadlinePassage.docNumber} · ${deadlinePassage.section}`,
        quote: '请于2023年5月8日前将申报书电子件(含加盖公章扫描件)以省为单位通过电子邮件形式报送国家知识产权局运用促进司。',
      },
    ],
    via: 'extractive',
  };
}
