/** `text` as a regular-expression pattern that matches it literally ("1.5亿（元）" → "1\.5亿（元）"). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The spaces parting words: half-width, tabs and the full-width space (　). */
export const SPACE_RUN = /[ \t\u3000]+/u;
