import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The query-expansion table (query-expansion.yaml): officers' words for the notices' words,
 * everyday words that name nothing, and the sides of a choice a notice settles. Data, so a coordinator extends it without touching code.
 */

const expansionSchema = z.object({
  synonyms: z.array(z.array(z.string().min(1)).min(2)),
  fillers: z.array(z.string().min(1)),
  contrasts: z.array(z.array(z.string().min(1)).min(2)).default([]),
});

export type Expansion = z.infer<typeof expansionSchema>;

/** Parses the table; a malformed file is a programming error naming what is wrong. */
export function parseExpansion(text: string): Expansion {
  return expansionSchema.parse(parse(text));
}

export const EXPANSION: Expansion = parseExpansion(readFileSync(new URL('./query-expansion.yaml', import.meta.url), 'utf8'));
