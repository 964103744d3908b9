/** A structural block of a source document, before chunking. */
export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
  /** Heading depth: 1 for 一、/ # / 附件, 2 for （一）/ ##, 3 deeper. */
  level: number;
}

/** One policy text read from KNOWLEDGE_DIR, format-independent. */
export interface SourceDocument {
  /** Path under KNOWLEDGE_DIR without extension, `/`-separated. */
  doc: string;
  /** Path under KNOWLEDGE_DIR, for reports. */
  file: string;
  title: string;
  docNumber?: string;
  /** Front matter (Markdown) or detected facts: issuer, signed, published, deadline … */
  meta: Record<string, string>;
  blocks: Block[];
}

/** What a format reader returns; the loader fills `doc` and `file`. */
export type ParsedDocument = Omit<SourceDocument, 'doc' | 'file'> & { indexed: boolean };
