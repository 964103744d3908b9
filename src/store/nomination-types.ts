/** Nomination data shared by the form, the parsers, the dialog, the store and the exports. */

/** A parsed, normalised field value. Money is stored in 元 (or 美元 for USD amounts), counts in 人/个. */
export interface FieldValue {
  /** What the user typed, kept verbatim. */
  raw: string;
  /** Normalised value: a number for numeric fields, a canonical string otherwise. */
  value: string | number;
  unit?: '元' | '美元' | '人' | '个' | '%' | '元/人';
  /** "约5000万": the user gave an approximate figure. */
  approximate?: boolean;
  /** Human-readable Chinese rendering, e.g. "3.5亿元", used in summaries and exports. */
  display: string;
}

export type NominationStatus = 'draft' | 'submitted' | 'cancelled';

export interface NominationRecord {
  id: string;
  formVersion: string;
  ownerPlatform: string;
  ownerId: string;
  ownerName?: string;
  status: NominationStatus;
  /** Canonical province name, copied out of `fields.province` for filtering and quotas. */
  province?: string;
  fields: Record<string, FieldValue>;
  /** Fields the user skipped after failing validation, to be checked by a coordinator. */
  flagged: string[];
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
}
