import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { readMessage } from '../../src/nomination/reading.js';
import { figuresAsMeant } from '../../src/nomination/settle.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';
import { framed, plain, read, stored } from './reading-helpers.js';


describe("a region said with its own name run into it", () => {
  it('stores the place without the name', () => {
    expect(read('region', '范围黑龙江省五常市现辖行政区域')).toEqual({ region: '黑龙江省五常市现辖行政区域' });
    expect(read('region', '地域范围为福建省平和县现辖行政区域')).toEqual({ region: '福建省平和县现辖行政区域' });
    expect(read('protection_type', '范围黑龙江省五常市现辖行政区域')).toEqual({ region: '黑龙江省五常市现辖行政区域' });
  });
  it('keeps a region whose words only begin like a name', () => {
    const parsed = parseField(field('region'), '范围包括浙江省庆元县全境');
    expect(parsed.ok && parsed.value.value).toBe('范围包括浙江省庆元县全境');
  });
});

describe('a clause naming another figure sent while the region is asked', () => {
  it('goes to that figure, and a region with a count of its own towns stays whole', () => {
    expect(read('region', '年产值约150亿元，全县获准使用地理标志专用标志的企业达88家。')).toEqual({ annual_output_value: 15_000_000_000, authorized_users: 88 });
    expect(read('region', '浙江省丽水市庆元县现辖行政区域，共19个乡镇')).toEqual({ region: '浙江省丽水市庆元县现辖行政区域，共19个乡镇' });
  });
});

describe('a figure said to be something else', () => {
  it('changes the one field it is stored in', () => {
    const filled = { ...stored('annual_output_value', '38亿'), ...stored('authorized_users', '215家') };
    expect(findCorrection(form, '稍等，38亿是前年的，去年的是四十一个亿左右', undefined, filled)).toEqual({ field: 'annual_output_value', value: '去年的是四十一个亿左右' });
    expect(findCorrection(form, '刚问了协会，用标的是一百九十家，215是会员总数', undefined, filled)).toEqual({ field: 'authorized_users', value: '用标的是一百九十家' });
  });
  it('changes nothing when no stored value is that figure, or the new clause names another field', () => {
    const filled = stored('annual_output_value', '38亿');
    expect(findCorrection(form, '等一下，35亿是前年的，去年的是四十一个亿', undefined, filled)).toBeUndefined();
    expect(findCorrection(form, '38亿是全县的，出口有两千万', undefined, filled)).toBeUndefined();
  });
});

describe('a run of spoken words with a clause closed by 的 before a name', () => {
  it('starts an answer at the name, while a name modifying another stays one', () => {
    expect(read('protection_type', '地理标志产品我们是2008年批的公告号是2008年第115号公告')).toEqual({ protection_type: '地理标志产品', registration_no: '2008年第115号公告' });
    expect(read(undefined, '产值三十个亿左右然后出口没有加工的产值是八个亿物流两个亿')).toMatchObject({ related_output_processing: 800_000_000, related_output_logistics: 200_000_000 });
  });
});

describe('a short answer with a remark after a space', () => {
  it('stores the answer and reports the remark', () => {
    const reading = readMessage(form, {}, field('registration_no'), '申请人是普洱市茶叶产业服务中心 以前叫茶办后来改的');
    expect(plain(reading.values)).toEqual({ applicant: '普洱市茶叶产业服务中心' });
    expect(reading.unread).toEqual(['以前叫茶办后来改的']);
  });
});

describe('a figure settled on after a concession or in a spoken run', () => {
  it('takes the place of the rough one', () => {
    expect(figuresAsMeant('文旅局说乡村旅游收入大约10个亿，但不全是茶带动的，还是填一半吧，5个亿')).toBe('文旅局说乡村旅游收入大约5个亿');
    expect(figuresAsMeant('产值的话统计局说综合产值三十亿但是连着餐饮算的单纯这块是二十亿所以就填二十亿吧')).toBe('产值的话统计局说综合产值二十亿');
    expect(figuresAsMeant('年产值：农业局给的是52亿，统计局是49.5亿，一般以统计局为准，填49.5亿')).toBe('年产值：农业局给的是49.5亿');
  });
  it('leaves a figure for another field named between alone', () => {
    expect(figuresAsMeant('从业人员2万人，人均收入的话，填4万吧')).toBe('从业人员2万人，人均收入的话，填4万吧');
  });
});

