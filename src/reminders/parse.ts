import { dayOf, isValidDate, type DayNumber } from './dates.js';

/** Parsers for what users type after /提醒; each returns a value or a reason, never throws. */

export const MAX_OFFSET_DAYS = 365;
export const MAX_OFFSETS = 10;

/** "14,7,3,1,0" / "7，3 1" / "7、3、1" → [14,7,3,1,0] (unique, descending). */
export function parseOffsets(text: string): number[] | undefined {
  const parts = text.split(/[\s,，、;；]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > MAX_OFFSETS) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    const cleaned = part.replace(/天$/, '');
    if (!/^\d{1,3}$/.test(cleaned)) return undefined;
    const value = Number(cleaned);
    if (value > MAX_OFFSET_DAYS) return undefined;
    values.push(value);
  }
  return [...new Set(values)].sort((a, b) => b - a);
}

export type DateParse = { ok: true; day: DayNumber } | { ok: false; month?: number; dayOfMonth?: number };

/** "2026-09-10", "2026/9/10", "2026.9.10", "2026年9月10日", or "9月10日" (in `defaultYear`). */
export function parseUserDate(text: string, defaultYear: number): DateParse {
  const trimmed = text.trim();
  const numeric = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(trimmed);
  const chinese = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]?$/.exec(trimmed);
  const match = numeric ?? chinese;
  if (!match) return { ok: false };
  const year = match[1] ? Number(match[1]) : defaultYear;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isValidDate(year, month, day)) return { ok: false, month: month >= 1 && month <= 12 ? month : undefined, dayOfMonth: day };
  return { ok: true, day: dayOf(year, month, day) };
}

/** True when `token` looks like a date someone meant to type (so a bad one is reported, not taken as a name). */
export const looksLikeDate = (token: string): boolean => /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^(\d{4}年)?\d{1,2}月\d{1,2}[日号]?$/.test(token.trim());

/** Event names separated by spaces or Chinese/ASCII commas. */
export const splitNames = (text: string): string[] => text.split(/[\s,，、;；]+/).map((s) => s.trim()).filter(Boolean);

/** The webhook with its key shortened, for replies in a group chat. */
export function maskWebhook(url: string): string {
  const parsed = new URL(url);
  const key = parsed.searchParams.get('key') ?? '';
  return `${parsed.host}…key=${key.slice(0, 4)}…${key.slice(-2)}`;
}
