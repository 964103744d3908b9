/**
 * Tuning aid: scores a dialogs file in-process (see dialog-eval.ts) and prints what went wrong.
 * Run: node --import tsx test/nomination/run-dialogs.ts FILE.jsonl [-v] [--only ID,ID]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDialogs, runDialog } from './dialog-eval.js';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : undefined;
const file = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--only') ?? 'test/fixtures/nomination-dialogs/public-sample.jsonl';
const dir = mkdtempSync(join(tmpdir(), 'gi-bot-dialogs-'));
let right = 0;
let total = 0;
let submitted = 0;
let count = 0;
for (const dialog of readDialogs(file)) {
  if (only && !only.has(dialog.id)) continue;
  const score = await runDialog(dialog, dir);
  count += 1;
  right += score.right;
  total += score.total;
  if (score.submitted) submitted += 1;
  console.log(`## ${score.id}: ${score.right}/${score.total}${score.submitted ? '' : ' NOT SUBMITTED'}`);
  for (const w of score.wrong) console.log(`   - ${w.field}: expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.got)}`);
  if (verbose && (score.wrong.length > 0 || !score.submitted)) console.log(score.transcript.map((l) => `     ${l}`).join('\n'));
}
rmSync(dir, { recursive: true, force: true });
console.log(`dialogs: ${right}/${total} fields right (${((100 * right) / total).toFixed(1)}%), ${submitted}/${count} submitted`);
