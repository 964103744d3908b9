import { t } from '../../texts.js';
import type { FieldValue, NominationRecord } from '../../store/nomination-types.js';
import { auditTrail } from '../../store/audit.js';
import { knownNames } from '../../store/reminder-subscriptions.js';
import { chatIdentityOf, isWebAdmin } from '../identity.js';
import { platformName } from '../views/labels.js';
import type { Db } from '../../store/db.js';
import { getNomination } from '../../store/nominations.js';
import {
  allNominations,
  fieldTotalsByProvince,
  nominationProvinces,
  pageNominationRows,
  submittedByProvince,
  type WebNominationFilter,
  type WebNominationListRow,
} from '../../store/nomination-queries.js';
import type { ExportFile, ExportFormat, NominationQuery, NominationRow, NominationsView } from '../../web-parts.js';

/** A field of the 申报书 form as the console shows it. */
export interface NominationFieldInfo {
  id: string;
  label: string;
  /** Counts towards completeness. */
  required: boolean;
}

/** Turns records into a download; `docx` gets exactly one record (one 申报书). */
export type NominationExporter = (records: NominationRecord[]) => Promise<ExportFile>;

export interface NominationsViewOptions {
  db: Db;
  /** The form's fields in order (src/nomination/form.ts). */
  fields: NominationFieldInfo[];
  /** Field ids of the product name and the two statistics the charts sum. */
  titleField: string;
  outputValueField: string;
  employmentField: string;
  /** Quota per province (附件2): `() => loadQuotas(KNOWLEDGE_DIR)`; null = not set. Read on each call so edits show. */
  quotas: () => Record<string, number | null>;
  exporters: Record<ExportFormat, NominationExporter>;
}

const toFilter = (query: NominationQuery): WebNominationFilter => ({
  province: query.province,
  status: query.status,
  search: query.search,
  owner: query.owner,
});

/** What an audit value (FieldValue JSON) reads as. */
function auditValue(json: string | undefined): string | undefined {
  if (json === undefined) return undefined;
  try {
    const value = JSON.parse(json) as Partial<FieldValue> | string;
    return typeof value === 'string' ? value : (value.display ?? value.raw ?? json);
  } catch {
    return json;
  }
}

/** The nominations page's view of the store, the form, the quotas and the exporters. */
export function createNominationsView(options: NominationsViewOptions): NominationsView {
  const { db, fields, titleField } = options;
  const required = fields.filter((field) => field.required);
  const requiredFields = required.map((field) => field.id);
  const labels = new Map(fields.map((field) => [field.id, field.label]));

  const toRow = (row: WebNominationListRow): NominationRow => ({
    id: row.id,
    title: row.title || t('web.nominations.untitled'),
    province: row.province,
    status: row.status,
    ownerPlatform: row.ownerPlatform,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    completeness: required.length ? row.filled / required.length : 1,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
  });

  const recordRow = (record: NominationRecord): NominationRow =>
    toRow({
      ...record,
      title: record.fields[titleField]?.display,
      filled: required.filter((field) => record.fields[field.id] !== undefined).length,
    });

  return {
    list(query, page) {
      const { rows, total } = pageNominationRows(db, toFilter(query), page, { titleField, requiredFields });
      return { rows: rows.map(toRow), total };
    },
    detail(id) {
      const record = getNomination(db, id);
      if (!record || record.status === 'cancelled') return undefined;
      const trail = auditTrail(db, id);
      const names = knownNames(db, trail.map((entry) => chatIdentityOf(entry.actorPlatform, entry.actorId)));
      const actorName = (platform: string, userId: string): string => {
        const who = chatIdentityOf(platform, userId);
        if (isWebAdmin(who)) return t('web.who.admin');
        if (who.platform === record.ownerPlatform && who.userId === record.ownerId && record.ownerName) return record.ownerName;
        return names.get(`${who.platform}:${who.userId}`) ?? t('web.nominations.someone', { platform: platformName(who.platform) });
      };
      return {
        row: recordRow(record),
        fields: fields.map((field) => ({
          key: field.id,
          label: field.label,
          display: record.fields[field.id]?.display ?? '',
          flagged: record.flagged.includes(field.id),
        })),
        audit: trail.map((entry) => ({
          at: entry.at,
          actor: actorName(entry.actorPlatform, entry.actorId),
          action: t(`web.audit_actions.${entry.action}`),
          field: entry.field ? (labels.get(entry.field) ?? entry.field) : undefined,
          oldValue: auditValue(entry.oldValue),
          newValue: auditValue(entry.newValue),
        })),
      };
    },
    provinces() {
      const names = new Set([...Object.keys(options.quotas()), ...nominationProvinces(db)]);
      return [...names];
    },
    quotas() {
      const used = submittedByProvince(db);
      const quotas = options.quotas();
      const provinces = new Set([...Object.keys(quotas).filter((p) => quotas[p] !== null), ...used.keys()]);
      return [...provinces].map((province) => ({ province, quota: quotas[province] ?? null, used: used.get(province) ?? 0 }));
    },
    totals(query) {
      return fieldTotalsByProvince(db, toFilter(query), options.outputValueField, options.employmentField).map((row) => ({
        province: row.province,
        outputValue: row.a,
        employment: row.b,
      }));
    },
    async exportFile(format, query, id) {
      if (id !== undefined) {
        const record = getNomination(db, id);
        return options.exporters.docx(record ? [record] : []);
      }
      return options.exporters[format](allNominations(db, toFilter(query)));
    },
  };
}
