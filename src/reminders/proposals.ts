import { t } from '../texts.js';
import type { CalendarEntry } from './calendar-file.js';
import { dayOf, isoDay, isValidDate } from './dates.js';

/** Spots "请于2023年5月8日前…报送" deadlines in a newly ingested notice, for a coordinator to confirm. */

/** A deadline found in a notice; `entry` becomes a calendar entry (with a fresh id) once confirmed. */
export interface ProposedEvent {
  doc: string;
  docTitle: string;
  /** YYYY-MM-DD */
  day: string;
  /** The sentence it was read from. */
  quote: string;
  entry: Omit<CalendarEntry, 'id'>;
}

const SUBMIT_VERBS = /报送|提交|上报|报来|反馈|推荐|申报|寄送|发送/;
const BEFORE_DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:\d{1,2}\s*[:：时]\s*\d{0,2}\s*分?\s*)?(?:前|之前|以前)/g;
const DEADLINE_IS = /截止(?:日期|时间)?(?:为|是|到)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[。；;！!])|\n+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The latest four-digit year mentioned before `index` (dates written without a year take it). */
function yearBefore(text: string, index: number): number | undefined {
  const years = [...text.slice(0, index).matchAll(/(\d{4})\s*年/g)];
  const last = years[years.length - 1];
  return last ? Number(last[1]) : undefined;
}

export function proposeDeadlines(text: string, doc: { doc: string; title: string }): ProposedEvent[] {
  const found = new Map<string, ProposedEvent>();
  let offset = 0;
  for (const sentence of sentences(text)) {
    const at = text.indexOf(sentence.slice(0, 10), offset);
    if (at >= 0) offset = at;
    if (!SUBMIT_VERBS.test(sentence) && !/截止/.test(sentence)) continue;
    const matches = [
      ...[...sentence.matchAll(BEFORE_DATE)].filter(() => SUBMIT_VERBS.test(sentence)),
      ...sentence.matchAll(DEADLINE_IS),
    ];
    for (const match of matches) {
      const year = match[1] ? Number(match[1]) : yearBefore(text, offset + (match.index ?? 0));
      const [month, day] = [Number(match[2]), Number(match[3])];
      if (!year || !isValidDate(year, month, day)) continue;
      const iso = isoDay(dayOf(year, month, day));
      if (found.has(iso)) continue;
      found.set(iso, {
        doc: doc.doc,
        docTitle: doc.title,
        day: iso,
        quote: sentence.slice(0, 300),
        entry: {
          title: t('reminders.proposal_title', { doc: doc.title }).slice(0, 100),
          aliases: [],
          kind: 'deadline',
          nomination: /申报书|名录|推荐/.test(sentence),
          date: iso,
          description: sentence.slice(0, 500),
          submit: /将(.+?)(?:以|通过|按|报送|提交|上报)/.exec(sentence)?.[1]?.trim(),
          how: /((?:以|通过).+?(?:报送|提交|上报|发送).*?)[。；;]?$/.exec(sentence)?.[1]?.trim(),
          source: `${doc.title}（${doc.doc}）`,
          unconfirmed: false,
          roles: ['officer', 'coordinator'],
          scopes: [],
        },
      });
    }
  }
  return [...found.values()];
}
