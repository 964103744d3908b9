import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeFeishu } from './test/helpers/fake-feishu/server.js';
import { heavyJobsLatency } from './bench/webhook/heavy.js';
const fake = await startFakeFeishu();
const dir = mkdtempSync(join(tmpdir(), 'gi-heavy-'));
for (const t of [true, false]) console.log(t, await heavyJobsLatency(fake, dir, t));
await fake.close(); rmSync(dir, { recursive: true, force: true });
