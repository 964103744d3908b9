import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * README's "Architecture" section is drawn from the code: every path it names exists, and each
 * hop of a Feishu message's way from src/main.ts (at most three) names a function its file exports
 * and src/main.ts calls.
 */

const README = readFileSync('README.md', 'utf8');

/** The text from `## heading` to the next second-level heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** `src/{a,b}/entry.ts` -> `src/a/entry.ts`, `src/b/entry.ts`. */
function expand(path: string): string[] {
  const brace = /\{([^{}]*)\}/.exec(path);
  if (!brace) return [path];
  return brace[1]!.split(',').flatMap((part) => expand(path.slice(0, brace.index) + part + path.slice(brace.index + brace[0].length)));
}

/** Paths under src/, adapters/, test/ and bench/ named in `text`, as written (braces expanded). */
function pathsIn(text: string): string[] {
  const named = text.match(/(?<![\w/.-])(?:src|adapters|test|bench)\/[\w./{},-]*[\w/}]/g) ?? [];
  return [...new Set(named.flatMap(expand).map((path) => path.replace(/\/$/, '')))];
}

/** A named path exists as written, or (written without extension, as in the drawing) as its `.ts` file. */
const exists = (path: string): boolean => existsSync(path) || (!/\.\w+$/.test(path) && existsSync(`${path}.ts`));

/** The numbered hops: `**`name`** (`path`)`. */
function hopsIn(text: string): { name: string; path: string }[] {
  return [...text.matchAll(/^\d+\. \*\*`(\w+)`\*\* \(`([^`]+)`\)/gm)].map((match) => ({ name: match[1]!, path: match[2]! }));
}

const architecture = section(README, 'Architecture');

describe("README's architecture section", () => {
  it('names only paths that exist', () => {
    const named = pathsIn(architecture);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((path) => !exists(path))).toEqual([]);
  });

  it('would catch a path that does not exist, and reads braces and bare module names', () => {
    const named = pathsIn('the core (`src/bot/core.ts`), `src/{qa,login}/entry.ts`, src/bot/pipeline → src/store: …');
    expect(named).toEqual(['src/bot/core.ts', 'src/qa/entry.ts', 'src/login/entry.ts', 'src/bot/pipeline', 'src/store']);
    expect(named.filter((path) => !exists(path))).toEqual(['src/bot/core.ts']);
  });

  it('follows a Feishu message from src/main.ts to its reply in at most three named hops, each called there', () => {
    const hops = hopsIn(architecture);
    expect(hops.length).toBeGreaterThan(0);
    expect(hops.length).toBeLessThanOrEqual(3);
    const main = readFileSync('src/main.ts', 'utf8');
    for (const { name, path } of hops) {
      const file = statSync(path).isDirectory() ? `${path}/index.ts` : path;
      expect(readFileSync(file, 'utf8'), `${path} exports ${name}`).toMatch(new RegExp(`export (async )?function ${name}\\b`));
      expect(main, `src/main.ts calls ${name}`).toMatch(new RegExp(`\\b${name}\\(`));
    }
  });
});
