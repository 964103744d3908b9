import { readFileSync } from 'node:fs';
import type { ChatOpenAI } from '@langchain/openai';
import { promptPath } from '../texts.js';
import { structuredModel, type StructuredMethod } from '../llm/model.js';
import type { LlmExtract } from './dialog/deps.js';
import { buildSchema, type Form } from './form.js';
import { parseField } from './parsers/index.js';
import type { FieldValue } from '../store/nomination-types.js';

export interface LlmExtractorOptions {
  model: ChatOpenAI;
  form: Form;
  method: StructuredMethod;
  timeoutMs?: number;
}

/** Longer pastes are cut before they go to the model. */
const MAX_INPUT = 4000;

/**
 * Free text → form fields through LangChain structured output against the form's schema
 * (`buildSchema`, every field optional: normalised numbers in the field's unit, canonical
 * choices). Each value is then read again by the same field parser, so it is stored exactly like
 * a typed answer (with its display text); values the parser rejects are dropped.
 */
export function createLlmExtractor(options: LlmExtractorOptions): LlmExtract {
  const { form } = options;
  // The form's own schema, every field optional: the model fills only what the text states.
  const schema = buildSchema(form).partial();
  const model = structuredModel(options.model, schema, 'nomination_fields', options.method, options.timeoutMs);
  const fields = form.fields
    .map((field) => `- ${field.id}：${field.label}${field.unit ? `（单位：${field.unit}）` : ''} —— ${field.help ?? field.prompt}`)
    .join('\n');
  const system = readFileSync(promptPath('nomination-extract.md'), 'utf8').replace('{fields}', fields);

  return async (text) => {
    const output = await model.invoke([
      { role: 'system', content: system },
      { role: 'user', content: text.slice(0, MAX_INPUT) },
    ]);
    const values: Record<string, FieldValue> = {};
    for (const field of form.fields) {
      const raw = output[field.id];
      if (raw === undefined || raw === null || String(raw).trim() === '') continue;
      const text = typeof raw === 'number' && field.unit ? `${raw}${field.unit === '元/人' ? '元' : field.unit}` : String(raw);
      const parsed = parseField(field, text);
      if (parsed.ok) values[field.id] = parsed.value;
    }
    return values;
  };
}
