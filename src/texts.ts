import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * User-facing Chinese text. All of it lives in `prompts/replies*.zh-CN.yml` (one file per
 * feature, merged); code refers to it by dotted key, e.g. `t('qa.declined')`.
 */

const PROMPTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'prompts');

function load(): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (node: unknown, prefix: string): void => {
    if (typeof node === 'string') flat[prefix] = node;
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) walk(value, prefix ? `${prefix}.${key}` : key);
    }
  };
  for (const file of readdirSync(PROMPTS_DIR).filter((f) => /^replies.*\.zh-CN\.yml$/.test(f)).sort()) {
    walk(parse(readFileSync(join(PROMPTS_DIR, file), 'utf8')), '');
  }
  return flat;
}

let table: Record<string, string> | undefined;

/** Looks up a text and fills `{name}` placeholders. A missing key is a programming error. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  table ??= load();
  const template = table[key];
  if (template === undefined) throw new Error(`missing reply text: ${key}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)).trimEnd();
}

/** The path of a prompt file under `prompts/`. */
export const promptPath = (name: string): string => join(PROMPTS_DIR, name);
