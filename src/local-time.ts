/** Instants shown to people: wall-clock minutes in the service time zone, `2026-11-30 11:57`. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO timestamp in `timeZone`; empty for none, the input itself when it is not a time. */
export function formatLocalTime(iso: string | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formatters.get(timeZone);
  if (!format) {
    // Building a DateTimeFormat costs far more than using one; pages and exports format hundreds of times.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
