-- Web console sign-in: one-time login links (sent in private chat) and sessions.
-- Only SHA-256 hashes of the secrets are stored, so a copy of the database cannot sign anyone in.
CREATE TABLE web_login_links (
  token_hash TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  role TEXT NOT NULL,                -- Role JSON: {"kind":"officer"} or {"kind":"coordinator","scope":"浙江省"}
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX web_login_links_expires ON web_login_links (expires_at);

CREATE TABLE web_sessions (
  id_hash TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  role TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX web_sessions_expires ON web_sessions (expires_at);

