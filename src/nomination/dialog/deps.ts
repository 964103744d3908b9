import type { Form } from '../form.js';
import type { FieldValue } from '../../store/nomination-types.js';

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
}
