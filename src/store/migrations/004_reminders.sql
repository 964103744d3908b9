-- Reminders: subscriptions per chat, coordinator calendar edits, delivery log, deadline proposals.

-- One subscription per (platform, chat). A group subscription targets the group.
CREATE TABLE reminder_subscriptions (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  ref TEXT NOT NULL,                          -- ConversationRef JSON (where reminders go)
  chat_type TEXT NOT NULL CHECK (chat_type IN ('p2p', 'group')),
  subscriber_id TEXT NOT NULL,
  subscriber_role TEXT NOT NULL DEFAULT 'officer' CHECK (subscriber_role IN ('officer', 'coordinator')),
  events TEXT,                                -- JSON array of event ids; NULL = every event
  excluded TEXT NOT NULL DEFAULT '[]',        -- JSON array of event ids unsubscribed from "every event"
  offsets TEXT NOT NULL DEFAULT '[14,7,3,1,0]', -- days before, JSON array sorted descending
  remind_at INTEGER NOT NULL DEFAULT 540,     -- minutes after local midnight (540 = 09:00)
  shift INTEGER NOT NULL DEFAULT 0,           -- 1: move off weekends/holidays to the previous working day
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,                   -- reminders due before this are not sent (settings changed)
  PRIMARY KEY (platform, chat_id)
);
CREATE INDEX reminder_subscriptions_profile ON reminder_subscriptions (offsets, remind_at, shift);

-- Coordinators' additions and edits on top of knowledge/events.yaml (same id = replaces the file entry).
CREATE TABLE reminder_events (
  id TEXT PRIMARY KEY,
  entry TEXT NOT NULL,                        -- CalendarEntry JSON
  deleted INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- What the scheduler decided for each (event, occurrence, offset, chat); the key equals the outbox key.
-- `sent` and `late` rows have an outbox row (its status says whether delivery failed); `missed` rows do not.
CREATE TABLE reminder_deliveries (
  key TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('reminder', 'missing_date')),
  event_id TEXT NOT NULL,
  occurrence TEXT NOT NULL,                   -- YYYY-MM-DD of the occurrence start, or the year asked for
  offset_days INTEGER,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  due_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('sent', 'late', 'missed')),
  recorded_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX reminder_deliveries_recorded ON reminder_deliveries (recorded_at);

-- Deadlines spotted in newly ingested notices, waiting for a coordinator's /提醒 确认.
CREATE TABLE reminder_proposals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  doc TEXT NOT NULL,
  doc_title TEXT NOT NULL,
  day TEXT NOT NULL,
  entry TEXT NOT NULL,                        -- CalendarEntry JSON to add when confirmed
  quote TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
  created_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  UNIQUE (doc, day)
);

-- Scheduler state: `revision` changes whenever subscriptions or events change (the scheduler's cache
-- key, valid across connections and processes); `watermark` is the instant (ms) up to which due
-- reminders have been decided.
CREATE TABLE reminder_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  revision INTEGER NOT NULL,
  watermark INTEGER
);
INSERT INTO reminder_state (id, revision, watermark) VALUES (1, 0, NULL);

CREATE TRIGGER reminder_subscriptions_ins AFTER INSERT ON reminder_subscriptions BEGIN UPDATE reminder_state SET revision = revision + 1; END;
CREATE TRIGGER reminder_subscriptions_upd AFTER UPDATE ON reminder_subscriptions BEGIN UPDATE reminder_state SET revision = revision + 1; END;
CREATE TRIGGER reminder_subscriptions_del AFTER DELETE ON reminder_subscriptions BEGIN UPDATE reminder_state SET revision = revision + 1; END;
CREATE TRIGGER reminder_events_ins AFTER INSERT ON reminder_events BEGIN UPDATE reminder_state SET revision = revision + 1; END;
CREATE TRIGGER reminder_events_upd AFTER UPDATE ON reminder_events BEGIN UPDATE reminder_state SET revision = revision + 1; END;
CREATE TRIGGER reminder_events_del AFTER DELETE ON reminder_events BEGIN UPDATE reminder_state SET revision = revision + 1; END;
