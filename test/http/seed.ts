import type { FieldValue } from '../../src/store/nomination-types.js';
import type { Db } from '../../src/store/db.js';
import { createNomination, flagField, setField, setStatus } from '../../src/store/nominations.js';

/** Field ids the web tests use (the form's real ids are wired in by the lead). */
export const TEST_FIELDS = [
  { id: 'productName', label: '产品名称', required: true },
  { id: 'province', label: '所在省份', required: true },
  { id: 'outputValue', label: '年产值', required: true },
  { id: 'employment', label: '带动就业人数', required: true },
  { id: 'intro', label: '产品简介', required: false },
];

const fieldValue = (value: string | number): FieldValue =>
  typeof value === 'number' ? { raw: String(value), value, display: String(value) } : { raw: value, value, display: value };

/** Creates a nomination through the real store (audited like the dialog does). */
export function seedNomination(
  db: Db,
  input: { ownerId: string; ownerName?: string; fields: Record<string, string | number>; submit?: boolean; flag?: string[]; at?: Date },
): string {
  const at = input.at ?? new Date('2026-03-30T08:00:00Z');
  const actor = { platform: 'feishu', id: input.ownerId };
  const record = createNomination(db, { formVersion: 'test', owner: actor, ownerName: input.ownerName, at });
  for (const [field, value] of Object.entries(input.fields)) setField(db, record.id, field, fieldValue(value), actor, at);
  for (const field of input.flag ?? []) flagField(db, record.id, field, actor, at);
  if (input.submit) setStatus(db, record.id, 'submitted', actor, at);
  return record.id;
}
