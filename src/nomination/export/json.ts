import { valueLines, type Form } from '../form.js';
import type { NominationRecord } from '../../store/nomination-types.js';

/** JSON: the form version and every nomination with its normalised fields, labelled. */
export async function exportJson(records: NominationRecord[], form: Form): Promise<Buffer> {
  const out = {
    form: { version: form.version, title: form.title },
    count: records.length,
    records: records.map((r) => ({
      id: r.id,
      status: r.status,
      province: r.province ?? null,
      formVersion: r.formVersion,
      owner: { platform: r.ownerPlatform, id: r.ownerId, name: r.ownerName ?? null },
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      submittedAt: r.submittedAt ?? null,
      flagged: r.flagged,
      fields: Object.fromEntries(
        valueLines(form, r.fields)
          .filter((line) => line.value)
          .map((line) => [line.id, { label: line.label, ...line.value, inCurrentForm: line.current }]),
      ),
    })),
  };
  return Buffer.from(`${JSON.stringify(out, null, 2)}\n`, 'utf8');
}