describe('fields and values listed with spaces after 分别', () => {
  it('pairs them in order, under a heading', () => {
    expect(read(undefined, '相关产业 加工 物流 旅游 分别是 五亿 两亿 一点二亿')).toEqual({
      related_output_processing: 500_000_000,
      related_output_logistics: 200_000_000,
      related_output_tourism: 120_000_000,
    });
  });
});

describe('a message that is one quotation', () => {
  it('reads the quoted words under the name before them, without the relay words', () => {
    expect(framed('用标的 转：「截至去年底共核准使用专用标志的市场主体263家」')).toBe('用标的：截至去年底共核准使用专用标志的市场主体263家');
    expect(framed('县局老周写的我贴一下「县里设立专项资金1000万元，建立追溯体系」')).toBe('县里设立专项资金1000万元，建立追溯体系');
    expect(framed('人均收入：“去年茶农人均年收入大约3.1万元”——这是镇里转过来的抽样数据')).toBe('人均收入：去年茶农人均年收入大约3.1万元');
    expect(framed('「县委县政府实施“茶产业振兴”工程，每年安排资金」')).toBe('县委县政府实施“茶产业振兴”工程，每年安排资金');
  });
  it('keeps a quotation inside words', () => {
    expect(framed('品牌叫「洛川苹果」')).toBe('品牌叫「洛川苹果」');
    expect(framed('“洛川苹果 中国红”品牌')).toBe('“洛川苹果 中国红”品牌');
  });
});

describe('words relaying a colleague before what they wrote', () => {
  it('are dropped, and a field named among them stays the label', () => {
    expect(framed('协会刘主任发的原话：“福建省宁德市蕉城区现辖行政区域”')).toBe('福建省宁德市蕉城区现辖行政区域');
    expect(framed('表里没有，问了县局，他们说是“福建省宁德市蕉城区现辖行政区域”')).toBe('福建省宁德市蕉城区现辖行政区域');
    expect(framed('协会秘书长发的：（1）出台管理规则；（2）开展打假行动')).toBe('（1）出台管理规则；（2）开展打假行动');
    expect(framed('扶持措施是小郑整理的：县里出台办法')).toBe('扶持措施：县里出台办法');
    expect(framed('申请单位 李明发的：若羌县红枣产业发展中心')).toBe('申请单位：若羌县红枣产业发展中心');
  });
});

describe('who relayed a message, in the forms chats and people give it', () => {
  it('is no part of what they said', () => {
    expect(framed('【和田县局-王芳】年产值12.6亿元')).toBe('年产值12.6亿元');
    expect(framed('[若羌县局 李明] 用标企业45家')).toBe('用标企业45家');
    expect(framed('若羌县局李明: 若羌县红枣协会')).toBe('若羌县红枣协会');
    expect(framed('老孙报的：若羌县红枣协会')).toBe('若羌县红枣协会');
    expect(framed('转发自和田县局王芳：和田县玉枣产业发展中心')).toBe('和田县玉枣产业发展中心');
    expect(framed('用标主体：李明“县里核准用标的企业合作社共63家”')).toBe('用标主体：县里核准用标的企业合作社共63家');
  });
  it('is never a time said before a colon', () => {
    expect(framed('明年：新增用标主体10家')).toBe('明年：新增用标主体10家');
  });
  it('leaves a label and the contact with their values', () => {
    expect(framed('申请人：若羌县红枣协会')).toBe('申请人：若羌县红枣协会');
    expect(framed('联系人李明: 13800000000')).toBe('联系人李明: 13800000000');
    expect(framed('【年产值】12亿')).toBe('【年产值】12亿');
  });
});

