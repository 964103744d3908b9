import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportSummaryCsv, csvCell } from '../../src/nomination/export/csv.js';
import { exportDocx } from '../../src/nomination/export/docx.js';
import { exportNominations, exportJson, summarize } from '../../src/nomination/export/index.js';
import { exportXlsx, SHEET_RECORDS, SHEET_SUMMARY } from '../../src/nomination/export/xlsx.js';
import { loadQuotas } from '../../src/nomination/quotas.js';
import type { NominationRecord } from '../../src/store/nomination-types.js';
import { HORQIN, KNOWLEDGE, LONGJING, record, shippedForm } from './form-fixtures.js';

const form = shippedForm();
const quotas = { ...loadQuotas(KNOWLEDGE), 浙江省: 3 };
const longjing = record(form, LONGJING, { id: 'N-LJ' });
const horqin = record(form, HORQIN, { id: 'N-KEQ', flagged: ['export_value'] });
const draft = record(form, { gi_name: '安吉白茶', province: '浙江' }, { id: 'N-DRAFT', status: 'draft', submittedAt: undefined });
const hostile: NominationRecord = {
  ...record(form, { gi_name: '测试名称', province: '江苏' }, { id: 'N-HOSTILE' }),
  fields: {
    ...record(form, { gi_name: '测试名称', province: '江苏' }).fields,
    applicant: { raw: '=HYPERLINK("http://evil")', value: '=HYPERLINK("http://evil")', display: '=HYPERLINK("http://evil")' },
    product_category: { raw: '+1', value: '+1', display: '+1' },
    contact_name: { raw: '@SUM(A1)', value: '@SUM(A1)', display: '@SUM(A1)' },
    region: { raw: '甲,乙\n"丙"', value: '甲,乙\n"丙"', display: '甲,乙\n"丙"' },
    old_field: { raw: '旧', value: '旧值', display: '旧值' },
  },
};
const records = [longjing, horqin];

