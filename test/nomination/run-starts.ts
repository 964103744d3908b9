/**
 * Tuning aid: scores the openings and closings of test/fixtures/nomination-starts/ (see
 * start-eval.ts). Run: node --import tsx test/nomination/run-starts.ts odd|even [v7|v8] [-v]
 * -v lists the ids scored wrong, for the odd (tuning) split only: the even split is scored, never read.
 */
import { readClosings, readOpenings, scoreClosings, scoreOpenings, type Round, type Split } from './start-eval.js';

const split: Split = process.argv[2] === 'even' ? 'even' : 'odd';
const round: Round = process.argv.includes('v8') ? 'v8' : 'v7';
const verbose = process.argv.includes('-v') && split === 'odd';
const openings = await scoreOpenings(readOpenings(split, round));
const closings = await scoreClosings(readClosings(split, round));
if (verbose) for (const w of [...openings.wrong, ...closings.wrong]) console.log(`${w.id}: ${w.got}`);
console.log(`${round} ${split} openings: ${openings.right}/${openings.total}, closings: ${closings.right}/${closings.total}`);