describe('fields and values after 分别 with who gave them', () => {
  it('pairs the fields named, a none among the values', () => {
    expect(read('applicant', '加工、物流、旅游 县里那边分别是 4亿、1.5亿、没有')).toEqual({ related_output_processing: 400_000_000, related_output_logistics: 150_000_000, related_output_tourism: 0 });
  });
});

describe('a pasted document with its announcement and section headings', () => {
  it('reads the labelled lines, not the headings, for the region asked', () => {
    const text = '下面是县里报上来的材料，我直接复制了\n一、基本情况\n1. 保护范围：福建省宁德市蕉城区现辖行政区域\n2. 申请人：宁德市大黄鱼协会\n二、产业数据（2022年）\n1. 年产值：28.5亿元';
    expect(read('region', text)).toEqual({ region: '福建省宁德市蕉城区现辖行政区域', applicant: '宁德市大黄鱼协会', annual_output_value: 2_850_000_000 });
  });
  it('keeps the headings inside free text asked', () => {
    const measures = String(read('support_measures', '一、产业发展\n县里设立专项资金\n二、品牌建设\n开展推介活动').support_measures);
    expect(measures).toContain('产业发展');
    expect(measures).toContain('二、品牌建设');
  });
});

describe('the exact figure after a rough one', () => {
  it('is the one meant, keeping the unit of the rough one when said bare', () => {
    expect(figuresAsMeant('用标的有三百家左右，具体是312家')).toBe('用标的有312家');
    expect(figuresAsMeant('用标企业去年底是128家，截至目前141家，按141')).toBe('用标企业去年底是128家，截至目前141家');
  });
  it('replaces a rough figure said just before it inside a spoken run', () => {
    expect(figuresAsMeant('出口没有物流大概两个亿出头写2.3亿旅游跳过')).toBe('出口没有物流大概2.3亿旅游跳过');
    expect(figuresAsMeant('二十亿左右，填20.3亿')).toBe('20.3亿');
  });
});

describe('answers for several fields in brackets after a heading', () => {
  it('are read as the fields they name, and a remark inside one stays its own', () => {
    expect(read('related_output_processing', '相关产业：（加工4.5亿 物流2亿 旅游（采摘节）1.5亿）')).toEqual({
      related_output_processing: 450_000_000,
      related_output_logistics: 200_000_000,
      related_output_tourism: 150_000_000,
    });
    expect(read('export_value', '出口额900万元。相关产业（物流2.2亿；旅游0.6亿）。')).toEqual({ export_value: 9_000_000, related_output_logistics: 220_000_000, related_output_tourism: 60_000_000 });
  });
  it('leaves brackets in a statement of actions as typed', () => {
    expect(read('support_measures', '设立资金500万元（其中省级200万元），开展推介（北京、上海）')).toEqual({ support_measures: '设立资金500万元（其中省级200万元），开展推介（北京、上海）' });
  });
});

describe('a nickname, then the full name that opens with its character', () => {
  it('stores the full name', () => {
    expect(read('contact_name', '联系人填小买吧，买买提·艾力，电话 13899612547')).toEqual({ contact_name: '买买提·艾力', contact_phone: '13899612547' });
  });
});

describe("a colleague's number given to ask about the data", () => {
  it('is no contact phone, and is reported', () => {
    const reading = readMessage(form, {}, field('employees'), '从业人员23万人，数据有问题找我 13704752216');
    expect(plain(reading.values)).toEqual({ employees: 230_000 });
    expect(reading.unread.join('')).toContain('13704752216');
  });
});

describe('a short answer closed by a dialect particle', () => {
  it('is the answer without it', () => {
    expect(read('gi_name', '五常大米呗')).toEqual({ gi_name: '五常大米' });
    expect(read('gi_name', '郫县豆瓣噻')).toEqual({ gi_name: '郫县豆瓣' });
  });
});

