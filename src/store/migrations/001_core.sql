-- Inbox: every platform message id seen, so redeliveries and replays are dropped across restarts.
CREATE TABLE inbox (
  key TEXT PRIMARY KEY,              -- platform:messageId (or platform:event:eventId)
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  sender_id TEXT NOT NULL,
  received_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'done', 'failed')),
  message TEXT NOT NULL            -- the normalized IncomingMessage (without raw), replayed if the process died mid-turn
);
CREATE INDEX inbox_received_at ON inbox (received_at);

-- Outbox: every message to send; `key` makes enqueueing idempotent.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL UNIQUE,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  ref TEXT NOT NULL,                 -- ConversationRef JSON
  message TEXT NOT NULL,             -- OutgoingMessage JSON
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  claimed_until TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  platform_message_id TEXT,
  last_error TEXT
);
CREATE INDEX outbox_due ON outbox (platform, status, next_attempt_at);
CREATE INDEX outbox_chat ON outbox (platform, chat_id, status, id);

-- Feedback on answers (有帮助 / 没帮助).
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  answer_ref TEXT NOT NULL,
  helpful INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (platform, user_id, answer_ref)
);
