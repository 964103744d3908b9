import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoordinatorEntry } from '../../src/config.js';
import { createNominationDialog, type LlmExtract } from '../../src/nomination/dialog.js';
import { loadForm, type Form, type FormField } from '../../src/nomination/form.js';
import type { QaEngine } from '../../src/qa/types.js';
import { getDialog, getNomination, listDrafts } from '../../src/store/nominations.js';
import type { NominationRecord } from '../../src/store/nomination-types.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { createTestChat, type TestChat } from '../helpers/chat.js';

/** Shared set-up for the nomination dialog tests: the shipped form, a private copy of knowledge/. */

export const form: Form = loadForm('knowledge');

/** A field of the shipped form by its (stable) id. */
export function field(id: string): FormField {
  const found = form.field(id);
  if (!found) throw new Error(`no field ${id} in ${form.fields.map((f) => f.id).join(', ')}`);
  return found;
}

/** Answers that parse when a field's example in the form file does not. */
const FALLBACK_ANSWERS: Record<string, string> = { registration_no: '第6123456号' };

/** An answer the field accepts: its example, or a known-good fallback. */
export function validAnswer(f: FormField): string {
  const example = f.example ?? '';
  return parseField(f, example).ok ? example : (FALLBACK_ANSWERS[f.id] ?? example);
}

export interface DialogEnv {
  chat: TestChat;
  knowledgeDir: string;
  /** The field the dialog of `user` is asking. */
  current(user?: string): FormField | undefined;
  /** The draft the dialog of `user` works on. */
  draft(user?: string): NominationRecord | undefined;
  drafts(user?: string): NominationRecord[];
  /** Answers every question with its field's example until nothing is left to ask. */
  fillWithExamples(user?: string): Promise<void>;
  /** Answers each question with its field's example until the field `id` is asked (or nothing is). */
  answerUntil(id: string, user?: string): Promise<void>;
  close(): void;
}

export async function dialogEnv(
  options: { coordinators?: CoordinatorEntry[]; qa?: QaEngine; llmExtract?: LlmExtract } = {},
): Promise<DialogEnv> {
  const knowledgeDir = mkdtempSync(join(tmpdir(), 'gi-bot-knowledge-'));
  cpSync('knowledge', knowledgeDir, { recursive: true });
  const feature = createNominationDialog({ form, knowledgeDir, llmExtract: options.llmExtract });
  const chat = await createTestChat({ steps: [feature.step], roles: options.coordinators ?? [], qa: options.qa });
  const env: DialogEnv = {
    chat,
    knowledgeDir,
    current(user = 'u1') {
      const id = getDialog(env.chat.db, 'console', user)?.currentField;
      return form.fields.find((f) => f.id === id);
    },
    draft(user = 'u1') {
      const id = getDialog(env.chat.db, 'console', user)?.nominationId;
      return id ? getNomination(env.chat.db, id) : undefined;
    },
    drafts: (user = 'u1') => listDrafts(env.chat.db, 'console', user),
    async fillWithExamples(user = 'u1') {
      for (let guard = 0; guard < form.fields.length * 2; guard += 1) {
        const asked = env.current(user);
        if (!asked) return;
        await env.chat.as(user).says(validAnswer(asked));
      }
      throw new Error('the dialog did not finish with the examples');
    },
    async answerUntil(id, user = 'u1') {
      for (let guard = 0; guard < form.fields.length * 2; guard += 1) {
        const asked = env.current(user);
        if (!asked || asked.id === id) return;
        await env.chat.as(user).says(validAnswer(asked));
      }
    },
    close() {
      env.chat.close();
      rmSync(knowledgeDir, { recursive: true, force: true });
    },
  };
  return env;
}
