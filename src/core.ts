import type { Config } from './config.js';
import type { Feature, FeatureDeps, Job, JobRunner, SourceText } from './feature.js';
import { FEATURES } from './features.js';
import { createAddressRule } from './bot/address.js';
import { createBot } from './bot/bot.js';
import type { PrivateChatResolver } from './turn.js';
import { createPipeline, type LocalPipeline } from './bot/pipeline.js';
import { createRoleResolver } from './roles.js';

/**
 * The bot core as the configuration builds it, wherever it runs: in the service's bot thread
 * (`bot-thread.ts`) or in the calling thread (BOT_THREAD=false, the console, tests). It names no
 * feature: they come from the one list in src/features.ts.
 */

/** What the features are built with, besides the configuration and what the core derives. */
export type FeatureEnv = Omit<FeatureDeps, 'config' | 'unfinished'>;

/** Builds every feature of the list (cheap: heavy state is built by `start` and `jobs`). */
export function createFeatures(config: Config, env: FeatureEnv): Feature[] {
  const features: Feature[] = [];
  const deps: FeatureDeps = {
    ...env,
    config,
    unfinished: (platform, userId) => features.flatMap((feature) => feature.unfinished?.(platform, userId) ?? []),
  };
  features.push(...FEATURES.map((module) => module.create(deps)));
  return features;
}

/** Runs the features' jobs in this thread: each feature's jobs are built once, on first use. */
export function createJobHost(features: () => Feature[]): JobRunner {
  let table: Promise<Map<string, Job>> | undefined;
  const build = async (): Promise<Map<string, Job>> => {
    const all = await Promise.all(features().map((feature) => feature.jobs?.() ?? {}));
    return new Map(all.flatMap((jobs) => Object.entries(jobs)));
  };
  return async <T>(name: string, input?: unknown): Promise<T> => {
    table ??= build();
    const job = (await table).get(name);
    if (!job) throw new Error(`no job named ${name}`);
    return (await (job as (input: unknown) => Promise<unknown>)(input)) as T;
  };
}

export interface BotCoreDeps extends Omit<FeatureEnv, 'jobs' | 'ingested'> {
  /** Where heavy jobs run; by default in this thread. */
  jobs?: JobRunner;
  /** Told after each turn's replies were committed; by default `onQueued`. */
  onCommitted?: () => void;
  privateChat: PrivateChatResolver;
}

export interface BotCore {
  pipeline: LocalPipeline;
  features: Feature[];
  /** Runs a job (the web console's, when the core runs in this thread). */
  jobs: JobRunner;
  /** Runs every feature's `onIngest` (the knowledge was re-indexed). */
  ingested(sources: SourceText[]): Promise<void>;
  /** Stops the features' background work (schedulers). */
  stop(): Promise<void>;
}

/** The composed bot behind the inbox pipeline, its features started (index built, schedulers running in the service). */
export async function buildBotCore(config: Config, deps: BotCoreDeps): Promise<BotCore> {
  let features: Feature[] = [];
  const jobs = deps.jobs ?? createJobHost(() => features);
  const ingested = async (sources: SourceText[]): Promise<void> => {
    for (const feature of features) feature.onIngest?.(sources);
  };
  features = createFeatures(config, { ...deps, jobs, ingested });
  const pipeline = createPipeline({
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    roles: createRoleResolver(config.COORDINATORS),
    address: createAddressRule({ botName: config.BOT_NAME, byName: config.ADDRESS_BY_NAME }),
    botName: config.BOT_NAME,
    bot: createBot({ botName: config.BOT_NAME, features }),
    privateChat: deps.privateChat,
    onCommitted: deps.onCommitted ?? deps.onQueued,
  });
  for (const feature of features) await feature.start?.();
  return {
    pipeline,
    features,
    jobs,
    ingested,
    async stop() {
      for (const feature of features) await feature.stop?.();
    },
  };
}
