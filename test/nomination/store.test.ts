import { afterEach, describe, expect, it } from 'vitest';
import { auditTrail } from '../../src/store/audit.js';
import {
  clearDialog,
  countSubmitted,
  createNomination,
  flagField,
  getDialog,
  getNomination,
  listDrafts,
  listNominations,
  saveDialog,
  setField,
  setStatus,
} from '../../src/store/nominations.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { tempDb } from '../helpers/temp-db.js';

const owner = { platform: 'console', id: 'u1' };
const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 9, minute));
const value = (raw: string, v: string | number, display = String(v)): FieldValue => ({ raw, value: v, display });

describe('nomination store', () => {
  let env: ReturnType<typeof tempDb>;
  afterEach(() => env.cleanup());

  it('creates drafts, sets fields with an audit trail, and survives reopening the file', () => {
    env = tempDb();
    const draft = createNomination(env.db, { formVersion: '2023.1', owner, ownerName: '张三', at: at(0) });
    setField(env.db, draft.id, 'name', value('龙井茶', '龙井茶'), owner, at(1));
    setField(env.db, draft.id, 'province', value('浙江', '浙江省'), owner, at(2));
    setField(env.db, draft.id, 'name', value('西湖龙井', '西湖龙井'), owner, at(3));

    const reopened = env.reopen();
    const record = getNomination(reopened, draft.id);
    expect(record?.fields.name?.value).toBe('西湖龙井');
    expect(record?.province).toBe('浙江省');
    expect(record?.ownerName).toBe('张三');
    const trail = auditTrail(reopened, draft.id);
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'set', 'set', 'set']);
    expect(JSON.parse(trail[3]?.oldValue ?? '{}').value).toBe('龙井茶');
    expect(JSON.parse(trail[3]?.newValue ?? '{}').value).toBe('西湖龙井');
    expect(trail[3]?.at).toBe(at(3).toISOString());
  });

  it('flags, clears and unflags fields; clearing the province clears the column', () => {
    env = tempDb();
    const draft = createNomination(env.db, { formVersion: 'v', owner, at: at(0) });
    flagField(env.db, draft.id, 'phone', owner, at(1));
    flagField(env.db, draft.id, 'phone', owner, at(1));
    expect(getNomination(env.db, draft.id)?.flagged).toEqual(['phone']);
    setField(env.db, draft.id, 'phone', value('138 0000 0000', '13800000000'), owner, at(2));
    expect(getNomination(env.db, draft.id)?.flagged).toEqual([]);
    setField(env.db, draft.id, 'province', value('兵团', '新疆生产建设兵团'), owner, at(3));
    setField(env.db, draft.id, 'province', undefined, owner, at(4));
    const record = getNomination(env.db, draft.id);
    expect(record?.province).toBeUndefined();
    expect(record?.fields.province).toBeUndefined();
    expect(auditTrail(env.db, draft.id).map((e) => e.action)).toEqual(['create', 'flag', 'set', 'set', 'clear']);
  });

  it('lists drafts per owner, most recent first, and submissions per province', () => {
    env = tempDb();
    const a = createNomination(env.db, { formVersion: 'v', owner, at: at(0) });
    const b = createNomination(env.db, { formVersion: 'v', owner, at: at(1) });
    createNomination(env.db, { formVersion: 'v', owner: { platform: 'console', id: 'u2' }, at: at(2) });
    setField(env.db, a.id, 'province', value('浙江', '浙江省'), owner, at(5));
    expect(listDrafts(env.db, 'console', 'u1').map((d) => d.id)).toEqual([a.id, b.id]);

    setStatus(env.db, a.id, 'submitted', owner, at(6));
    setStatus(env.db, b.id, 'cancelled', owner, at(7));
    expect(listDrafts(env.db, 'console', 'u1')).toEqual([]);
    expect(countSubmitted(env.db, '浙江省')).toBe(1);
    expect(countSubmitted(env.db, '江苏省')).toBe(0);
    expect(listNominations(env.db, { statuses: ['submitted'], province: '浙江省' }).map((n) => n.id)).toEqual([a.id]);
    expect(listNominations(env.db, { statuses: ['submitted'], province: '江苏省' })).toEqual([]);
    expect(listNominations(env.db, { statuses: ['submitted', 'draft'] })).toHaveLength(2);
    expect(getNomination(env.db, a.id)?.submittedAt).toBe(at(6).toISOString());
  });

  it('keeps the dialog state per person, including pending confirmations', () => {
    env = tempDb();
    const draft = createNomination(env.db, { formVersion: 'v', owner, at: at(0) });
    saveDialog(
      env.db,
      {
        platform: 'console',
        userId: 'u1',
        nominationId: draft.id,
        currentField: 'phone',
        failures: 2,
        pending: { kind: 'extracted', payload: { output_value: value('3.5亿', 350_000_000, '3.5亿元') } },
        back: ['name', 'province'],
        skipped: ['email'],
      },
      at(1),
    );
    const state = getDialog(env.reopen(), 'console', 'u1');
    expect(state).toMatchObject({ currentField: 'phone', failures: 2, back: ['name', 'province'], skipped: ['email'] });
    expect(state?.pending?.kind === 'extracted' && state.pending.payload.output_value?.value).toBe(350_000_000);
    expect(getDialog(env.db, 'console', 'u2')).toBeUndefined();
    clearDialog(env.db, 'console', 'u1');
    expect(getDialog(env.db, 'console', 'u1')).toBeUndefined();
  });
});
