import { createQaService } from './src/qa/service.js';
import { evaluate, readEvalCases } from './src/qa/eval.js';
import { silentLogger } from './src/log.js';
const qa = await createQaService({ knowledgeDir: 'knowledge', log: silentLogger });
for (const f of process.argv.slice(2)) {
const r = await evaluate(async (q) => ({ answer: await qa.ask(q), passages: await qa.passages(q, 3) }), readEvalCases(f));
console.log(f, JSON.stringify({ ...r, misses: r.misses.length }));
for (const m of r.misses) console.log('MISS', m.id, m.kind, m.q, '=>', m.answer.slice(60, 200).replace(/\n/g,' '));
}
