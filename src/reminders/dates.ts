/**
 * Calendar-date arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian) and
 * wall-clock conversion in an IANA time zone through `Intl` only: no DST assumption, the
 * zone's offset is looked up for the instant in question.
 */

/** Days since 1970-01-01; the unit every occurrence and due date is computed in. */
export type DayNumber = number;

const DAY_MS = 86_400_000;

export function dayOf(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** True when year/month/day names a real date (rejects 2月30日, 2023-02-29). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses `YYYY-MM-DD`; undefined when malformed or not a real date. */
export function parseIsoDay(text: string): DayNumber | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? dayOf(year, month, day) : undefined;
}

export function isoDay(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function partsOf(day: DayNumber): { year: number; month: number; day: number; weekday: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

/** "5月8日" for display. */
export function chineseDay(day: DayNumber, withYear = false): string {
  const p = partsOf(day);
  return `${withYear ? `${p.year}年` : ''}${p.month}月${p.day}日`;
}

/** Minutes after midnight from `HH:MM`; undefined when not a real time of day. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = /^(\d{1,2})[:：](\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Converts between instants and wall-clock dates in one zone; caches per day, since Intl is slow. */
export interface Zone {
  readonly tz: string;
  /** The local calendar day of an instant. */
  dayAt(instant: Date | number): DayNumber;
  /** The instant of local wall-clock `minutes` after midnight on `day`. */
  instantOf(day: DayNumber, minutes: number): number;
}

export function createZone(tz: string): Zone {
  // Throws a RangeError for an unknown zone, which is what an operator should see at startup.
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  /** Local wall-clock of an instant, expressed as if it were UTC, minus the instant: the zone offset. */
  const offsetAt = (instant: number): number => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(instant))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    return local - Math.floor(instant / 1000) * 1000;
  };
  const dayCache = new Map<number, DayNumber>();
  const instantCache = new Map<string, number>();
  return {
    tz,
    dayAt(instant) {
      const ms = typeof instant === 'number' ? instant : instant.getTime();
      // Offsets are whole minutes in every zone in use, so a minute bucket is exact.
      const minute = Math.floor(ms / 60_000);
      let day = dayCache.get(minute);
      if (day === undefined) {
        day = Math.floor((ms + offsetAt(ms)) / DAY_MS);
        if (dayCache.size > 100_000) dayCache.clear();
        dayCache.set(minute, day);
      }
      return day;
    },
    instantOf(day, minutes) {
      const cacheKey = `${day}:${minutes}`;
      const cached = instantCache.get(cacheKey);
      if (cached !== undefined) return cached;
      const wall = day * DAY_MS + minutes * 60_000;
      let instant = wall - offsetAt(wall);
      // A second pass settles instants next to an offset change (a DST switch in zones that have one).
      instant = wall - offsetAt(instant);
      if (instantCache.size > 100_000) instantCache.clear();
      instantCache.set(cacheKey, instant);
      return instant;
    },
  };
}
