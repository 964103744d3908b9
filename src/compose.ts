/** grammY-style middleware: small steps, each deciding whether to pass the turn on. */
export type Middleware<C> = (ctx: C, next: () => Promise<void>) => Promise<void>;

export class MiddlewareError extends Error {
  constructor(readonly step: string, cause: unknown) {
    super(`middleware "${step}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'MiddlewareError';
  }
}

/** Runs the steps in order; calling `next()` twice in one step throws; errors name their step. */
export function compose<C>(steps: { name: string; run: Middleware<C> }[]): (ctx: C) => Promise<void> {
  return (ctx) => {
    const dispatch = async (index: number): Promise<void> => {
      const step = steps[index];
      if (!step) return;
      let called = false;
      const next = async (): Promise<void> => {
        if (called) throw new Error(`next() called twice in middleware "${step.name}"`);
        called = true;
        await dispatch(index + 1);
      };
      try {
        await step.run(ctx, next);
      } catch (error) {
        if (error instanceof MiddlewareError) throw error;
        throw new MiddlewareError(step.name, error);
      }
    };
    return dispatch(0);
  };
}