describe('a figure settled on in a message of its own', () => {
  it('confirms the field already holding it, never the field asked', () => {
    const filled = stored('annual_output_value', '110亿');
    expect(findCorrection(form, '那就按大米本身的110亿填', undefined, filled)).toEqual({ field: 'annual_output_value', value: '110亿' });
    expect(findCorrection(form, '那就按120亿填', undefined, filled)).toBeUndefined();
  });
});

describe('a total of the parts said, settled on at the end', () => {
  it('takes the place of the parts', () => {
    expect(figuresAsMeant('用标企业：县里小王：“县城有58家”；镇上小李：“镇里19家”；其余没报，先按这两个合计77家填')).toBe('用标企业：县里小王：“县城有77家');
  });
  it('leaves parts of other fields with a total said beside them alone', () => {
    expect(figuresAsMeant('加工12亿，物流3亿，一共15亿')).toBe('加工12亿，物流3亿，一共15亿');
  });
});

describe('the figure to write named among several said', () => {
  it('is read in the place of the first', () => {
    expect(figuresAsMeant('年产值 转农业局：“全产业链产值约52亿，其中种植销售产值33亿”  填33亿')).toBe('年产值 转农业局：“全产业链产值约33亿');
  });
});

describe('a figure given to replace one said before', () => {
  it('corrects the field holding the old one', () => {
    const filled = stored('annual_output_value', '86亿');
    expect(findCorrection(form, '镇里刚发来：“年产值按核对后的数，是79亿”，用这个替换之前的86亿', undefined, filled)).toEqual({ field: 'annual_output_value', value: '是79亿' });
    expect(findCorrection(form, '镇里刚发来：“年产值按核对后的数，是79亿”，用这个替换之前的90亿', undefined, filled)).toBeUndefined();
  });
});

describe("a coordinator's request to enter what a unit sent in", () => {
  it('starts the form', () => {
    for (const text of ['我是市局的，下面县里报了一个地标，我来录', '县里把材料发过来了，我帮他们录一下', '整理一下县里发来的申报材料', '王科长让我把盐池滩羊的申报录进去', '省局这边来录入，先录第一个：盐池滩羊']) {
      expect(globalIntent(text), text).toMatchObject({ kind: 'start' });
    }
  });
  it('takes neither a pronoun nor a colleague for the product', () => {
    expect(globalIntent('县里把材料发过来了，我帮他们录一下')).not.toHaveProperty('name');
    expect(globalIntent('王科长让我把盐池滩羊的申报录进去')).toMatchObject({ name: '盐池滩羊' });
  });
  it('is no request when the unit only sent something in, or the sender talks about it', () => {
    for (const text of ['县里报了一个地标', '县里发来的材料我看了，有几个问题']) expect(globalIntent(text), text).toBeUndefined();
  });
});

describe('through the dialog, round 21', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  it('corrects a figure checked again, and reads a quoted relay under its label', async () => {
    const user = 'u21-checked';
    await env.chat.as(user).says('/申报');
    await env.chat.as(user).says('庆元香菇');
    await env.chat.as(user).says('物流那块大概三个亿，我再核一下');
    await env.chat.as(user).says('物流核实过了，是三点二亿');
    await env.chat.as(user).says('用标的 转：「截至去年底共核准使用专用标志的市场主体263家」');
    expect(env.draft(user)?.fields).toMatchObject({ related_output_logistics: { value: 320_000_000 }, authorized_users: { value: 263 } });
  });

  it('changes the contact to the one the writer is told to put instead', async () => {
    const user = 'u21-contact';
    await env.chat.as(user).says('/申报');
    await env.chat.as(user).says('庆元香菇');
    await env.chat.as(user).says('联系人：林晓燕，电话13905781234');
    await env.chat.as(user).says('哦对了，科长说联系人写他吧，吴国平，电话0578-6122345');
    expect(env.draft(user)?.fields).toMatchObject({ contact_name: { value: '吴国平' }, contact_phone: { value: '0578-6122345' } });
  });

  it('starts the form after a greeting typed as 在不', async () => {
    const user = 'u21-greeting';
    await env.chat.as(user).says('在不 想整个地标申报');
    expect(env.current(user)?.id).toBe('gi_name');
  });
});
