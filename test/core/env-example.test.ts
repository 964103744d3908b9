import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig, settingNames } from '../../src/config.js';

describe('.env.example', () => {
  const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
  const names = [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);

  it('lists every setting of the config schema, each under a comment', () => {
    expect(settingNames.length).toBeGreaterThan(20);
    for (const key of settingNames) expect(names, `${key} missing from .env.example`).toContain(key);
    const lines = text.split('\n');
    for (const name of names) {
      const index = lines.findIndex((line) => line.startsWith(`${name}=`));
      expect(lines[index - 1], `${name} needs a comment line above it`).toMatch(/^#/);
    }
  });

  it('parses as a valid configuration when copied as is', () => {
    const env = Object.fromEntries(
      text.split('\n').filter((l) => /^[A-Z]/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(() => parseConfig(env)).not.toThrow();
  });
});
