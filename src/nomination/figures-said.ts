import { APPROX_MID, sortAt, type FigureSort } from './parsers/figure.js';
import { NUMBER_PATTERN } from './parsers/numbers.js';
import { findFigure, foldWidth } from './segment.js';

/**
 * The figures said in a text, where each begins and ends (its unit word and approximation
 * included) and of what sort: what a repair, a target or a year-by-year series is read by.
 */

/** Words of approximation after a figure's unit, part of the figure said. */
const APPROX_AFTER = /^(?:左右|上下|出头|多|来|吧)/u;
const NUMBER_AT = new RegExp(NUMBER_PATTERN, 'uy');

export interface Said {
  start: number;
  end: number;
  sort?: FigureSort;
  /** A phone number, whole: "0898-63221547" is one thing said, not two figures. */
  phone?: boolean;
}

const PHONE_SAID = /(?<!\d)(?:0\d{2,3}[-－—\s]?\d{7,8}|1[3-9]\d{9})(?!\d)/gu;

/** The figures of `text` in order, each with its unit word and approximation, and its sort. */
export function figuresOf(text: string): Said[] {
  const folded = foldWidth(text);
  const phones: Said[] = [...folded.matchAll(PHONE_SAID)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, phone: true }));
  const out: Said[] = [...phones];
  for (let from = 0; from < folded.length; ) {
    const found = findFigure(folded.slice(from));
    if (!found) break;
    const start = from + found.index;
    const phone = phones.find((p) => start >= p.start && start < p.end);
    if (phone) {
      from = phone.end;
      continue;
    }
    NUMBER_AT.lastIndex = start;
    const expression = NUMBER_AT.exec(folded)?.[0] ?? folded[start] ?? '';
    let end = start + expression.length;
    end += APPROX_MID.exec(folded.slice(end))?.[0].length ?? 0;
    const unit = sortAt(folded.slice(end));
    end += unit?.word.length ?? 0;
    end += APPROX_AFTER.exec(folded.slice(end))?.[0].length ?? 0;
    out.push({ start, end, ...(unit ? { sort: unit.sort } : {}) });
    from = Math.max(end, start + 1);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Two figures that may be one value said twice: neither a phone number, of one sort where both have a unit word ("两万人，两万三左右"). */
export const ofOneSort = (a: Said, b: Said): boolean => !a.phone && !b.phone && (a.sort === undefined || b.sort === undefined || a.sort === b.sort);
