import { t } from '../../texts.js';
import { html, type SafeHtml } from './html.js';

/** One bar: `value` filled, `target` (optional) drawn as an outline behind it. */
export interface BarDatum {
  label: string;
  value: number;
  target?: number;
}

const ROW = 30;
const LABEL_WIDTH = 132;
const BAR_WIDTH = 380;
const VALUE_WIDTH = 150;

/**
 * A horizontal bar chart as inline SVG (no library). Values over their target are drawn in the
 * warning colour so an over-quota province stands out.
 */
export function barChart(options: { title: string; data: BarDatum[]; format: (value: number, target?: number) => string }): SafeHtml {
  const { title, data, format } = options;
  const max = Math.max(1, ...data.map((d) => Math.max(d.value, d.target ?? 0)));
  const height = data.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const scale = (value: number) => Math.round((Math.max(0, value) / max) * BAR_WIDTH);
  const rows = data.map((d, index) => {
    const y = index * ROW + 4;
    const over = d.target !== undefined && d.value > d.target;
    return html`<g class="${over ? 'over' : ''}">
  <text x="${LABEL_WIDTH - 8}" y="${y + 18}" text-anchor="end">${d.label}</text>
  ${d.target !== undefined ? html`<rect class="target" x="${LABEL_WIDTH}" y="${y + 3}" width="${scale(d.target)}" height="20" rx="3"></rect>` : ''}
  <rect class="bar" x="${LABEL_WIDTH}" y="${y + 5}" width="${scale(d.value)}" height="16" rx="3"></rect>
  <text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 18}">${format(d.value, d.target)}</text>
</g>`;
  });
  return html`<figure class="chart">
<figcaption>${title}</figcaption>
<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}">${rows}</svg>
</figure>`;
}

/** One province's quota use: `quota` null means no cap. */
export interface QuotaDatum {
  label: string;
  used: number;
  quota: number | null;
}

/**
 * Quota use per province: each bar is the share of that province's own quota (the dashed
 * outline is the whole quota; over it, the bar turns red and runs to the edge). A province
 * without a cap has no share to draw: only its count, marked 不限.
 */
export function quotaChart(options: { title: string; data: QuotaDatum[]; format: (used: number, quota: number | null) => string }): SafeHtml {
  const bars = options.data.map((d) =>
    d.quota === null
      ? { label: d.label, value: 0, unlimited: true, text: options.format(d.used, null) }
      : { label: d.label, value: d.quota === 0 ? (d.used > 0 ? 2 : 0) : d.used / d.quota, unlimited: false, text: options.format(d.used, d.quota) },
  );
  const height = bars.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const rows = bars.map((d, index) => {
    const y = index * ROW + 4;
    return html`<g class="${d.value > 1 ? 'over' : ''}${d.unlimited ? ' unlimited' : ''}">
  <text x="${LABEL_WIDTH - 8}" y="${y + 18}" text-anchor="end">${d.label}</text>
  ${d.unlimited ? '' : html`<rect class="target" x="${LABEL_WIDTH}" y="${y + 3}" width="${BAR_WIDTH}" height="20" rx="3"></rect>
  <rect class="bar" x="${LABEL_WIDTH}" y="${y + 5}" width="${Math.round(Math.min(1, d.value) * BAR_WIDTH)}" height="16" rx="3"></rect>`}
  <text x="${d.unlimited ? LABEL_WIDTH : LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 18}">${d.text}</text>
</g>`;
  });
  return html`<figure class="chart quota-chart">
<figcaption>${options.title}</figcaption>
<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${options.title}">${rows}</svg>
</figure>`;
}

/** A small progress bar (quota use, completeness) as inline SVG. */
export function meter(fraction: number, label: string): SafeHtml {
  const clamped = Math.max(0, Math.min(1, fraction));
  return html`<svg class="meter${fraction > 1 ? ' over' : ''}" viewBox="0 0 100 10" width="100" height="10" role="img" aria-label="${label}"><rect class="track" width="100" height="10" rx="3"></rect><rect class="fill" width="${Math.round(clamped * 100)}" height="10" rx="3"></rect></svg>`;
}

/** Money in 元 rendered the way officers read it: 3.5亿 / 1200万 / 800元. */
export function formatYuan(yuan: number): string {
  if (Math.abs(yuan) >= 1e8) return t('web.units.yi_yuan', { n: trim(yuan / 1e8) });
  if (Math.abs(yuan) >= 1e4) return t('web.units.wan_yuan', { n: trim(yuan / 1e4) });
  return t('web.units.yuan', { n: trim(yuan) });
}

/** People as officers read them, the same everywhere: 1200人 / 1.5万人. */
export function formatPeople(people: number): string {
  return Math.abs(people) >= 1e4 ? t('web.units.wan_people', { n: trim(people / 1e4) }) : t('web.units.people', { n: trim(people) });
}

const trim = (value: number): string => String(Math.round(value * 100) / 100);
