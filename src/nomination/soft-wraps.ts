import type { Form } from './form.js';
import { MARK } from './block.js';
import { COPULA_SCORE, labelOf } from './segment.js';
import { matchLabel } from './labels.js';

/**
 * A value broken over two lines by a pasted document's line width ("产地范围：广西…合浦县" /
 * "现辖行政区域", "…专项资金1500万元，" / "建设…保护区", "批准公告号：2011年第" / "152号公告") is one
 * value: such lines are joined without the break. A line that opens an item or names a field, a
 * line after a stop or a colon, and a line of its own figure or number stay apart.
 */

const ITEM = new RegExp(`^\\s*${MARK}`, 'u');
/** A line ending here is finished (or, with a colon, a label waiting for its value). */
const ENDED = /[。；;！!？?：:]\s*$/u;
/** A line ending inside a clause: the sentence goes on. */
const MID_CLAUSE = /[，,、]\s*$/u;
/** "2011年第" / "152号公告": an ordinal's number on the next line. */
const ORDINAL_CUT = /第\s*$/u;
/** A label with a colon near the start of a line. */
const COLON_LABEL = /^[^：:，,。；;]{1,16}[：:]\s*\S/u;
/** Field types whose value is words, which a line's width may break after a comma. */
const WORDED = new Set(['text', 'longtext', 'registration']);
/** A line broken with no stop at all is a wrap only in free text, and only once the line is long. */
const WRAPPED_MIN = 12;

/** The field a line's colon label names clearly, if any. */
function labelledField(form: Form, line: string) {
  if (!COLON_LABEL.test(line.replace(ITEM, ''))) return undefined;
  const read = labelOf(form, line.trim());
  const best = read.label === undefined ? undefined : matchLabel(form, read.label)[0];
  return best && best.score >= COPULA_SCORE ? best.field : undefined;
}

/** Whether `next` goes on the value `line` broke off, given the field the value is for (undefined: unlabelled text). */
function goesOn(form: Form, line: string, next: string, type: string | undefined): boolean {
  const after = next.trim();
  if (!after || ITEM.test(next) || ENDED.test(line) || COLON_LABEL.test(after)) return false;
  const opening = labelOf(form, after);
  if (opening.label !== undefined && opening.labelKind !== 'figure') return false;
  if (ORDINAL_CUT.test(line)) return /^\d/u.test(after);
  if (MID_CLAUSE.test(line)) return type === undefined || WORDED.has(type);
  // (a break with no stop before it is a wrap only inside words: a line of digits is a value of its own, and a short name's line may be followed by another answer)
  return type === 'longtext' && [...line.trim()].length >= WRAPPED_MIN && /^\p{Script=Han}/u.test(after);
}

export function withSoftWrapsJoined(form: Form, text: string): string {
  const lines = text.split('\n');
  if (lines.length < 2) return text;
  const out: string[] = [lines[0] ?? ''];
  // the type of the field the line being built is labelled for; unlabelled text goes on only after a comma
  let type = labelledField(form, lines[0] ?? '')?.type;
  for (const next of lines.slice(1)) {
    const line = out.at(-1) ?? '';
    if (line.trim() && (type !== undefined || MID_CLAUSE.test(line)) && goesOn(form, line, next, type)) {
      out[out.length - 1] = `${line.trimEnd()}${next.trim()}`;
      continue;
    }
    out.push(next);
    type = labelledField(form, next)?.type;
  }
  return out.join('\n');
}
