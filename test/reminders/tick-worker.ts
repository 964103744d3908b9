// A second process ticking the same database file (the "two instances" test).
import { openDatabase } from '../../src/store/db.js';
import { calendarOf, entry, schedulerOf } from './helpers.js';

const [path, from, to, step] = process.argv.slice(2) as [string, string, string, string];
const db = openDatabase(path);
const calendar = calendarOf(db, [entry({ id: 'race', kind: 'deadline', date: '2026-06-10' })]);
const scheduler = schedulerOf(db, calendar);
let queued = 0;
for (let at = Date.parse(from); at <= Date.parse(to); at += Number(step)) queued += scheduler.tick(new Date(at)).queued.length;
db.close();
process.stdout.write(`${queued}\n`);
