import { z } from 'zod';
import { t } from './texts.js';

/**
 * The one place that reads `process.env`. Every setting is listed in `.env.example`.
 * Empty strings count as unset so a copied `.env.example` runs on the defaults.
 */

const optionalString = z.string().trim().min(1).optional();
const list = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(/[,，]/).map((item) => item.trim()).filter(Boolean));
const int = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((value) => (value === undefined ? fallback : ['true', '1', 'yes'].includes(value)));

/** A coordinator entry: `platform:userId` or `platform:userId:scope` (scope = a province name or `*`). */
export interface CoordinatorEntry {
  platform: string;
  userId: string;
  scope: string;
}

const coordinators = list.transform((items, ctx) =>
  items.map((item): CoordinatorEntry => {
    const [platform, userId, scope] = item.split(':');
    if (!platform || !userId) {
      ctx.addIssue({ code: 'custom', message: t('cli.config.coordinator', { item }) });
      return { platform: '', userId: '', scope: '*' };
    }
    return { platform, userId, scope: scope || '*' };
  }),
);

const settings = z.object({
  PORT: int(3000, 0, 65535),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_PATH: z.string().trim().min(1).default('data/gi-bot.db'),
  KNOWLEDGE_DIR: z.string().trim().min(1).default('knowledge'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TZ: z.string().trim().min(1).default('Asia/Shanghai'),
  BOT_NAME: z.string().trim().min(1).max(32).default('地标助手'),
  /** A group message starting with BOT_NAME ("地标助手，…") addresses the bot like a mention. */
  ADDRESS_BY_NAME: flag(true),
  COORDINATORS: coordinators,
  ADMIN_TOKEN: z.string().trim().min(16, { error: () => t('cli.config.admin_token') }).optional(),
  SESSION_TTL_HOURS: int(12, 1, 24 * 30),

  LLM_BASE_URL: z.string().url().optional(),
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_TIMEOUT_MS: int(20000, 1000, 600000),
  LLM_STRUCTURED_METHOD: z.enum(['functionCalling', 'jsonMode', 'jsonSchema']).default('functionCalling'),
  EMBEDDINGS_MODEL: optionalString,

  FEISHU_APP_ID: optionalString,
  FEISHU_APP_SECRET: optionalString,
  FEISHU_ENCRYPT_KEY: optionalString,
  FEISHU_VERIFICATION_TOKEN: optionalString,
  FEISHU_MODE: z.enum(['websocket', 'webhook']).default('websocket'),
  FEISHU_DOMAIN: z.string().url().default('https://open.feishu.cn'),
  FEISHU_LISTEN_GROUPS: list,
  FEISHU_RATE_PER_SECOND: int(5, 1, 50),
  FEISHU_EVENT_MAX_AGE_SECONDS: int(3600, 60, 7 * 24 * 3600),

  WECHATY_PUPPET: optionalString,
  WECHATY_PUPPET_SERVICE_TOKEN: optionalString,
  WECHATY_NAME: z.string().trim().min(1).default('gi-bot'),
  WECHAT_ROOMS: list,
  WECHAT_RATE_PER_MINUTE: int(20, 1, 600),
  WECHAT_ROOM_RATE_PER_MINUTE: int(6, 1, 600),

  WECOM_RATE_PER_MINUTE: int(20, 1, 20),

  WECOM_BOT_ID: optionalString,
  WECOM_BOT_SECRET: optionalString,
  WECOM_BOT_MODE: z.enum(['websocket', 'callback']).default('websocket'),
  WECOM_BOT_WS_URL: z.string().url().refine((url) => /^wss?:\/\//.test(url), { error: () => t('cli.config.wecom_ws_url') }).default('wss://openws.work.weixin.qq.com'),
  WECOM_BOT_TOKEN: optionalString,
  WECOM_BOT_ENCODING_AES_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9+/]{43}$/, { error: () => t('cli.config.wecom_aes_key') })
    .optional(),

  REMINDER_CRON: z.string().trim().min(1).default('* * * * *'),
  REMINDERS_ENABLED: flag(true),
  OUTBOX_MAX_ATTEMPTS: int(8, 1, 100),
  BOT_THREAD: flag(true),
});

/** Every setting's name, for `.env.example` checks and error messages. */
export const settingNames = Object.keys(settings.shape);

export const configSchema = settings.superRefine((cfg, ctx) => {
  const llm = [cfg.LLM_BASE_URL, cfg.LLM_API_KEY, cfg.LLM_MODEL].filter(Boolean).length;
  if (llm > 0 && llm < 3) {
    ctx.addIssue({
      code: 'custom',
      path: [!cfg.LLM_BASE_URL ? 'LLM_BASE_URL' : !cfg.LLM_API_KEY ? 'LLM_API_KEY' : 'LLM_MODEL'],
      message: t('cli.config.llm_together'),
    });
  }
  if (Boolean(cfg.FEISHU_APP_ID) !== Boolean(cfg.FEISHU_APP_SECRET)) {
    ctx.addIssue({
      code: 'custom',
      path: [cfg.FEISHU_APP_ID ? 'FEISHU_APP_SECRET' : 'FEISHU_APP_ID'],
      message: t('cli.config.feishu_together'),
    });
  }
  if (Boolean(cfg.WECOM_BOT_ID) !== Boolean(cfg.WECOM_BOT_SECRET)) {
    ctx.addIssue({
      code: 'custom',
      path: [cfg.WECOM_BOT_ID ? 'WECOM_BOT_SECRET' : 'WECOM_BOT_ID'],
      message: t('cli.config.wecom_together'),
    });
  }
  if (cfg.WECOM_BOT_ID && cfg.WECOM_BOT_MODE === 'callback' && (!cfg.WECOM_BOT_TOKEN || !cfg.WECOM_BOT_ENCODING_AES_KEY)) {
    ctx.addIssue({
      code: 'custom',
      path: [cfg.WECOM_BOT_TOKEN ? 'WECOM_BOT_ENCODING_AES_KEY' : 'WECOM_BOT_TOKEN'],
      message: t('cli.config.wecom_callback'),
    });
  }
  if (cfg.FEISHU_APP_ID && cfg.FEISHU_MODE === 'webhook' && !cfg.FEISHU_ENCRYPT_KEY && !cfg.FEISHU_VERIFICATION_TOKEN) {
    ctx.addIssue({
      code: 'custom',
      path: ['FEISHU_ENCRYPT_KEY'],
      message: t('cli.config.feishu_webhook'),
    });
  }
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment object; throws `ConfigError` naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  // Operators read these problems on the command line: zod's own wording in Chinese too.
  const result = configSchema.safeParse(cleaned, { error: z.locales.zhCN().localeError });
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`));
  }
  return result.data;
}

/** Reads the process environment. */
export function loadConfig(overrides: Record<string, string | undefined> = {}): Config {
  return parseConfig({ ...process.env, ...overrides });
}

export const llmConfigured = (cfg: Config): boolean => Boolean(cfg.LLM_BASE_URL && cfg.LLM_API_KEY && cfg.LLM_MODEL);
