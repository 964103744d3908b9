import type { TurnContext } from './turn.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Logger } from './log.js';
import type { ConversationRef, PlatformName } from './platform.js';
import type { Db } from './store/db.js';
import type { WebParts } from './web-parts.js';

/**
 * The feature contract. Every feature (Q&A, nomination, reminders, login) is one folder with one
 * entry (`entry.ts`) whose `create` returns a `Feature`; `src/features.ts` lists them once, and
 * the core (`src/core.ts`) builds the bot from that list without naming any of them.
 *
 * A feature is built on every thread of the service (building is cheap); each thread uses its
 * part: the bot core runs `commands`, `steps`, `start`/`stop`; heavy `jobs` run on the work
 * thread; `web` is what the console pages read, on the thread that serves HTTP.
 */

/** grammY-style middleware: small steps, each deciding whether to pass the turn on. */
export type Middleware<C> = (ctx: C, next: () => Promise<void>) => Promise<void>;

/** A named middleware step of the bot. */
export interface Step {
  name: string;
  run: Middleware<TurnContext>;
}

/** A slash command as the help listing shows it and the core routes it. */
export interface Command {
  /** Without the slash, e.g. `申报`. */
  name: string;
  /** Other spellings routed the same way (`推荐`, `login`). */
  aliases?: string[];
  /** Text key of the one-line help (under `commands.` in prompts/replies.commands.zh-CN.yml). */
  help: string;
  /** Shown in the help listing to coordinators only. */
  coordinator?: boolean;
  /** Runs the command; `args` is the text after the command word. `next` passes the turn on. */
  run(ctx: TurnContext, args: string, next: () => Promise<void>): Promise<void>;
}

/** Heavy work a feature offers (re-indexing, exports): structured-clone-safe input and output. */
export type Job = (input: never) => Promise<unknown>;

/** Runs a named job where heavy work runs: the work thread, or this thread when there is none. */
export type JobRunner = <T>(name: string, input?: unknown) => Promise<T>;

/** A document's plain text as indexed (what `onIngest` hands features, e.g. deadline proposals). */
export interface SourceText {
  doc: string;
  title: string;
  text: string;
}

/** What a feature is built with. */
export interface FeatureDeps {
  config: Config;
  db: Db;
  log: Logger;
  clock: Clock;
  jobs: JobRunner;
  /** Told when the feature queued outbox rows outside a turn (reminders, proposals). */
  onQueued(): void;
  /** Coordinators' private chats (where the scheduler asks for missing dates). */
  coordinatorChats: ConversationRef[];
  /** What a user left unfinished in any feature (titles), for reminders to mention. */
  unfinished(platform: PlatformName, userId: string): string[];
  /** Tells every feature, where the bot core runs, that the knowledge was (re-)indexed (their `onIngest`). */
  ingested(sources: SourceText[]): Promise<void>;
  /** True in the long-running service (schedulers run); false for one-shot commands and tests. */
  service: boolean;
}

export interface Feature {
  name: string;
  /** Declared slash commands: routed by the core, listed by its help. */
  commands?: Command[];
  /** Steps tried in feature-list order for messages addressed to the bot, after the commands. */
  steps?: Step[];
  /** Steps for group messages not addressed to the bot (the Q&A's relevance gate). */
  overhear?: Step[];
  /** The last step, after every feature's steps and the help (the Q&A answers what is left). */
  fallback?: Step;
  /** Builds the feature's jobs on the work thread (once, on first use). */
  jobs?(): Promise<Record<string, Job>>;
  /** Starts background work (schedulers) where the bot core runs. */
  start?(): void | Promise<void>;
  stop?(): void | Promise<void>;
  /** Called where the bot core runs, at start and after each re-index, with the indexed texts. */
  onIngest?(sources: SourceText[]): void;
  /** What a user left unfinished here (titles of drafts). */
  unfinished?(platform: PlatformName, userId: string): string[];
  /** The feature's part of the web console, built on the thread that serves HTTP. */
  web?(): Promise<Partial<WebParts>>;
}

export interface FeatureModule {
  name: string;
  create(deps: FeatureDeps): Feature;
}
