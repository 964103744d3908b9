import { parseConfig, type Config } from '../../src/config.js';

/** A config pointing the LLM at a fake endpoint; `overrides` are environment variables. */
export function llmConfig(baseUrl: string, overrides: Record<string, string> = {}): Config {
  return parseConfig({
    LLM_BASE_URL: baseUrl,
    LLM_API_KEY: 'sk-test-key',
    LLM_MODEL: 'deepseek-chat',
    LLM_TIMEOUT_MS: '5000',
    ...overrides,
  });
}
