/**
 * Child process of durability.test.ts: runs the dialog bench's turns on the database file named
 * by argv[2] (as the bot thread opens it: WAL, synchronous=NORMAL, no checkpoints of its own),
 * prints how many turns returned, then kills itself: no close, no checkpoint, no exit handler.
 */
import { loadForm } from '../../src/nomination/form.js';
import { openDatabase } from '../../src/store/db.js';
import { dialogScript, KNOWLEDGE_DIR, runDialogs } from '../../bench/dialog/workload.js';

const path = process.argv[2];
if (!path) throw new Error('usage: crash-child.ts DATABASE_PATH');
const db = openDatabase(path, { backgroundCheckpoints: true });
const form = loadForm(KNOWLEDGE_DIR);
const { turns } = await runDialogs(db, form, dialogScript(form, 4), 20);
process.stdout.write(`${JSON.stringify({ turns, synchronous: db.pragma('synchronous', { simple: true }) })}\n`, () => process.kill(process.pid, 'SIGKILL'));
