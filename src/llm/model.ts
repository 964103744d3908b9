import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import type { z } from 'zod';
import { llmConfigured, type Config } from '../config.js';

/**
 * The optional LLM: LangChain's `ChatOpenAI` against any OpenAI-compatible endpoint
 * (DeepSeek, Qwen/DashScope, GLM/Zhipu, a local vLLM/Ollama/llama.cpp server). Nothing here
 * talks to a host other than `LLM_BASE_URL`.
 */

/** Retries after the first failure; the hard timeout below bounds the whole call anyway. */
const MAX_RETRIES = 1;
/** Texts per embeddings request: DashScope's text-embedding-v3/v4 accept at most 10. */
export const EMBEDDING_BATCH_SIZE = 10;

/** The chat model, or undefined when `LLM_BASE_URL`/`LLM_API_KEY`/`LLM_MODEL` are not all set. */
export function createChatModel(config: Config): ChatOpenAI | undefined {
  if (!llmConfigured(config)) return undefined;
  return new ChatOpenAI({
    model: config.LLM_MODEL,
    apiKey: config.LLM_API_KEY,
    configuration: { baseURL: config.LLM_BASE_URL },
    temperature: 0,
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: MAX_RETRIES,
    // A streaming invoke() makes LangChain estimate token counts with tiktoken ranks it downloads
    // from tiktoken.pages.dev; non-streaming calls take the usage from the endpoint's reply.
    streaming: false,
  });
}

/**
 * The embeddings client (same endpoint and key as the chat model), or undefined unless the LLM
 * is configured and `EMBEDDINGS_MODEL` is set. Asks for float vectors: several compatible
 * servers do not implement the OpenAI SDK's default base64 encoding.
 */
export function createEmbeddings(config: Config): OpenAIEmbeddings | undefined {
  if (!llmConfigured(config) || !config.EMBEDDINGS_MODEL) return undefined;
  return new OpenAIEmbeddings({
    model: config.EMBEDDINGS_MODEL,
    apiKey: config.LLM_API_KEY,
    configuration: { baseURL: config.LLM_BASE_URL },
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: MAX_RETRIES,
    batchSize: EMBEDDING_BATCH_SIZE,
    encodingFormat: 'float',
  });
}

/** How the model is asked for structured output (`LLM_STRUCTURED_METHOD`). */
export type StructuredMethod = Config['LLM_STRUCTURED_METHOD'];

/** A model that returns values already validated by a zod schema. */
export interface StructuredModel<T> {
  /**
   * Sends the messages and returns the parsed value. Rejects on HTTP errors, on output that is
   * not valid JSON or does not match the schema, and after the timeout (the request is aborted).
   */
  invoke(input: BaseLanguageModelInput, options?: { signal?: AbortSignal }): Promise<T>;
}

/** Thrown when a model call exceeds its hard timeout. */
export class LlmTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`LLM call timed out after ${timeoutMs} ms`);
    this.name = 'LlmTimeoutError';
  }
}

/**
 * Wraps `withStructuredOutput` with the configured method (LangChain would otherwise default to
 * `jsonSchema`, which most non-OpenAI endpoints reject) and a hard timeout.
 *
 * - `functionCalling`: a forced tool call named `name`; works on DeepSeek, Qwen, GLM, vLLM.
 * - `jsonMode`: `response_format: json_object`; the prompt must say "JSON" and describe the shape.
 * - `jsonSchema`: `response_format: json_schema`; OpenAI and a few compatible servers only.
 *
 * `timeoutMs` defaults to the model's own `timeout` (from `LLM_TIMEOUT_MS`).
 */
export function structuredModel<T extends Record<string, unknown>>(
  model: ChatOpenAI,
  schema: z.ZodType<T>,
  name: string,
  method: StructuredMethod,
  timeoutMs: number = model.timeout ?? 20_000,
): StructuredModel<T> {
  const runnable = model.withStructuredOutput<T>(schema, { name, method });
  return {
    invoke: (input, options = {}) =>
      withTimeout(timeoutMs, options.signal, (signal) => runnable.invoke(input, { signal }).then((value) => schema.parse(value))),
  };
}

/**
 * Runs `work` with an abort signal that fires after `timeoutMs` (or when `outer` aborts), and
 * rejects at that moment even if `work` ignores the signal, so a hung endpoint never hangs a turn.
 */
export async function withTimeout<T>(timeoutMs: number, outer: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onOuterAbort = (): void => undefined;
  const stopped = new Promise<never>((_, reject) => {
    const stop = (reason: unknown): void => {
      controller.abort(reason);
      reject(reason);
    };
    timer = setTimeout(() => stop(new LlmTimeoutError(timeoutMs)), timeoutMs);
    onOuterAbort = () => stop(outer?.reason);
  });
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    return await Promise.race([work(controller.signal), stopped]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}
