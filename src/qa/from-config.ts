import { llmConfigured, type Config } from '../config.js';
import type { Logger } from '../log.js';
import { createQaEngine, type QaRetrieval } from './engine.js';
import type { QaEngine } from './types.js';

/** Margin over the LLM client's own timeout before the service gives up and falls back. */
const TIMEOUT_MARGIN_MS = 2_000;

/**
 * The Q&A engine as configured: KNOWLEDGE_DIR, plus the LLM answerer when LLM_BASE_URL /
 * LLM_API_KEY / LLM_MODEL are set and dense retrieval when EMBEDDINGS_MODEL is set too.
 * LangChain is loaded only then: without an LLM it would cost the service ~50 MB for nothing.
 */
export async function createQaEngineFromConfig(config: Config, log: Logger): Promise<QaEngine & QaRetrieval> {
  const qaLog = log.child({ module: 'qa' });
  const llm = llmConfigured(config) ? (await import('./llm-answerer.js')).createLlmAnswerer(config, qaLog) : undefined;
  const dense = llmConfigured(config) && config.EMBEDDINGS_MODEL ? (await import('./embeddings.js')).createDenseRetriever(config, qaLog) : undefined;
  return createQaEngine({
    knowledgeDir: config.KNOWLEDGE_DIR,
    log: qaLog,
    llm,
    dense,
    llmTimeoutMs: config.LLM_TIMEOUT_MS + TIMEOUT_MARGIN_MS,
    timeZone: config.TZ,
  });
}
