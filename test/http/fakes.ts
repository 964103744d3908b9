import type {
  EventInput,
  EventRecord,
  NominationDetail,
  NominationQuery,
  NominationRow,
  NominationsView,
  RemindersView,
} from '../../src/web-parts.js';

/** In-memory nominations that honour every filter, so scope tests are real. */
export function createFakeNominations(rows: NominationRow[]): NominationsView & { exports: { format: string; query: NominationQuery }[] } {
  const matches = (row: NominationRow, q: NominationQuery) =>
    (!q.province || row.province === q.province) &&
    (!q.status || row.status === q.status) &&
    (!q.search || row.title.includes(q.search)) &&
    (!q.owner || (row.ownerPlatform === q.owner.platform && row.ownerId === q.owner.userId));
  const view = {
    exports: [] as { format: string; query: NominationQuery }[],
    list: (q: NominationQuery, page = { offset: 0, limit: 1000 }) => {
      const all = rows.filter((row) => matches(row, q));
      return { rows: all.slice(page.offset, page.offset + page.limit), total: all.length };
    },
    detail: (id: string): NominationDetail | undefined => {
      const row = rows.find((r) => r.id === id);
      return row && { row, fields: [{ key: 'name', label: '产品名称', display: row.title, flagged: false }], audit: [] };
    },
    provinces: () => [...new Set(rows.map((r) => r.province).filter((p): p is string => Boolean(p)))],
    quotas: () => view.provinces().map((province) => ({ province, quota: 3, used: rows.filter((r) => r.province === province && r.status === 'submitted').length })),
    totals: (q: NominationQuery) => view.provinces().map((province) => ({ province, outputValue: 1e8 * view.list({ ...q, province }).total, employment: 100 })),
    async exportFile(format: string, query: NominationQuery, id?: string) {
      view.exports.push({ format, query });
      const selected = id ? rows.filter((r) => r.id === id) : view.list(query).rows;
      return { fileName: `提名.${format}`, contentType: 'text/csv; charset=utf-8', body: new TextEncoder().encode(selected.map((r) => r.id).join('\n')) };
    },
  };
  return view;
}

export function nominationRow(overrides: Partial<NominationRow> & { id: string }): NominationRow {
  return {
    title: `产品${overrides.id}`,
    province: '浙江省',
    status: 'draft',
    ownerPlatform: 'feishu',
    ownerId: 'ou_a',
    completeness: 0.5,
    updatedAt: '2026-03-30T08:00:00Z',
    ...overrides,
  };
}

export function createFakeReminders(): RemindersView & { saved: (EventRecord & { actor: string })[] } {
  const yearly: EventRecord = { id: 'brand-day', title: '中国品牌日', kind: 'event', date: '05-10', editable: true, past: false, next: { start: '2026-05-10' } };
  const announced: EventRecord = { id: 'ip-conference', title: '中国知识产权年会', kind: 'event', date: '2026-09-20', end: '2026-09-21', editable: false, past: false };
  const saved: (EventRecord & { actor: string })[] = [];
  let next = 1;
  const all = () => [yearly, announced, ...saved];
  return {
    saved,
    upcoming: (from: Date) =>
      all().map((e) => ({ eventId: e.id, title: e.title, kind: e.kind, start: from.toISOString().slice(0, 10), end: e.end, unconfirmed: !e.editable, note: e.description })),
    events: all,
    event: (id: string) => all().find((e) => e.id === id),
    saveEvent(input: EventInput, actor: string, id?: string) {
      if (input.title.includes('拒绝')) throw new Error('这个名称不能用');
      const record = { ...input, id: id ?? `ev${next++}`, editable: true, past: false, actor };
      const index = saved.findIndex((e) => e.id === record.id);
      if (index >= 0) saved[index] = record;
      else saved.push(record);
      return record;
    },
    nextAfter: () => undefined,
    subscriptions: () => [{ platform: 'feishu', chatType: 'group', subscriber: '王科长', events: ['中国品牌日'], offsets: [7, 1], remindAt: '09:00', createdAt: '2026-03-01T00:00:00Z' }],
    deliveries: () => [
      { at: '2026-03-31T01:00:00Z', eventTitle: '申报截止', platform: 'feishu', chatType: 'group', subscriber: '王科长', status: 'sent', late: false },
      { at: '2026-03-31T01:00:00Z', eventTitle: '申报截止', platform: 'feishu', chatType: 'group', status: 'failed', late: false, error: 'rate_limited' },
      { at: '2026-03-30T01:00:00Z', eventTitle: '世界知识产权日', platform: 'wechat', status: 'missed', late: false },
    ],
    proposals: () => [],
    acceptProposal: () => undefined,
    dismissProposal: () => false,
  };
}
