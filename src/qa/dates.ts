import { t } from '../texts.js';
import { normalizeText } from './tokenize.js';

/**
 * Deadlines read against the service clock: a quoted "请于2023年5月8日前……" is followed by
 * "（该截止日期已过）", and "离截止还有几天" is answered in days from today.
 */

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const DEADLINE =
  /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\d{1,2}[时点])?(?:前|之前|以前)|截止(?:日期|时间)?(?:为|是|到|至)?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;
/** The end of a period told by its month ("筹建期为3年(2021年9月至2024年9月)"): the month's last day. */
const PERIOD_END = /[至到](\d{4})年(\d{1,2})月(?![\d份]|\d{1,2}日)/g;

/** The end of a period told by its days ("填报日期为2024年1月15日至2024年3月31日"): its last day. */
const DAY_PERIOD_END = /\d{1,2}日\s*[至到—–-]\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?!前|之前|以前)/g;

const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** "每年12月31日前": a deadline that comes again each year. */
const YEARLY = /(?:每年|每一年|年年)(?:的)?$/;

/**
 * The deadlines a sentence states, as ISO dates; a date without a year is in `year` (the notice's),
 * and one said to come each year is its next one from `today`.
 */
export function deadlinesIn(sentence: string, year: number | undefined, today?: string): string[] {
  const found: string[] = [];
  const text = normalizeText(sentence);
  for (const m of text.matchAll(DEADLINE)) {
    const month = Number(m[2] ?? m[5]);
    const day = Number(m[3] ?? m[6]);
    const stated = m[1] ?? m[4];
    if (!stated && today && YEARLY.test(text.slice(0, m.index).replace(/[应须需要于在]+$/u, ''))) {
      const thisYear = Number(today.slice(0, 4));
      found.push(iso(iso(thisYear, month, day) >= today ? thisYear : thisYear + 1, month, day));
      continue;
    }
    const y = Number(stated ?? year);
    if (!y) continue;
    found.push(iso(y, month, day));
  }
  for (const m of text.matchAll(DAY_PERIOD_END)) {
    const y = Number(m[1] ?? year);
    if (y) found.push(iso(y, Number(m[2]), Number(m[3])));
  }
  for (const m of text.matchAll(PERIOD_END)) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    found.push(iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()));
  }
  return found;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/**
 * What an answer quoting `quote` adds about its deadline: that it has passed, or (when the
 * question asks how long is left) how many days are left. Empty when the quote states none.
 */
export function deadlineNote(quote: string, year: number | undefined, today: string, asksDaysLeft: boolean): string {
  const deadlines = deadlinesIn(quote, year, today);
  if (deadlines.length === 0) return '';
  const last = deadlines.sort().at(-1)!;
  const days = daysBetween(today, last);
  if (days < 0) return t('qa.deadline.passed');
  if (!asksDaysLeft) return '';
  return days === 0 ? t('qa.deadline.today') : t('qa.deadline.days_left', { days });
}

/** A clause dated by its notice ("自即日起核准上述企业…"): the day is the notice's own. */
const SAME_DAY = /即日/;

/**
 * What an answer quoting `quote` adds when the clause takes effect "即日": the notice's date
 * (`date`, ISO), as 2022年8月30日. Empty when the quote says no 即日 or the notice gives no date.
 */
export function sameDayNote(quote: string, date: string | undefined): string {
  const m = date && SAME_DAY.test(quote) ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return m ? t('qa.same_day', { date: `${m[1]}年${Number(m[2])}月${Number(m[3])}日` }) : '';
}
