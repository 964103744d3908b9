/** Nomination data shared by the form, the parsers, the dialog, the store and the exports. */

/** Currencies an amount is written in and kept in, never converted: the yuan, and the foreign ones exports are given in. */
export type Currency = '元' | '美元' | '港元' | '欧元' | '日元' | '英镑';

/** A parsed, normalised field value. Money is stored in 元 (or the foreign currency it was written in), counts in 人/个. */
export interface FieldValue {
  /** What the user typed, kept verbatim. */
  raw: string;
  /** Normalised value: a number for numeric fields, a canonical string otherwise. */
  value: string | number;
  unit?: Currency | '人' | '个' | '%' | '元/人';
  /** "约5000万": the user gave an approximate figure. */
  approximate?: boolean;
  /** Taken from how the sender introduced themselves ("我是…的孙晓"), never given as the field's answer: a value given later replaces it without asking. */
  inferred?: boolean;
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
