import { describe, expect, it } from 'vitest';
import { deleteSubscription } from '../../src/store/reminder-subscriptions.js';
import { calendarOf, deliveryRows, entry, reminderRows, schedulerOf, subscribeAt, tickEvery, tempDbPerTest } from './helpers.js';

const temp = tempDbPerTest();

describe('a season of ticks', () => {
  it('sends every reminder exactly once, at 09:00 Shanghai, over 60 days of minute ticks', () => {
    const { db } = temp();
    const scheduler = schedulerOf(db, calendarOf(db), { coordinatorChats: [{ platform: 'console', chatId: 'p2p:coord' }] });
    subscribeAt(db, '2026-03-31T00:00:00Z', { chatId: 'p2p:alice' });
    subscribeAt(db, '2026-03-31T00:00:00Z', { chatId: 'g1', chatType: 'group', events: ['china-brand-day'], offsets: [3, 0], remindAt: 8 * 60 + 30 });
    subscribeAt(db, '2026-03-31T00:00:00Z', { chatId: 'p2p:carol', offsets: [1, 0], shift: true });

    tickEvery(scheduler, '2026-03-31T16:00:00Z', '2026-05-30T15:59:00Z');

    const rows = reminderRows(db);
    const keys = rows.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    const at = (day: string, time = '01:00') => `${day}T${time}:00.000Z`;
    const alice = [
      ['national-ip-week', '2026-04-20', [14, 7, 3, 1, 0]],
      ['world-ip-day', '2026-04-26', [14, 7, 3, 1, 0]],
      ['china-brand-day', '2026-05-10', [14, 7, 3, 1, 0]],
    ].flatMap(([id, day, offsets]) =>
      (offsets as number[]).map((offset) => {
        const due = new Date(Date.parse(`${day as string}T01:00:00Z`) - offset * 86_400_000).toISOString();
        return { key: `reminder:${id as string}:${day as string}:${offset}:console:p2p:alice`, created_at: due };
      }),
    );
    const expected = [
      ...alice,
      { key: 'reminder:china-brand-day:2026-05-10:3:console:g1', created_at: at('2026-05-07', '00:30') },
      { key: 'reminder:china-brand-day:2026-05-10:0:console:g1', created_at: at('2026-05-10', '00:30') },
      // carol shifts off weekends: 4-19 (Sun) → 4-17; 4-26 (Sun) → 4-24 and offset 1 folds into it;
      // 5-10 (Sun) → 5-09, a 调休 Saturday that is a working day.
      { key: 'reminder:national-ip-week:2026-04-20:1:console:p2p:carol', created_at: at('2026-04-17') },
      { key: 'reminder:national-ip-week:2026-04-20:0:console:p2p:carol', created_at: at('2026-04-20') },
      { key: 'reminder:world-ip-day:2026-04-26:0:console:p2p:carol', created_at: at('2026-04-24') },
      { key: 'reminder:china-brand-day:2026-05-10:0:console:p2p:carol', created_at: at('2026-05-09') },
      // 中国国际商标品牌节 (usually June) has no 2026 date: coordinators are asked on 1 May.
      { key: 'reminder-missing:china-trademark-brand-festival:2026:console:p2p:coord', created_at: at('2026-05-01') },
    ];
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(rows.map(({ key, created_at }) => ({ key, created_at })).sort(byKey)).toEqual(expected.sort(byKey));
    expect(deliveryRows(db).every((row) => row.status === 'sent')).toBe(true);
    expect(rows.every((row) => !JSON.parse(row.message).text.includes('延迟'))).toBe(true);
  }, 120_000);
});

const deadline = entry({
  id: 'test-deadline',
  title: '测试申报截止',
  kind: 'deadline',
  nomination: true,
  date: '2026-06-10',
  submit: '申报书电子件（含加盖公章扫描件）',
  how: '以省为单位通过电子邮件报送国家知识产权局运用促进司',
});