/** A minimal RFC 4180 reader, to check the CSV the way a spreadsheet reads it. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('CSV', () => {
  it('is UTF-8 with a BOM and Chinese headers, one row per nomination', async () => {
    const buffer = await exportCsv(records, form);
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsv(buffer.toString('utf8').slice(1));
    expect(rows).toHaveLength(3);
    const header = rows[0] ?? [];
    const at = (row: number, name: string) => rows[row]?.[header.indexOf(name)];
    expect(header).toContain('地理标志名称');
    expect(at(1, '地理标志名称')).toBe('西湖龙井');
    expect(at(1, '省份')).toBe('浙江省');
    expect(at(1, '年产值（数值）')).toBe('350000000');
    expect(at(1, '年产值（原文）')).toBe('约3.5亿元');
    expect(at(1, '出口额（单位）')).toBe('美元');
    expect(at(1, '从业人数（人）')).toBe('12000');
    expect(at(1, '联系电话')).toBe('0571-88888888转801');
    expect(at(1, '已采取的扶持措施')).toBe('出台扶持办法；设立专项资金500万元。\n开展专用标志使用核准。');
    expect(at(2, '从业人数（人）')).toBe('1500');
    expect(at(2, '从业人数（原文）')).toBe('1500余人');
    expect(at(2, '待核实项')).toBe('出口额');
  });

  it('quotes per RFC 4180 and defuses formulas', async () => {
    const text = (await exportCsv([hostile], form)).toString('utf8');
    const rows = readCsv(text.slice(1));
    const header = rows[0] ?? [];
    const at = (name: string) => rows[1]?.[header.indexOf(name)];
    expect(at('申请人（管理机构）')).toBe(`'=HYPERLINK("http://evil")`);
    expect(at('产品类别')).toBe("'+1");
    expect(at('联系人')).toBe("'@SUM(A1)");
    expect(at('保护（地域）范围')).toBe('甲,乙\n"丙"');
    expect(at('其他（旧版申报书字段）')).toBe('old_field：旧值');
    expect(text).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('summary CSV: count vs quota and totals per province', async () => {
    const rows = readCsv((await exportSummaryCsv([...records, draft], form, quotas)).toString('utf8').slice(1));
    const header = rows[0] ?? [];
    const byProvince = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    const col = (p: string, name: string) => byProvince[p]?.[header.indexOf(name)];
    expect(col('浙江省', '已提交')).toBe('1');
    expect(col('浙江省', '草稿')).toBe('1');
    expect(col('浙江省', '名额')).toBe('3');
    expect(col('浙江省', '剩余名额')).toBe('2');
    expect(col('内蒙古自治区', '名额')).toBe('不限');
    expect(col('合计', '年产值合计（元）')).toBe('430000000');
    expect(col('合计', '出口额合计（美元）')).toBe('5000000');
    expect(col('合计', '从业人数合计（人）')).toBe('13500');
  });
});

describe('XLSX', () => {
  it('re-reads cell by cell with numbers, number formats and a summary sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const file = await exportXlsx([...records, hostile], form, quotas);
    await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet(SHEET_RECORDS);
    if (!sheet) throw new Error('no records sheet');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const cell = (row: number, name: string) => sheet.getRow(row).getCell(headers.indexOf(name) + 1);
    expect(sheet.rowCount).toBe(4);
    expect(cell(2, '编号').value).toBe('N-LJ');
    expect(cell(2, '状态').value).toBe('已提交');
    expect(cell(2, '地理标志名称').value).toBe('西湖龙井');
    expect(cell(2, '保护类型').value).toBe('作为证明商标注册的地理标志');
    expect(cell(2, '年产值（数值）').value).toBe(350_000_000);
    expect(cell(2, '年产值（数值）').numFmt).toBe('#,##0.00"元"');
    expect(cell(2, '出口额（数值）').value).toBe(5_000_000);
    expect(cell(2, '出口额（数值）').numFmt).toBe('#,##0.00"美元"');
    expect(cell(2, '从业人数（人）').value).toBe(12_000);
    expect(cell(2, '从业人数（人）').numFmt).toBe('#,##0"人"');
    expect(cell(2, '从业人员人均年收入（数值）').numFmt).toBe('#,##0.00"元/人"');
    expect(cell(2, '销售溢价率（%）').value).toBe(30);
    expect(cell(2, '销售溢价率（%）').numFmt).toBe('0.##"%"');
    expect(cell(2, '获准使用地理标志的市场主体数量（个）').value).toBe(120);
    expect(cell(2, '电子邮箱').value).toBe('zhangsan@example.com');
    expect(cell(3, '年产值（数值）').value).toBe(80_000_000);
    expect(cell(3, '出口额（数值）').value).toBeNull();
    expect(cell(4, '申请人（管理机构）').value).toBe('=HYPERLINK("http://evil")');
    expect(cell(4, '申请人（管理机构）').formula).toBeUndefined();

    const summary = workbook.getWorksheet(SHEET_SUMMARY);
    if (!summary) throw new Error('no summary sheet');
    const sHeaders = (summary.getRow(1).values as unknown[]).slice(1) as string[];
    const rows = new Map<string, ExcelJS.Row>();
    summary.eachRow((row, n) => n > 1 && rows.set(String(row.getCell(1).value), row));
    expect([...rows.keys()]).toEqual(['内蒙古自治区', '江苏省', '浙江省', '合计']);
    const s = (p: string, name: string) => rows.get(p)?.getCell(sHeaders.indexOf(name) + 1);
    expect(s('浙江省', '名额')?.value).toBe(3);
    expect(s('浙江省', '剩余名额')?.value).toBe(2);
    expect(s('合计', '已提交')?.value).toBe(3);
    expect(s('合计', '年产值合计（元）')?.value).toBe(430_000_000);
    expect(s('合计', '年产值合计（元）')?.numFmt).toBe('#,##0.00"元"');
    expect(s('浙江省', '从业人员人均年收入平均（元/人）')?.value).toBe(56_000);
  });
});

describe('DOCX', () => {
  it('one filled 申报书 per nomination, paragraph by paragraph', async () => {
    const buffer = await exportDocx(records, form);
    const { value } = await mammoth.extractRawText({ buffer });
    const paragraphs = value.split('\n').map((p) => p.trim()).filter(Boolean);
    const titles = paragraphs.flatMap((p, i) => (p === form.title ? [i] : []));
    expect(titles).toHaveLength(2);
    const first = paragraphs.slice(titles[0], titles[1]);
    expect(first[1]).toBe('编号：N-LJ　　表单版本：2023.1');
    const pairs = new Map<string, string>();
    for (let i = 2; i + 1 < first.length; i++) {
      const field = form.fields.find((f) => f.label === first[i]);
      if (field && !form.fields.some((f) => f.label === first[i + 1])) pairs.set(field.id, first[i + 1] ?? '');
    }
    for (const [id, v] of Object.entries(longjing.fields)) expect(pairs.get(id), id).toBe(v.display.split('\n')[0]);
    expect(first).toContain('开展专用标志使用核准。');
    expect(first.indexOf('地理标志名称')).toBeLessThan(first.indexOf('联系人'));
    for (const line of ['申报单位（盖章）：', '负责人（签字）：', '日期：　　　　年　　月　　日']) expect(first).toContain(line);
    const second = paragraphs.slice(titles[1]);
    expect(second).toContain('科尔沁牛');
    expect(second).toContain('约1500人');
    expect(second.some((p) => p.endsWith('（待核实）'))).toBe(true);
  });
});

describe('JSON and the dispatcher', () => {
  it('JSON carries every field normalised with its label', async () => {
    const data = JSON.parse((await exportJson([longjing, hostile], form)).toString('utf8'));
    expect(data.form.version).toBe('2023.1');
    const lj = data.records[0];
    expect(lj.province).toBe('浙江省');
    expect(lj.fields.annual_output_value).toMatchObject({ label: '年产值', value: 350_000_000, unit: '元', approximate: true, raw: '约3.5亿元' });
    expect(lj.fields.export_value).toMatchObject({ value: 5_000_000, unit: '美元' });
    expect(lj.fields.contact_phone.value).toBe('0571-88888888转801');
    expect(data.records[1].fields.old_field).toMatchObject({ label: 'old_field', display: '旧值', inCurrentForm: false });
  });

  it('summarize leaves cancelled nominations out', () => {
    const cancelled = record(form, LONGJING, { status: 'cancelled' });
    const rows = summarize([longjing, cancelled], form, quotas);
    expect(rows.find((r) => r.province === '合计')?.submitted).toBe(1);
  });

  it('every format renders, also with no records', async () => {
    for (const format of ['csv', 'xlsx', 'json', 'docx', 'summary', 'summary-csv'] as const) {
      expect((await exportNominations(format, records, form, quotas)).length, format).toBeGreaterThan(100);
      expect((await exportNominations(format, [], form, quotas)).length, format).toBeGreaterThan(0);
    }
  });
});
