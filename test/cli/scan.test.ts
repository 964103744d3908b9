import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * What the command line writes for people comes from prompts (`t()`); what it writes for
 * scripts is JSON. A string literal holding ASCII letters that reaches process.stdout or
 * process.stderr by any other way is English written into the code. Followed: the arguments
 * of a write, of a function that writes its parameters (`say`), the variables they write
 * (`lines.push(…)` … `write(lines.join('\n'))`) and the bodies of the functions they call.
 * Not text: `t()`'s key, JSON, what is only compared (`kind === 'answer'`), and literals handed
 * to a function that is not followed (keys, option names, separators).
 */

const WRITES = new Set(['process.stdout.write', 'process.stderr.write']);
const COMPARISONS = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

type Fn = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

const calleeOf = (node: ts.CallExpression): string => node.expression.getText();

function eachNode(root: ts.Node, visit: (node: ts.Node) => void): void {
  visit(root);
  ts.forEachChild(root, (child) => eachNode(child, visit));
}

/** Named functions (`function f`, `const f = () =>`) of every file, by name. */
function functionsByName(files: ts.SourceFile[]): Map<string, Fn> {
  const functions = new Map<string, Fn>();
  for (const file of files) {
    eachNode(file, (node) => {
      if (ts.isFunctionDeclaration(node) && node.name) functions.set(node.name.text, node);
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) {
        functions.set(node.name.text, node.initializer);
      }
    });
  }
  return functions;
}

/** The names whose value is written as it is: `lines` in `lines.join('\n')`, not `x` in `f(x)`. */
function directNames(node: ts.Node, names = new Set<string>()): Set<string> {
  if (ts.isIdentifier(node)) names.add(node.text);
  else if (ts.isCallExpression(node)) {
    if (ts.isPropertyAccessExpression(node.expression)) directNames(node.expression.expression, names);
  } else if (ts.isPropertyAccessExpression(node)) directNames(node.expression, names);
  else ts.forEachChild(node, (child) => void directNames(child, names));
  return names;
}

/** Functions that write (some of) their parameters, found until no more appear. */
function writerNames(functions: Map<string, Fn>): Set<string> {
  const writers = new Set(WRITES);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, fn] of functions) {
      if (writers.has(name)) continue;
      const params = new Set(fn.parameters.map((p) => p.name.getText()));
      let writes = false;
      eachNode(fn.body ?? fn, (node) => {
        if (ts.isCallExpression(node) && writers.has(calleeOf(node))) writes ||= node.arguments.some((arg) => [...directNames(arg)].some((n) => params.has(n)));
      });
      if (writes) {
        writers.add(name);
        grew = true;
      }
    }
  }
  return writers;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return undefined;
}

/** What a function gives back: its expression body, or what its `return`s say. */
function returned(fn: Fn): ts.Node[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const results: ts.Node[] = [];
  eachNode(fn.body, (node) => {
    if (ts.isReturnStatement(node) && node.expression && node.expression.getSourceFile() && nearestFunction(node) === fn) results.push(node.expression);
  });
  return results;
}

function nearestFunction(node: ts.Node): ts.Node | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (ts.isFunctionLike(parent)) return parent;
  return undefined;
}

/**
 * The expressions whose value `within` writes (or returns) when `roots` are: the roots, and
 * what is declared into or pushed onto a variable they use directly.
 */
function feeding(roots: ts.Node[], within: ts.Node): ts.Node[] {
  const all = [...roots];
  const names = new Set<string>();
  for (let size = -1; size !== names.size; ) {
    size = names.size;
    for (const root of all) directNames(root, names);
    eachNode(within, (node) => {
      const feed =
        ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && names.has(node.name.text)
          ? [node.initializer]
          : ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'push' && names.has(node.expression.expression.getText())
            ? [...node.arguments]
            : [];
      for (const expression of feed) if (!all.includes(expression)) all.push(expression);
    });
  }
  return all;
}

/** English literals under `root` that end up written, following what the functions it calls return. */
function englishLiterals(root: ts.Node, functions: Map<string, Fn>, writers: Set<string>, seen: Set<Fn>): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (/[A-Za-z]/.test(literalText(node) ?? '')) found.push(node);
    if (ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind)) return;
    if (ts.isElementAccessExpression(node)) return visit(node.expression);
    if (ts.isCallExpression(node)) {
      const callee = calleeOf(node);
      if (callee === 'JSON.stringify') return;
      const fn = functions.get(callee);
      if (fn && !seen.has(fn)) {
        seen.add(fn);
        for (const expression of feeding(returned(fn), fn)) visit(expression);
      }
      visit(node.expression);
      const args = callee === 't' ? node.arguments.slice(1) : node.arguments;
      // A literal handed to a function is its input (a key, an option name): what it returns is followed above.
      for (const arg of args) if (writers.has(callee) || callee === 't' || !literalText(arg)) visit(arg);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** `file:line: literal` for every English literal written to stdout/stderr other than through t() or JSON. */
export function unwrittenEnglish(sources: { path: string; text: string }[]): string[] {
  const files = sources.map(({ path, text }) => ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true));
  const functions = functionsByName(files);
  const writers = writerNames(functions);
  const seen = new Set<Fn>();
  const literals = new Set<ts.Node>();
  for (const file of files) {
    const roots: ts.Node[] = [];
    eachNode(file, (node) => {
      if (ts.isCallExpression(node) && writers.has(calleeOf(node))) roots.push(...node.arguments);
    });
    for (const root of feeding(roots, file)) for (const literal of englishLiterals(root, functions, writers, seen)) literals.add(literal);
  }
  return [...literals].map((literal) => {
    const file = literal.getSourceFile();
    return `${file.fileName}:${file.getLineAndCharacterOfPosition(literal.getStart()).line + 1}: ${literal.getText()}`;
  });
}

describe('command-line output', () => {
  it('has no English literal written to stdout or stderr in src/cli.ts or src/commands', () => {
    const paths = ['src/cli.ts', ...readdirSync('src/commands').filter((f) => f.endsWith('.ts')).map((f) => join('src/commands', f))];
    expect(paths.length).toBeGreaterThan(8);
    expect(unwrittenEnglish(paths.map((path) => ({ path, text: readFileSync(path, 'utf8') })))).toEqual([]);
  });

  it('finds English written directly, through a writer, a variable or a function, but not through t() or JSON', () => {
    const text = `
      const say = (...lines: string[]) => process.stderr.write(lines.join('\\n'));
      process.stderr.write('missing --out\\n');
      process.stdout.write(\`exported \${count}\\n\`);
      say(\`\${path}: nothing written.\`);
      const lines: string[] = ['== tuning split =='];
      lines.push(\`hit@1 \${x}\`);
      process.stdout.write(\`\${lines.join('\\n')}\\n\`);
      function usage(kind: string): string {
        return kind === 'short' ? 'usage: gi-bot' : t('cli.usage');
      }
      say(usage('short'), t('cli.failed', { command: 'export failed' }));
      process.stdout.write(\`\${t('cli.export.done', { path })}\\n\`);
      say(t(\`cli.eval.kind_\${kind}\`), helpText('export'));
      process.stdout.write(\`\${JSON.stringify({ ok: 'yes' })}\\n\`);
      const other = 'not written';
    `;
    const found = unwrittenEnglish([{ path: 'sample.ts', text }]).map((problem) => problem.replace(/^sample\.ts:\d+: /, ''));
    expect(found.sort()).toEqual(["'missing --out\\n'", '`exported ${', '}: nothing written.`', "'== tuning split =='", '`hit@1 ${', "'usage: gi-bot'", "'export failed'"].sort());
  });
});