describe('restarts, downtime and races', () => {
  it('a tick that dies half way leaves nothing; a new scheduler on the same file sends each once', () => {
    const t = temp();
    for (const user of ['a', 'b', 'c']) subscribeAt(t.db, '2026-05-01T00:00:00Z', { chatId: `p2p:${user}` });
    let calls = 0;
    const crashing = schedulerOf(t.db, calendarOf(t.db, [deadline]), {
      drafts: () => {
        calls += 1;
        if (calls === 2) throw new Error('process killed');
        return [];
      },
    });
    expect(() => crashing.tick(new Date('2026-05-27T01:00:00Z'))).toThrow('process killed');
    expect(reminderRows(t.db)).toHaveLength(0);
    expect(deliveryRows(t.db)).toHaveLength(0);
    t.db.close();

    const db = t.reopen();
    const restarted = schedulerOf(db, calendarOf(db, [deadline]), { drafts: (_p, user) => (user === 'b' ? ['龙井茶'] : []) });
    const first = restarted.tick(new Date('2026-05-27T01:00:30Z'));
    expect(first.queued.map((item) => item.chatId).sort()).toEqual(['p2p:a', 'p2p:b', 'p2p:c']);
    expect(restarted.tick(new Date('2026-05-27T01:01:00Z')).queued).toHaveLength(0);
    const rows = reminderRows(db);
    expect(rows).toHaveLength(3);
    const textOf = (chat: string) => JSON.parse(rows.find((row) => row.chat_id === chat)!.message).text as string;
    expect(textOf('p2p:b')).toMatch(/申报书电子件（含加盖公章扫描件）/);
    expect(textOf('p2p:b')).toMatch(/电子邮件/);
    expect(textOf('p2p:b')).toMatch(/龙井茶/);
    expect(textOf('p2p:a')).not.toMatch(/草稿/);
    expect(textOf('p2p:a')).toMatch(/还有 14 天/);
  });

  it('downtime over a reminder time: sent late once with a note, the older offset recorded missed', () => {
    const { db } = temp();
    subscribeAt(db, '2026-05-01T00:00:00Z', { chatId: 'p2p:a' });
    const scheduler = schedulerOf(db, calendarOf(db, [deadline]));
    expect(scheduler.tick(new Date('2026-05-27T00:59:00Z')).queued).toHaveLength(0);
    // Down from 05-27 00:59Z to 06-04 03:00Z: the 14- and 7-day reminders passed.
    const back = scheduler.tick(new Date('2026-06-04T03:00:00Z'));
    expect(back.queued.map((item) => [item.offset, item.status])).toEqual([[7, 'late']]);
    expect(back.missed.map((item) => item.offset)).toEqual([14]);
    const text = JSON.parse(reminderRows(db)[0]!.message).text as string;
    expect(text).toMatch(/延迟/);
    expect(text).toMatch(/6月3日 09:00/);
    expect(text).toMatch(/还有 6 天/);
    expect(scheduler.tick(new Date('2026-06-04T03:01:00Z')).queued).toHaveLength(0);
    // Back to normal: the 3-day reminder is on time.
    tickEvery(scheduler, '2026-06-07T00:55:00Z', '2026-06-07T01:05:00Z');
    const rows = reminderRows(db);
    expect(rows.map((row) => row.key)).toEqual([
      'reminder:test-deadline:2026-06-10:7:console:p2p:a',
      'reminder:test-deadline:2026-06-10:3:console:p2p:a',
    ]);
    expect(JSON.parse(rows[1]!.message).text).not.toMatch(/延迟/);
  });

  it('downtime over the event: recorded missed, not sent', () => {
    const { db } = temp();
    subscribeAt(db, '2026-05-01T00:00:00Z', { chatId: 'p2p:a' });
    const scheduler = schedulerOf(db, calendarOf(db, [deadline]));
    tickEvery(scheduler, '2026-05-26T00:00:00Z', '2026-06-09T00:00:00Z', 600_000);
    const before = reminderRows(db).length;
    expect(before).toBe(3);
    const back = scheduler.tick(new Date('2026-06-11T02:00:00Z'));
    expect(back.queued).toHaveLength(0);
    expect(back.missed.map((item) => item.offset).sort()).toEqual([0, 1]);
    expect(reminderRows(db)).toHaveLength(before);
    expect(deliveryRows(db).filter((row) => row.status === 'missed')).toHaveLength(2);
  });

  it('a late reminder during a multi-day event is still sent (the event is not over)', () => {
    const { db } = temp();
    subscribeAt(db, '2026-05-01T00:00:00Z', { chatId: 'p2p:a', offsets: [0] });
    const expo = entry({ id: 'expo', range: { start: '2026-06-10', end: '2026-06-12' } });
    const scheduler = schedulerOf(db, calendarOf(db, [expo]));
    scheduler.tick(new Date('2026-06-09T00:00:00Z'));
    const back = scheduler.tick(new Date('2026-06-11T02:00:00Z'));
    expect(back.queued.map((item) => item.status)).toEqual(['late']);
    expect(JSON.parse(reminderRows(db)[0]!.message).text).toMatch(/正在进行/);
  });

  it('two schedulers on two connections to one file, ticking in turn, never duplicate', () => {
    const t = temp();
    const other = t.reopen();
    for (let i = 0; i < 50; i++) subscribeAt(t.db, '2026-05-01T00:00:00Z', { chatId: `p2p:u${i}` });
    const a = schedulerOf(t.db, calendarOf(t.db, [deadline]));
    const b = schedulerOf(other, calendarOf(other, [deadline]));
    let queued = 0;
    for (let at = Date.parse('2026-05-26T16:00:00Z'); at <= Date.parse('2026-06-10T16:00:00Z'); at += 5 * 60_000) {
      queued += a.tick(new Date(at)).queued.length + b.tick(new Date(at)).queued.length;
      queued += b.tick(new Date(at + 1000)).queued.length;
    }
    expect(queued).toBe(250);
    expect(reminderRows(t.db)).toHaveLength(250);
  });

  it('unsubscribing stops future reminders', () => {
    const { db } = temp();
    subscribeAt(db, '2026-05-01T00:00:00Z', { chatId: 'p2p:a' });
    subscribeAt(db, '2026-05-01T00:00:00Z', { chatId: 'p2p:b' });
    const scheduler = schedulerOf(db, calendarOf(db, [deadline]));
    tickEvery(scheduler, '2026-05-27T00:00:00Z', '2026-05-28T00:00:00Z', 300_000);
    expect(reminderRows(db)).toHaveLength(2);
    deleteSubscription(db, 'console', 'p2p:b');
    tickEvery(scheduler, '2026-05-28T00:00:00Z', '2026-06-10T16:00:00Z', 300_000);
    const chats = reminderRows(db).map((row) => row.chat_id);
    expect(chats.filter((c) => c === 'p2p:a')).toHaveLength(5);
    expect(chats.filter((c) => c === 'p2p:b')).toHaveLength(1);
  });

  it('a subscription made after a reminder time does not get that reminder late', () => {
    const { db } = temp();
    const scheduler = schedulerOf(db, calendarOf(db, [deadline]));
    scheduler.tick(new Date('2026-06-01T00:00:00Z'));
    subscribeAt(db, '2026-06-04T00:00:00Z', { chatId: 'p2p:late' });
    const result = scheduler.tick(new Date('2026-06-04T00:01:00Z'));
    expect(result.queued).toHaveLength(0);
    expect(result.missed).toHaveLength(0);
  });
});

