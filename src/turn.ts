import type { Clock } from './clock.js';
import type { Db } from './store/db.js';
import { enqueue } from './store/outbox.js';
import { immediateTransaction, readTransaction } from './store/statements.js';
import type { ConversationRef, IncomingMessage, OutgoingMessage } from './platform.js';
import type { Role } from './roles.js';

export interface QueuedReply {
  ref: ConversationRef;
  message: OutgoingMessage;
}

/** How a feature reaches a user's private chat (the adapter knows how; the core only asks). */
export type PrivateChatResolver = (platform: IncomingMessage['platform'], userId: string) => Promise<ConversationRef>;

/**
 * One turn of the conversation. Replies are buffered and written to the outbox by
 * `commit` in the same transaction as the state change they belong to, so a crash
 * between deciding and sending neither loses nor repeats a reply.
 */
export class TurnContext {
  private pending: QueuedReply[] = [];
  private sequence = 0;
  private isClosed = false;
  /** Everything committed in this turn, in order (the console prints these). */
  readonly committed: QueuedReply[] = [];
  /** Set by a step that answered, so later steps and logs know the turn was handled. */
  handled = false;

  constructor(
    readonly message: IncomingMessage,
    readonly role: Role,
    private readonly db: Db,
    readonly clock: Clock,
    /** Prefix of this turn's outbox keys; unique per incoming message. */
    private readonly keyPrefix: string,
    private readonly privateChat: PrivateChatResolver,
    /** What ends the turn in the store (the pipeline marks the message done); `close` runs it. */
    private readonly finish: (db: Db) => void = () => undefined,
  ) {}

  /** The chat the message came from (same thread where the platform has threads). */
  get here(): ConversationRef {
    const { platform, chatId, threadId, messageId, repliesByMessage } = this.message;
    return { platform, chatId, replyToMessageId: threadId || repliesByMessage ? messageId : undefined };
  }

  get isGroup(): boolean {
    return this.message.chatType === 'group';
  }

  /** True once `close` committed: the turn is over and can change nothing more. */
  get closed(): boolean {
    return this.isClosed;
  }

  /** Queues a reply in the current chat. */
  reply(message: string | OutgoingMessage): void {
    this.sendTo(this.here, message);
  }

  /** Queues a message to any chat. */
  sendTo(ref: ConversationRef, message: string | OutgoingMessage): void {
    this.assertOpen();
    this.pending.push({ ref, message: typeof message === 'string' ? { text: message } : message });
    this.handled = true;
  }

  /** The sender's private chat (where nomination dialogs and exports go). */
  async senderPrivateChat(): Promise<ConversationRef> {
    if (!this.isGroup) return this.here;
    return this.privateChat(this.message.platform, this.message.senderId);
  }

  /** Runs `query` in one read transaction and returns what it read; the queued replies wait for `commit`. */
  read<T>(query: (db: Db) => T): T {
    return readTransaction(this.db, () => query(this.db));
  }

  /** Runs `change` and writes the queued replies to the outbox, all in one transaction. */
  commit<T>(change: (db: Db) => T = () => undefined as T): T {
    this.assertOpen();
    return immediateTransaction(this.db, () => {
      const result = change(this.db);
      for (const reply of this.pending) {
        enqueue(this.db, `${this.keyPrefix}:${this.sequence++}`, reply.ref, reply.message, this.clock());
        this.committed.push(reply);
      }
      this.pending = [];
      return result;
    });
  }

  /**
   * The turn's last commit: `commit`, and in the same transaction what ends the turn (the
   * message marked done), which would otherwise take a transaction of its own after the turn.
   * For a turn with nothing left to do: sending or committing after it throws, since a crash
   * in between would leave that part undone with the message no longer replayed.
   */
  close<T>(change: (db: Db) => T = () => undefined as T): T {
    const result = this.commit((db) => {
      const changed = change(db);
      this.finish(db);
      return changed;
    });
    this.isClosed = true;
    return result;
  }

  private assertOpen(): void {
    if (this.isClosed) throw new Error('the turn was closed: nothing can be sent or committed after close()');
  }
}
