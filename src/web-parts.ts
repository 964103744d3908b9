/**
 * What the web console needs from the feature modules, and nothing more. Each is optional:
 * a page whose provider is missing says 未启用. Adapters from the real modules live in
 * `src/http/providers/`.
 */
import type { QaEngine } from './qa/types.js';
import type { NominationStatus } from './store/nomination-types.js';

/** Filters on the nominations list; the server adds the scope of the signed-in user. */
export interface NominationQuery {
  province?: string;
  status?: NominationStatus;
  /** Free text matched against the product name, owner and field values. */
  search?: string;
  /** Only this person's nominations (an officer's session). */
  owner?: { platform: string; userId: string };
}

/** One row of the nominations table. */
export interface NominationRow {
  id: string;
  /** The product name (产品名称) or a placeholder when not yet filled. */
  title: string;
  province?: string;
  status: NominationStatus;
  ownerPlatform: string;
  ownerId: string;
  ownerName?: string;
  /** Share of required fields filled, 0..1. */
  completeness: number;
  updatedAt: string;
  submittedAt?: string;
}

export interface NominationAuditEntry {
  at: string;
  actor: string;
  action: string;
  field?: string;
  oldValue?: string;
  newValue?: string;
}

export interface NominationDetail {
  row: NominationRow;
  fields: { key: string; label: string; display: string; flagged: boolean }[];
  audit: NominationAuditEntry[];
}

/** Quota use of one province (submitted nominations against its quota). */
export interface ProvinceQuota {
  province: string;
  /** Null: no quota set (no cap). */
  quota: number | null;
  used: number;
}

/** Statistics totals of one province's nominations. */
export interface ProvinceTotals {
  province: string;
  /** 年产值 in 元. */
  outputValue: number;
  /** 带动就业 in 人. */
  employment: number;
}

export type ExportFormat = 'csv' | 'xlsx' | 'docx' | 'summary';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

export interface NominationsView {
  /** One page of matching rows, most recently updated first, and the number matching in all. */
  list(query: NominationQuery, page: { offset: number; limit: number }): { rows: NominationRow[]; total: number };
  detail(id: string): NominationDetail | undefined;
  provinces(): string[];
  quotas(): ProvinceQuota[];
  totals(query: NominationQuery): ProvinceTotals[];
  /** `docx` with `id` exports one 申报书; otherwise every nomination matching `query`. */
  exportFile(format: ExportFormat, query: NominationQuery, id?: string): Promise<ExportFile>;
}

/** One occurrence in the calendar, in local days. */
export interface CalendarItem {
  eventId: string;
  title: string;
  kind: 'deadline' | 'event';
  /** `YYYY-MM-DD` of the first day. */
  start: string;
  /** `YYYY-MM-DD` of the last day, for events that span several days. */
  end?: string;
  /** The sources do not confirm the date. */
  unconfirmed: boolean;
  note?: string;
}

/** An event as the add/edit form shows it. */
export interface EventRecord {
  id: string;
  title: string;
  kind: 'deadline' | 'event';
  /** `YYYY-MM-DD` for a one-off, `MM-DD` for every year. */
  date: string;
  /** Last day (same format) for events spanning several days. */
  end?: string;
  description?: string;
  /** False for shapes the form cannot express (dates announced year by year); those are read-only. */
  editable: boolean;
  /** The next (or running) occurrence within a year, `YYYY-MM-DD`. */
  next?: { start: string; end?: string };
  /** Over, with no occurrence to come (已过期). */
  past: boolean;
  /** Days before it is reminded of, when the event sets them (else each subscription's own). */
  offsets?: number[];
}

/** What the add/edit form submits (validated by the server with zod before it gets here). */
export type EventInput = Pick<EventRecord, 'title' | 'kind' | 'date' | 'end' | 'description'>;

/** A chat identity: subscriptions and deliveries of chats it subscribed are its own. */
export interface ChatIdentity {
  platform: string;
  userId: string;
}

export interface SubscriptionRow {
  platform: string;
  chatType: 'p2p' | 'group';
  /** Who subscribed, by name when known (never a raw id). */
  subscriber: string;
  /** Event titles subscribed to; undefined = every event. */
  events?: string[];
  /** Days before, descending. */
  offsets: number[];
  /** `HH:MM` local time. */
  remindAt: string;
  createdAt: string;
}

export type DeliveryStatus = 'queued' | 'sent' | 'late' | 'missed' | 'failed';

export interface DeliveryRow {
  /** When the reminder was due. */
  at: string;
  eventTitle: string;
  platform: string;
  chatType?: 'p2p' | 'group';
  /** Who subscribed the chat, by name when known. */
  subscriber?: string;
  /** `queued` while the outbox still holds it. */
  status: DeliveryStatus;
  /** Queued after its time (a late reminder not sent yet). */
  late: boolean;
  /** The outbox error of a failed send. */
  error?: string;
}

/** A deadline spotted in an uploaded notice, waiting for review. */
export interface ProposalRow {
  id: number;
  title: string;
  /** `YYYY-MM-DD` as read from the notice. */
  date: string;
  docTitle: string;
  quote: string;
}

export interface RemindersView {
  /** Occurrences from the local day of `from` for `days` days. */
  upcoming(from: Date, days: number): CalendarItem[];
  /** The first occurrence after that window (within a year), for an empty window. */
  nextAfter(from: Date, days: number): CalendarItem | undefined;
  events(): EventRecord[];
  event(id: string): EventRecord | undefined;
  /** Adds (no id) or edits an event as `actor`; returns it. Throws `Error` with a Chinese message when refused. */
  saveEvent(input: EventInput, actor: string, id?: string): EventRecord;
  /** Every subscription, or with `own` only those the identities made. */
  subscriptions(own?: ChatIdentity[]): SubscriptionRow[];
  deliveries(limit: number, own?: ChatIdentity[]): DeliveryRow[];
  proposals(): ProposalRow[];
  /** Confirms a proposal on `date` (YYYY-MM-DD) reminding `offsets` days before; undefined when no longer pending. */
  acceptProposal(id: number, changes: { date: string; offsets: number[] }, actor: string): EventRecord | undefined;
  /** False when no longer pending. */
  dismissProposal(id: number, actor: string): boolean;
}

/** What the web console needs of the Q&A: asking, re-indexing, the documents indexed. */
export type QaWeb = Pick<QaEngine, 'ask' | 'ingest' | 'documents'>;

/** What the features give the web console (each feature's `web()`, merged). */
export interface WebParts {
  qa: QaWeb;
  nominations: NominationsView;
  reminders: RemindersView;
}
