import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { createDenseRetriever } from './embeddings.js';
import { createLlmAnswerer } from './llm-answerer.js';
import { createQaService, type QaEngine } from './service.js';

/** Margin over the LLM client's own timeout before the service gives up and falls back. */
const TIMEOUT_MARGIN_MS = 2_000;

/**
 * The Q&A service as configured: KNOWLEDGE_DIR, plus the LLM answerer when LLM_BASE_URL /
 * LLM_API_KEY / LLM_MODEL are set and dense retrieval when EMBEDDINGS_MODEL is set too.
 */
export async function createQaFromConfig(config: Config, log: Logger): Promise<QaEngine> {
  const qaLog = log.child({ module: 'qa' });
  return createQaService({
    knowledgeDir: config.KNOWLEDGE_DIR,
    log: qaLog,
    llm: createLlmAnswerer(config, qaLog),
    dense: createDenseRetriever(config, qaLog),
    llmTimeoutMs: config.LLM_TIMEOUT_MS + TIMEOUT_MARGIN_MS,
    timeZone: config.TZ,
  });
}
