/** Q&A types shared by the answerers, the CLI (`ask --json`) and the bot. */

export interface Citation {
  /** Document id (file name without extension). */
  doc: string;
  title: string;
  /** Doc number and heading, e.g. "国知办发运字〔2023〕14号 · 二、加大政策扶持力度". */
  section: string;
  quote: string;
}

export interface Answer {
  question: string;
  answer: string;
  declined: boolean;
  citations: Citation[];
  /** Which answerer produced it: the extractive default, the LLM, or the LLM's fallback. */
  via?: 'extractive' | 'llm' | 'llm-fallback';
}

export interface IngestReport {
  documents: { doc: string; title: string; chunks: number }[];
  skipped: SkippedFile[];
}

/** The Q&A engine as the bot, the console and the CLI ask it (built by src/qa/engine.ts). */
export interface QaEngine {
  ask(question: string): Promise<Answer>;
  /** The relevance gate for unaddressed group messages: true only when the text is surely about the notices. */
  isSurelyRelevant(text: string): boolean;
  /** Re-reads KNOWLEDGE_DIR and rebuilds the index. */
  ingest(): Promise<IngestReport>;
  /** The full text of a section (for the 查看原文 button), capped for a chat message. */
  sectionText(doc: string, section: string): string | undefined;
  /** The documents currently indexed. */
  documents(): IngestReport['documents'];
}

/** A retrieved chunk with its fused score; what answerers quote from. */
export interface Passage {
  /** Stable chunk id: `${doc}#${position}`. */
  id: string;
  doc: string;
  title: string;
  docNumber?: string;
  /** Heading path, e.g. "二、加大政策扶持力度" or "附件". */
  section: string;
  text: string;
  score: number;
}

/**
 * The optional LLM answerer: answers only from `passages`, cites them, declines when they do
 * not support an answer. Throws on endpoint failure; the service then falls back to `extractive`.
 */
export type LlmAnswerer = (question: string, passages: Passage[], extractive: Answer) => Promise<Answer>;

/** Optional dense retrieval through an OpenAI-compatible embeddings endpoint, fused with the lexical ranking. */
export interface DenseRetriever {
  index(passages: Passage[]): Promise<void>;
  search(question: string, k: number): Promise<{ id: string; score: number }[]>;
}

/** Why a file was skipped, for the Chinese text people read (`qa.skip.<kind>`); the message stays for logs. */
export type SkipKind =
  | 'too_large'
  | 'unpacks_too_large'
  | 'too_many_parts'
  | 'damaged'
  | 'too_many_pages'
  | 'too_much_text'
  | 'memory'
  | 'timeout'
  | 'no_text'
  | 'unreadable'
  | 'folder_unreadable';

/** A file that could not be read: `reason` (English) for logs, `kind` and `params` for the Chinese text (`skipReasonText`). */
export interface SkippedFile {
  file: string;
  reason: string;
  kind: SkipKind;
  params?: Record<string, number>;
}
