/**
 * Tuning aid: scores the single answers of test/fixtures/nomination-fields/ (see field-eval.ts).
 * Run: node --import tsx test/nomination/run-fields.ts odd|even [-v]
 * -v lists the items scored wrong, for the odd (tuning) split only: the even split is scored, never read.
 */
import { readFieldItems, scoreFieldItems, summary } from './field-eval.js';
import type { Split } from './start-eval.js';

const split: Split = process.argv[2] === 'even' ? 'even' : 'odd';
const verbose = process.argv.includes('-v') && split === 'odd';
const items = readFieldItems(split);
const score = await scoreFieldItems(items);
if (verbose) {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const w of score.wrong) console.log(`${w.id} [${byId.get(w.id)?.asked}] ${JSON.stringify(byId.get(w.id)?.text)}\n    ${w.got}`);
}
console.log(summary(split, score));
