import { describe, expect, it } from 'vitest';
import { compose, MiddlewareError } from '../src/compose.js';

describe('compose', () => {
  it('runs steps in order until one stops passing the turn on', async () => {
    const seen: string[] = [];
    const run = compose<string[]>([
      { name: 'a', run: async (ctx, next) => { ctx.push('a'); await next(); ctx.push('a-after'); } },
      { name: 'b', run: async (ctx) => { ctx.push('b'); } },
      { name: 'c', run: async (ctx) => { ctx.push('c'); } },
    ]);
    await run(seen);
    expect(seen).toEqual(['a', 'b', 'a-after']);
  });

  it('refuses a second next() and names the step', async () => {
    const run = compose<object>([
      { name: 'twice', run: async (_ctx, next) => { await next(); await next(); } },
    ]);
    await expect(run({})).rejects.toThrow(/next\(\) called twice in middleware "twice"/);
  });

  it('wraps errors with the failing step once', async () => {
    const run = compose<object>([
      { name: 'outer', run: async (_ctx, next) => next() },
      { name: 'inner', run: async () => { throw new Error('boom'); } },
    ]);
    const error = await run({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MiddlewareError);
    expect((error as MiddlewareError).step).toBe('inner');
  });
});
