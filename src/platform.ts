/**
 * The adapter contract. The core owns it; each folder under `adapters/` implements it.
 * Nothing in `src/` except `main.ts` imports an adapter.
 */

/** Platform names as stored in the inbox/outbox `platform` columns. */
export type PlatformName = 'console' | 'feishu' | 'wechat' | 'wecom' | 'wecom-bot' | 'web';

export type ChatType = 'p2p' | 'group';

/** Where a message goes: a chat on a platform, optionally a thread or a message to reply to. */
export interface ConversationRef {
  platform: PlatformName;
  chatId: string;
  /** Thread/root message to reply in, where the platform has threads (Feishu). */
  replyToMessageId?: string;
  /** For platforms that address private chats by user rather than chat (p2p moves). */
  userId?: string;
}

/** One platform event, normalized at the edge. */
export interface IncomingMessage {
  platform: PlatformName;
  chatId: string;
  chatType: ChatType;
  senderId: string;
  senderName?: string;
  /** Plain text with bot mentions removed. Empty for messages the bot cannot read. */
  text: string;
  mentionsBot: boolean;
  /** Platform message id; `platform:messageId` is the inbox dedupe key. */
  messageId: string;
  receivedAt: Date;
  /** Set for images, files, voice… so the bot can say what it reads. */
  unsupported?: 'image' | 'file' | 'audio' | 'video' | 'sticker' | 'other';
  /** Thread root on platforms with threads; replies go into the same thread. */
  threadId?: string;
  /**
   * Replies answer this very message: the platform binds a reply to the message it answers
   * (WeCom's smart robot replies on the message's callback), so `ConversationRef.replyToMessageId` is set.
   */
  repliesByMessage?: boolean;
  /** A button press on a card: the action value the bot attached to the button. */
  action?: Record<string, string>;
  /** Escape hatch: the platform payload this was made from. */
  raw?: unknown;
}

/** A button on a card; `value` comes back as `IncomingMessage.action` when pressed. */
export interface CardButton {
  text: string;
  value: Record<string, string>;
  style?: 'primary' | 'default' | 'danger';
}

/** A rich reply. Adapters without cards render `text` (which must stand alone). */
export interface ReplyCard {
  title?: string;
  /** Collapsible detail under the body (the cited clause). */
  fold?: { title: string; text: string };
  buttons?: CardButton[];
}

export interface OutgoingMessage {
  text: string;
  card?: ReplyCard;
  /**
   * A file to send (exports); the adapter uploads it. A `temporary` file is deleted (with its
   * folder, when that is left empty) once the message was sent or given up.
   */
  file?: { path: string; name: string; temporary?: boolean };
  /** Markdown body for platforms that render it (WeCom robot, Feishu cards). */
  markdown?: string;
}

/**
 * A platform event that is not a message, answered by a greeting: the bot was added to a group
 * (`bot-added`: it introduces itself), or someone opened a private chat with it (`chat-entered`).
 */
export interface PlatformEvent {
  kind: 'bot-added' | 'chat-entered';
  /** Where the greeting goes (the adapter knows how to address it). */
  ref: ConversationRef;
  /** The platform's id of the event; a redelivery carries the same one, and is greeted once. */
  eventId: string;
}

/**
 * The narrow handle an adapter gets from the core on `start`. Each method resolves once the
 * input is durably accepted (claimed in the inbox, or its reply queued), so the adapter
 * acknowledges only what can no longer be lost, and rejects when it could not be accepted.
 * Adapters never open the store.
 */
export interface CoreSink {
  processMessage(message: IncomingMessage): Promise<void>;
  /** A button press (`message.action` set). */
  processAction(message: IncomingMessage): Promise<void>;
  processEvent(event: PlatformEvent): Promise<void>;
}

/** What an adapter reports on /readyz. */
export interface AdapterStatus {
  platform: PlatformName;
  connected: boolean;
  detail?: string;
}

/** Minimal HTTP handler an adapter can expose for the HTTP server to mount. */
export interface WebhookRoute {
  method: 'POST' | 'GET';
  path: string;
  /** A GET the platform itself calls and that checks its own signature (callback URL checks), served without a console session. */
  verifiesItself?: boolean;
  handle(request: Request): Promise<Response>;
  /**
   * The same for a POST whose body the HTTP server has already read under its limit: the hot
   * path of chat webhooks, without building web `Request`/`Response` objects per event.
   */
  receive?(request: ReadRequest): Promise<WebhookReply>;
}

/** A request as the HTTP server read it: header names are lower case. */
export interface ReadRequest {
  method: string;
  path: string;
  header(name: string): string | undefined;
  body: string;
}

export interface WebhookReply {
  status: number;
  body: Record<string, unknown>;
}

/** What a send knows besides the message. */
export interface SendOptions {
  /**
   * The same on every try of one outbox row. A platform that de-duplicates requests by an id
   * (Feishu's `uuid`) sends a retry after a crash at most once; the others cannot.
   */
  idempotencyKey?: string;
}

export interface ChatAdapter {
  readonly platform: PlatformName;
  start(sink: CoreSink): Promise<void>;
  stop(): Promise<void>;
  /** Sends one message. Throws a `PlatformError` so the outbox knows whether to retry. */
  send(ref: ConversationRef, message: OutgoingMessage, options?: SendOptions): Promise<{ messageId?: string }>;
  /** Opens (or finds) the private chat with a user, for moving dialogs out of groups. */
  privateChatOf?(userId: string): Promise<ConversationRef>;
  status?(): AdapterStatus;
  routes?(): WebhookRoute[];
}
