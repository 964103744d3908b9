import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { leaseOwnerIsGone, leaseOwnerOf } from '../../src/bot/lease-owner.js';
import { createOutboxSender } from '../../src/bot/outbox-sender.js';
import { silentLogger } from '../../src/log.js';
import type { ConversationRef, OutgoingMessage } from '../../src/platform.js';
import { claimDue, enqueue, outboxByKey } from '../../src/store/outbox.js';
import { eventually } from '../helpers/fake-feishu/harness.js';
import { tempDb } from '../helpers/temp-db.js';

let t: ReturnType<typeof tempDb>;
const children: ChildProcess[] = [];
afterEach(() => {
  t?.cleanup();
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A real process that idles until killed. */
async function idleProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000); console.log("up")'], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  await once(child.stdout!, 'data');
  return child;
}

describe('outbox leases after a crash', () => {
  it('a row leased by a process that is gone is sent at once; one leased by a live process waits for its lease', async () => {
    t = tempDb();
    let now = new Date('2026-05-01T00:00:00Z');
    const dead = await idleProcess();
    const deadOwner = leaseOwnerOf(dead.pid);
    dead.kill('SIGKILL');
    await once(dead, 'exit');
    const live = await idleProcess();
    enqueue(t.db, 'from-dead', { platform: 'console', chatId: 'a' }, { text: '甲' }, now);
    expect(claimDue(t.db, 'console', now, 60_000, 10, deadOwner)).toHaveLength(1);
    enqueue(t.db, 'from-live', { platform: 'console', chatId: 'b' }, { text: '乙' }, now);
    expect(claimDue(t.db, 'console', now, 60_000, 10, leaseOwnerOf(live.pid))).toHaveLength(1);

    const sent: string[] = [];
    const adapter = {
      platform: 'console' as const,
      async send(_ref: ConversationRef, message: OutgoingMessage) {
        sent.push(message.text);
        return {};
      },
    };
    const sender = createOutboxSender({ db: t.db, adapter, clock: () => now, log: silentLogger, rate: { count: 100, perMs: 1000 }, maxAttempts: 5 });
    sender.start();
    try {
      await eventually(() => expect(outboxByKey(t.db, 'from-dead')).toMatchObject({ status: 'sent', attempts: 2 }));
      expect(sent).toEqual(['甲']);
      expect(outboxByKey(t.db, 'from-live')?.status).toBe('sending');
      now = new Date(now.getTime() + 61_000);
      await sender.drain();
      expect(sent).toEqual(['甲', '乙']);
    } finally {
      await sender.stop();
    }
  });

  it('tells a gone owner by its pid, a reused pid, or a reboot; leaves other hosts and unreadable owners to the lease', async () => {
    const live = await idleProcess();
    const owner = JSON.parse(leaseOwnerOf(live.pid)) as { host: string; boot: string; pid: number; start: string };
    expect(leaseOwnerIsGone(leaseOwnerOf())).toBe(false);
    expect(leaseOwnerIsGone(JSON.stringify(owner))).toBe(false);
    expect(leaseOwnerIsGone(JSON.stringify({ ...owner, start: String(Number(owner.start) - 1) }))).toBe(true);
    expect(leaseOwnerIsGone(JSON.stringify({ ...owner, boot: 'an-earlier-boot' }))).toBe(true);
    expect(leaseOwnerIsGone(JSON.stringify({ ...owner, host: `not-${hostname()}`, boot: 'other' }))).toBe(false);
    expect(leaseOwnerIsGone('not json')).toBe(false);
    live.kill('SIGKILL');
    await once(live, 'exit');
    expect(leaseOwnerIsGone(JSON.stringify(owner))).toBe(true);
  });
});
