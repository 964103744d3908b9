import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { openChatSession } from '../../src/commands/chat-session.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { exportJson } from '../../src/nomination/export/json.js';
import { loadForm } from '../../src/nomination/form.js';
import { openDatabase } from '../../src/store/db.js';
import { getDialog, getNomination, listNominations } from '../../src/store/nominations.js';
import type { Db } from '../../src/store/db.js';

/**
 * The scripted-dialog evaluation of `../shared/eval/run_dialogs.py`, in-process: each part of a
 * dialog runs on a freshly created console app (the same `openChatSession` that `gi-bot chat
 * --json` uses) over one SQLite file, so every part boundary is a restart; then the JSON export
 * is compared field by field with the same tolerance and string rules as the script.
 */

const dialogSchema = z.object({
  id: z.string(),
  user: z.string(),
  name: z.string(),
  parts: z.array(z.array(z.string())),
  expect: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ScriptedDialog = z.infer<typeof dialogSchema>;

export const readDialogs = (path: string): ScriptedDialog[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => dialogSchema.parse(JSON.parse(line)));

const TRAIL = /[。．.；;，,、！!～~ \t\u3000]+$/u;
const norm = (s: unknown): string => String(s).trim().replace(TRAIL, '').trim();

export function same(expected: string | number, got: unknown): boolean {
  if (got === undefined || got === null) return false;
  if (typeof expected === 'number') return Math.abs(Number(got) - expected) <= 0.5;
  return norm(expected) === norm(got);
}

export interface DialogScore {
  id: string;
  right: number;
  total: number;
  submitted: boolean;
  wrong: { field: string; expected: string | number; got: unknown }[];
  transcript: string[];
  /** Each line's turn: the question open before it and the fields whose values it changed. */
  turns: TurnTrace[];
}

/** What one scripted line did to the draft (see dialog-variants.ts, which rewords by it). */
export interface TurnTrace {
  part: number;
  line: number;
  /** The field asked when the line was sent, and whether a confirmation was pending then. */
  asked?: string;
  pending: boolean;
  /** Fields whose stored value the line changed, with the new values. */
  changed: Record<string, string | number>;
}

function draftState(db: Db, user: string): { asked?: string; pending: boolean; values: Record<string, string | number> } {
  const state = getDialog(db, 'console', user);
  const record = state?.nominationId ? getNomination(db, state.nominationId) : undefined;
  const values = Object.fromEntries(Object.entries(record?.fields ?? {}).map(([k, v]) => [k, v.value]));
  return { asked: state?.currentField, pending: state?.pending !== undefined, values };
}

interface ExportedRecord {
  status: string;
  fields: Record<string, { value: unknown }>;
}

/** Runs one dialog against a database at `<dir>/<id>.sqlite` (removed first) and scores the export. */
export async function runDialog(dialog: ScriptedDialog, dir: string): Promise<DialogScore> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${dialog.id}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const config = loadConfig({ DATABASE_PATH: path, LLM_BASE_URL: undefined, LLM_API_KEY: undefined, LLM_MODEL: undefined, COORDINATORS: undefined });
  const transcript: string[] = [];
  const turns: TurnTrace[] = [];
  for (const [i, part] of dialog.parts.entries()) {
    transcript.push(`===== part ${i + 1} (restart) =====`);
    const session = await openChatSession(config, { userId: dialog.user, name: dialog.name }, silentLogger);
    try {
      for (const [j, line] of part.entries()) {
        const before = draftState(session.app.db, dialog.user);
        const replies = await session.turn(line.trim());
        const after = draftState(session.app.db, dialog.user).values;
        const changed = Object.fromEntries(Object.entries(after).filter(([k, v]) => before.values[k] !== v));
        turns.push({ part: i, line: j, asked: before.asked, pending: before.pending, changed });
        transcript.push(`>>> ${line}`, ...replies.map((r) => `<<< ${r.text.replace(/\n/g, '\n    ')}`));
      }
    } finally {
      await session.close();
    }
  }
  const db = openDatabase(path);
  const records = listNominations(db, { statuses: ['submitted', 'draft'] });
  db.close();
  const exported = JSON.parse((await exportJson(records, loadForm(config.KNOWLEDGE_DIR))).toString('utf8')) as { records: ExportedRecord[] };
  const rightOf = (r: ExportedRecord) => Object.entries(dialog.expect).filter(([k, v]) => same(v, r.fields[k]?.value)).length;
  const record = exported.records.sort((a, b) => Number(b.status === 'submitted') - Number(a.status === 'submitted') || rightOf(b) - rightOf(a))[0];
  const wrong = Object.entries(dialog.expect)
    .filter(([k, v]) => !same(v, record?.fields[k]?.value))
    .map(([field, expected]) => ({ field, expected, got: record?.fields[field]?.value }));
  const total = Object.keys(dialog.expect).length;
  return { id: dialog.id, right: total - wrong.length, total, submitted: record?.status === 'submitted', wrong, transcript, turns };
}
