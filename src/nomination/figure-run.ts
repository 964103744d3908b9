import { SPOKEN_ACTION } from './routing.js';
import { ACTION, findFigure } from './segment.js';

/** Clauses of a message, parted by stops or, in voice input, by spaces between words. */
const CLAUSE = /[，,；;。！!\n]+|(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/u;
/** A run of figures is a few short clauses, not a report. */
const MAX_CLAUSES = 4;
const MAX_CLAUSE = 24;

/**
 * Whether `text` is only figures said one after another, each clause with its figure and none
 * stating an action ("比外地猕猴桃贵百分之四十左右 人均一年四万二"): no free text is in it.
 */
export function isFigureRun(text: string): boolean {
  const clauses = text.split(CLAUSE).map((c) => c.trim()).filter(Boolean);
  return (
    clauses.length > 0 &&
    clauses.length <= MAX_CLAUSES &&
    clauses.every((c) => [...c].length <= MAX_CLAUSE && findFigure(c) !== undefined && !ACTION.test(c) && !SPOKEN_ACTION.test(c))
  );
}
