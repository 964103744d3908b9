import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { createApp, type App } from '../../src/main.js';
import { recentOutbox } from '../../src/store/outbox.js';

let dir: string;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const notice = (date: string) => `---\ntitle: 某省关于推荐地理标志的通知\n---\n\n# 某省关于推荐地理标志的通知\n\n请各市于${date}前将推荐材料报送省知识产权局。\n`;

describe('the composed app', () => {
  it('proposes deadlines from the notices at start and after a re-ingest', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gi-bot-app-'));
    const knowledge = join(dir, 'knowledge');
    cpSync('knowledge', knowledge, { recursive: true });
    writeFileSync(join(knowledge, 'province-a.md'), notice('2027年3月15日'));
    const config = parseConfig({ DATABASE_PATH: join(dir, 'db.sqlite'), KNOWLEDGE_DIR: knowledge, COORDINATORS: 'console:coord' });
    app = await createApp(config, { log: silentLogger, clock: () => new Date('2026-11-29T02:00:00Z') });

    const told = () => recentOutbox(app!.db, 20).filter((row) => row.chatId === 'p2p:coord').map((row) => row.message.text);
    expect(told()).toHaveLength(1);
    expect(told()[0]).toMatch(/2027年3月15日/);

    writeFileSync(join(knowledge, 'province-b.md'), notice('2027年4月1日'));
    const report = await app.web.qa!.ingest();
    expect(report.documents.map((d) => d.doc)).toContain('province-b');
    expect(told()).toHaveLength(2);
    // The shipped 2023 deadline is over and already on the calendar: never proposed.
    expect(told().join()).not.toMatch(/2023年5月8日/);
  });
});
