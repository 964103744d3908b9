#!/usr/bin/env node
// The `gi-bot` command: runs the TypeScript sources through tsx (no build step).
import { setFlagsFromString } from 'node:v8';

// A young generation of 1 MB per semi-space instead of V8's 16 MB, set before anything else
// loads and inherited by the service's worker threads: a bot's allocations are small and
// short-lived, and every isolate (main, bot thread, work thread, their loaders) would otherwise
// keep up to 16 MB it touched once. Measured by bench/rss (README, "Architecture").
setFlagsFromString('--max-semi-space-size=1');

const { register } = await import('tsx/esm/api');
register();
const { runCli } = await import('./cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