describe('start()', () => {
  it('catches up on start: a reminder due while the process was down goes out late once, and senders are told', () => {
    const t = temp();
    subscribeAt(t.db, '2026-05-01T00:00:00Z', { chatId: 'p2p:a' });
    schedulerOf(t.db, calendarOf(t.db, [deadline])).tick(new Date('2026-05-20T00:00:00Z'));
    t.db.close();
    const db = t.reopen();
    let told = 0;
    const scheduler = schedulerOf(db, calendarOf(db, [deadline]), {
      clock: () => new Date('2026-05-28T06:00:00Z'),
      onQueued: () => (told += 1),
    });
    scheduler.start();
    scheduler.stop();
    expect(told).toBe(1);
    expect(reminderRows(db).map((row) => row.key)).toEqual(['reminder:test-deadline:2026-06-10:14:console:p2p:a']);
    expect(JSON.parse(reminderRows(db)[0]!.message).text).toMatch(/延迟/);
  });
});

describe('missing event dates', () => {
  const festival = entry({ id: 'festival', title: '商标品牌节', season: { month: 6 }, dates: { '2025': '2025-09-05' } });
  const conference = entry({ id: 'conference', title: '知识产权年会', season: { month: 6 }, dates: { '2025': '2025-09-11' } });

  it('asks coordinators in private chats once a month before the season, unless the date was added', () => {
    const { db } = temp();
    subscribeAt(db, '2026-04-01T00:00:00Z', { chatId: 'p2p:coord', subscriberRole: 'coordinator' });
    subscribeAt(db, '2026-04-01T00:00:00Z', { chatId: 'g-coord', chatType: 'group', subscriberRole: 'coordinator' });
    subscribeAt(db, '2026-04-01T00:00:00Z', { chatId: 'p2p:officer' });
    const calendar = calendarOf(db, [festival, conference]);
    const scheduler = schedulerOf(db, calendar);
    scheduler.tick(new Date('2026-04-20T00:00:00Z'));
    calendar.save({ ...conference, dates: { ...conference.dates, '2026': '2026-06-20' } }, 'coord', new Date('2026-04-25T00:00:00Z'));
    tickEvery(scheduler, '2026-04-30T00:00:00Z', '2026-05-02T00:00:00Z', 600_000);
    const rows = reminderRows(db).filter((row) => row.key.startsWith('reminder-missing'));
    expect(rows.map((row) => row.key)).toEqual(['reminder-missing:festival:2026:console:p2p:coord']);
    expect(JSON.parse(rows[0]!.message).text).toMatch(/商标品牌节通常在6月举办，日历中还没有2026年的日期.*\/提醒 修改 festival 2026-MM-DD/);
  });
});
