import { loadKnowledge } from './src/qa/ingest/load.js';
import { chunkDocument } from './src/qa/chunk.js';
import { createSearchIndex } from './src/qa/index.js';
import { judgeRelevance } from './src/qa/relevance.js';
import { readEvalCases } from './src/qa/eval.js';
import { silentLogger } from './src/log.js';
const r = await loadKnowledge('knowledge', silentLogger);
const idx = createSearchIndex(r.documents.flatMap(chunkDocument));
const rows: [number, string, string][] = [];
for (const f of process.argv.slice(2)) for (const c of readEvalCases(f)) { const res = idx.search(c.q, 10); rows.push([judgeRelevance(idx,res).score, c.kind, c.q]); }
rows.sort((a,b)=>a[0]-b[0]); for (const r of rows) if (r[0] > 0.25 && r[0] < 0.75) console.log(r[0].toFixed(2), r[1], r[2]);
