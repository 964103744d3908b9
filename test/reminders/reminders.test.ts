import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { createReminders } from '../../src/reminders/reminders.js';
import { recentOutbox } from '../../src/store/outbox.js';
import { tempDb } from '../helpers/temp-db.js';

let t: ReturnType<typeof tempDb>;
afterEach(() => t?.cleanup());

const coordinator = { platform: 'console' as const, chatId: 'p2p:coord', userId: 'coord' };

function feature(now: string) {
  t?.cleanup();
  t = tempDb();
  return createReminders({
    db: t.db,
    clock: () => new Date(now),
    log: silentLogger,
    tz: 'Asia/Shanghai',
    cron: '* * * * *',
    knowledgeDir: 'knowledge',
    coordinatorChats: [coordinator],
  });
}

describe('deadline proposals from ingested notices', () => {
  it('proposes a future deadline once and tells the coordinators', () => {
    const reminders = feature('2026-11-29T02:00:00Z');
    const notice = '请各省于2027年3月15日前将推荐材料报送国家知识产权局。';
    const doc = { doc: 'provincial-2027', title: '某省关于推荐第三批名录的通知' };
    expect(reminders.proposeFromNotice(notice, doc).map((p) => p.day)).toEqual(['2027-03-15']);
    expect(reminders.proposeFromNotice(notice, doc)).toEqual([]);
    const told = recentOutbox(t.db, 10).filter((row) => row.chatId === coordinator.chatId);
    expect(told).toHaveLength(1);
    expect(told[0]?.message.text).toMatch(/2027年3月15日/);
  });

  it('skips deadlines that are over or already on the calendar', () => {
    const late = feature('2026-11-29T02:00:00Z');
    const shipped = '请于2023年5月8日前将申报书电子件（含加盖公章扫描件）以省为单位通过电子邮件形式报送国家知识产权局运用促进司。';
    expect(late.proposeFromNotice(shipped, { doc: 'notice-2023', title: '2023年通知' })).toEqual([]);
    const early = feature('2023-04-01T02:00:00Z');
    expect(early.proposeFromNotice(shipped, { doc: 'notice-2023', title: '2023年通知' })).toEqual([]);
    expect(recentOutbox(t.db, 10)).toEqual([]);
  });
});
