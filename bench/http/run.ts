/**
 * HTTP benchmark: requests per second and p99 latency of /readyz and the nominations list
 * (5,000 seeded nominations, first page), against a bare hono "ok" route measured in the same
 * run on 127.0.0.1. Run: node --import tsx bench/http/run.ts [--seconds 5] [--connections 10]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { createBenchFixture } from './fixture.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' }, count: { type: 'string', default: '5000' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const count = Number(values.count);

const fixture = createBenchFixture(count);
const { server, sessionId, seedMs } = fixture;
const app = await server.listen(0, '127.0.0.1');

const bare = new Hono();
bare.get('/ok', (c) => c.text('ok'));
const baseline = await new Promise<{ url: string; close: () => void }>((resolve) => {
  const s = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve({ url: `http://127.0.0.1:${info.port}`, close: () => s.close() }));
});

async function measure(name: string, url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { name, rps: result.requests.average, p99: result.latency.p99 };
}

const results = [
  await measure('baseline: bare hono "ok"', `${baseline.url}/ok`),
  await measure('/readyz', `${app.url}/readyz`),
  await measure(`/nominations (${count} seeded, page 1)`, `${app.url}/nominations`, { cookie: `gi_session=${sessionId}`, accept: 'text/html' }),
  await measure(`/nominations?province=浙江省&q=产品1`, `${app.url}/nominations?province=${encodeURIComponent('浙江省')}&q=${encodeURIComponent('产品1')}`, {
    cookie: `gi_session=${sessionId}`,
    accept: 'text/html',
  }),
];
const base = results[0]!;

console.log(`\nHTTP benchmark (load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}): ${seconds}s each, ${connections} connections, 127.0.0.1 (seeded ${count} nominations in ${Math.round(seedMs)} ms)\n`);
console.log(`${'endpoint'.padEnd(44)}${'req/s'.padStart(10)}${'p99 ms'.padStart(10)}${'rps ÷ baseline'.padStart(17)}${'p99 × max(1, baseline)'.padStart(24)}`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(44)}${r.rps.toFixed(0).padStart(10)}${r.p99.toFixed(1).padStart(10)}${(r.rps / base.rps).toFixed(3).padStart(17)}${(r.p99 / Math.max(base.p99, 1)).toFixed(1).padStart(24)}`,
  );
}

baseline.close();
await app.close();
fixture.cleanup();
