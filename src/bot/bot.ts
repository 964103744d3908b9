import type { Command, Feature, Step } from '../feature.js';
import { compose } from '../compose.js';
import type { TurnContext } from '../turn.js';
import { t } from '../texts.js';

export type { Step } from '../feature.js';

export interface BotOptions {
  botName: string;
  /** The features, in the order their steps see a message (src/features.ts). */
  features: Feature[];
}

/** True when the message is meant for the bot: a private chat, a mention (see `address.ts`), a slash command, a button. */
export const isAddressed = (ctx: TurnContext): boolean =>
  !ctx.isGroup || ctx.message.mentionsBot || ctx.message.text.startsWith('/') || ctx.message.action !== undefined;

const SLASH = /^[/／]\s*/;
const HELP_WORDS = /^(帮助|help|菜单|你能做什么|你会什么|功能)[?？!！。]*$/i;

/** The command a slash text names (longest name or alias first), with the text after it. */
function routeOf(commands: Command[], text: string): { command: Command; args: string } | undefined {
  if (!SLASH.test(text)) return undefined;
  const body = text.replace(SLASH, '');
  const words = commands
    .flatMap((command) => [command.name, ...(command.aliases ?? [])].map((word) => ({ word, command })))
    .sort((a, b) => b.word.length - a.word.length);
  const hit = words.find(({ word }) => body.toLowerCase().startsWith(word.toLowerCase()));
  return hit && { command: hit.command, args: body.slice(hit.word.length).trim() };
}

/** The help listing, from the declared commands (coordinators also see theirs). */
export function helpText(botName: string, commands: Command[], coordinator: boolean): string {
  const line = (command: Command): string => t('core.help_command', { command: command.name, help: t(`commands.${command.help}`) });
  const officer = commands.filter((command) => !command.coordinator).map(line);
  const lines = [t('core.help_header', { bot: botName }), t('core.help_qa'), ...officer];
  const theirs = commands.filter((command) => command.coordinator).map(line);
  if (coordinator && theirs.length > 0) lines.push(t('core.help_coordinator'), ...theirs);
  return lines.join('\n');
}

/**
 * The bot: the core's own steps around the features' (src/feature.ts). Group messages not
 * addressed to the bot only reach the features' `overhear` steps; the rest go through
 * unsupported-type replies, the declared commands, each feature's steps in order, the help,
 * and the fallback (the Q&A).
 */
export function createBot(options: BotOptions): (ctx: TurnContext) => Promise<void> {
  const { features } = options;
  const overhear = compose(features.flatMap((feature) => feature.overhear ?? []));
  const help: Command = {
    name: '帮助',
    aliases: ['help', '菜单'],
    help: 'core.help',
    async run(ctx) {
      ctx.reply(helpText(options.botName, commands, ctx.role.kind === 'coordinator'));
      ctx.commit();
    },
  };
  const commands: Command[] = [...features.flatMap((feature) => feature.commands ?? []), help];

  const unaddressed: Step = {
    name: 'unaddressed',
    async run(ctx, next) {
      if (isAddressed(ctx)) return next();
      await overhear(ctx);
    },
  };

  const unsupported: Step = {
    name: 'unsupported',
    async run(ctx, next) {
      const kind = ctx.message.unsupported;
      if (!kind) return next();
      ctx.reply(t('core.unsupported', { kind: t(`core.kinds.${kind}`) }));
      ctx.commit();
    },
  };

  const routed: Step = {
    name: 'commands',
    async run(ctx, next) {
      const route = ctx.message.action ? undefined : routeOf(commands, ctx.message.text);
      if (!route) return next();
      await route.command.run(ctx, route.args, next);
    },
  };

  const helpWords: Step = {
    name: 'help',
    async run(ctx, next) {
      const text = ctx.message.text.trim();
      if (!HELP_WORDS.test(text) && !(text === '' && ctx.message.mentionsBot)) return next();
      return help.run(ctx, '', next);
    },
  };

  return compose([
    unaddressed,
    unsupported,
    routed,
    ...features.flatMap((feature) => feature.steps ?? []),
    helpWords,
    ...features.flatMap((feature) => (feature.fallback ? [feature.fallback] : [])),
  ]);
}
