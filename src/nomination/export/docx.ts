import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { t } from '../../texts.js';
import { valueLines, type Form } from '../form.js';
import type { NominationRecord } from '../../store/nomination-types.js';

/**
 * DOCX: one filled 申报书 per nomination, each in its own section so every nomination starts on
 * a new page — one file holding them all, ready to print, sign and stamp. A nomination not yet
 * submitted carries a 草稿 mark under its title, so a printed draft is never taken for the real one.
 */

const FONT = '宋体';
const FLAGGED = '（待核实）';
const EMPTY = '';

const cellParagraphs = (text: string, bold = false): Paragraph[] =>
  (text || ' ').split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, font: FONT })] }));

const line = (text: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph =>
  new Paragraph({
    alignment: options.align,
    spacing: { before: 240 },
    children: [new TextRun({ text, bold: options.bold, font: FONT, size: 24 })],
  });

function recordSection(record: NominationRecord, form: Form): ISectionOptions {
  const rows = valueLines(form, record.fields)
    .filter((l) => l.current || l.value)
    .map((l) => {
      const flagged = record.flagged.includes(l.id) ? FLAGGED : '';
      const value = l.value ? l.value.display : EMPTY;
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, children: cellParagraphs(l.label, true) }),
          new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: cellParagraphs(`${value}${flagged}`) }),
        ],
      });
    });
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return {
    children: [
      new Paragraph({
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: form.title, bold: true, font: FONT, size: 36 })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: `编号：${record.id}　　表单版本：${record.formVersion}`, font: FONT, size: 20 })],
      }),
      ...(record.status === 'submitted'
        ? []
        : [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ text: t('nomination.export_draft_mark'), bold: true, color: 'C00000', font: FONT, size: 28 })],
            }),
          ]),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
        rows,
      }),
      line('申报单位（盖章）：'),
      line('负责人（签字）：'),
      line('日期：　　　　年　　月　　日'),
      line('省级知识产权管理部门推荐意见（盖章）：'),
      line('日期：　　　　年　　月　　日'),
    ],
  };
}

/** One document, one section (page) per nomination, in the order given. */
export async function exportDocx(records: NominationRecord[], form: Form): Promise<Buffer> {
  const doc = new Document({
    creator: 'gi-bot',
    title: form.title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: records.length > 0 ? records.map((r) => recordSection(r, form)) : [{ children: [line(form.title, { bold: true })] }],
  });
  return Packer.toBuffer(doc);
}
