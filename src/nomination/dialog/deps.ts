import type { Form } from '../form.js';
import type { FieldValue, NominationRecord } from '../../store/nomination-types.js';
import type { ExportFormat } from './export-file.js';

/**
 * Reads fields out of free text with an LLM (structured output against the form's schema);
 * returns normalised values only. Throws when the endpoint fails.
 */
export type LlmExtract = (text: string) => Promise<Record<string, FieldValue>>;

/** What the dialog needs besides the turn. */
export interface DialogDeps {
  form: Form;
  /** Where the quota table lives (`loadQuotas`). */
  knowledgeDir: string;
  llmExtract?: LlmExtract;
  botName: string;
  /** Writes an export file where heavy jobs run (the work thread in the service), never in the turn's thread. */
  writeExport: WriteExport;
}

/** Renders `records` as `format` into `out` (the format's extension added); returns the file. */
export type WriteExport = (request: { format: ExportFormat; records: NominationRecord[]; out: string }) => Promise<{ path: string; name: string }>;
