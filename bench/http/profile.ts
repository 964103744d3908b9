/**
 * In-process driver for profiling the nominations list without sockets:
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/http/profile.ts [--requests 200]
 * Prints the mean time per request of page 1 and of a filtered, searched page (same data as run.ts).
 */
import { parseArgs } from 'node:util';
import { createBenchFixture } from './fixture.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '200' }, count: { type: 'string', default: '5000' } } });
const requests = Number(values.requests);

const fixture = createBenchFixture(Number(values.count));
const headers = { cookie: `gi_session=${fixture.sessionId}`, accept: 'text/html' };
const paths = ['/nominations', `/nominations?province=${encodeURIComponent('浙江省')}&q=${encodeURIComponent('产品1')}`];

async function get(path: string): Promise<number> {
  const response = await fixture.server.app.fetch(new Request(`http://127.0.0.1${path}`, { headers }));
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.text()).length;
}

for (const path of paths) for (let i = 0; i < 20; i++) await get(path); // warm-up
for (const path of paths) {
  const started = performance.now();
  let bytes = 0;
  for (let i = 0; i < requests; i++) bytes = await get(path);
  console.log(`${path.padEnd(60)} ${((performance.now() - started) / requests).toFixed(2)} ms/request, ${bytes} bytes`);
}
fixture.cleanup();
