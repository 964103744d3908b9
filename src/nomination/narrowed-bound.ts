import { figuresOf, ofOneSort, type Said } from './figures-said.js';

/**
 * A bound said first and the figure itself just after: "旅游不到一千万，大概八百万", "加工不到一个亿，
 * 9000万", "超过两万人，两万三左右". The bound only frames the figure the speaker goes on to give, so
 * the bound goes and the figure answers; both must be of the same sort (both money, both people …).
 */

/** Words that make a figure a bound, right before it. */
const BOUND_WORD = /不到|不足|没到|不满|低于|少于|小于|超过|多于|大于|不止|将近|接近/u;
const BOUND = new RegExp(`(?:${BOUND_WORD.source})\\s*$`, 'u');
/** What may stand between the bound and the figure: a stop, then words of estimate or precision only. */
const BETWEEN = /^\s*[，,、；;]\s*((?:大概|大约|约|差不多|估计|应该|其实|实际|具体(?:地)?说?|准确(?:地)?说|确切(?:地)?说|精确(?:地)?说)*(?:是|有)?)\s*$/u;

/** `text` without the bounds a following figure gives the value of; as typed when there are none. */
export function withoutBoundsNarrowed(text: string): string {
  if (!BOUND_WORD.test(text)) return text;
  const figures = figuresOf(text);
  let out = text;
  // from the end, so earlier positions stay
  for (let i = figures.length - 2; i >= 0; i -= 1) {
    const [bound, figure] = [figures[i] as Said, figures[i + 1] as Said];
    const word = BOUND.exec(text.slice(0, bound.start));
    const between = BETWEEN.exec(text.slice(bound.end, figure.start));
    if (!word || !between || !ofOneSort(bound, figure)) continue;
    out = out.slice(0, word.index) + (between[1] ?? '') + out.slice(figure.start);
  }
  return out;
}
