-- Nominations (申报书 drafts and submissions). `fields` is a JSON object of FieldValue by field id.
CREATE TABLE nominations (
  id TEXT PRIMARY KEY,
  form_version TEXT NOT NULL,
  owner_platform TEXT NOT NULL,
  owner_id TEXT NOT NULL,
  owner_name TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'cancelled')),
  province TEXT,
  fields TEXT NOT NULL DEFAULT '{}',
  flagged TEXT NOT NULL DEFAULT '[]',  -- JSON array of field ids skipped after failed validation
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  submitted_at TEXT
);
CREATE INDEX nominations_owner ON nominations (owner_platform, owner_id, status, updated_at);
CREATE INDEX nominations_status_province ON nominations (status, province);

-- The nomination dialog of one person: which draft, which field, what is awaiting confirmation.
CREATE TABLE nomination_dialogs (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  nomination_id TEXT REFERENCES nominations (id),
  current_field TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  pending TEXT,                         -- JSON {kind, payload} awaiting 确认/取消, or NULL
  back_stack TEXT NOT NULL DEFAULT '[]', -- JSON array of field ids for 上一步
  skipped TEXT NOT NULL DEFAULT '[]',    -- JSON array of optional field ids the user skipped (not asked again)
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, user_id)
);

-- Every change to a nomination: who, when, which field, old and new value.
CREATE TABLE nomination_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  nomination_id TEXT NOT NULL REFERENCES nominations (id),
  actor_platform TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  at TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'set', 'clear', 'flag', 'submit', 'cancel')),
  field TEXT,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX nomination_audit_nomination ON nomination_audit (nomination_id, id);
