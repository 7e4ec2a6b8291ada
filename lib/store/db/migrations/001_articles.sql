-- Articles added by users (the seeds/ folder stays on disk as the built-in collection).
-- An id names one content for ever: it is derived from the content hash, and rows are never updated.
CREATE TABLE articles (
  id             TEXT PRIMARY KEY,
  content_hash   TEXT NOT NULL UNIQUE,
  title          TEXT NOT NULL,
  dek            TEXT,
  source         TEXT,
  url            TEXT,
  published      TEXT,
  reference_date TEXT,
  language       TEXT NOT NULL,
  body           TEXT NOT NULL,
  origin         TEXT NOT NULL,
  added_at       TEXT NOT NULL
);
CREATE INDEX articles_added_at ON articles (added_at);

-- Analyses, cached by content and pipeline version: a new pipeline re-analyses lazily.
CREATE TABLE analyses (
  content_hash     TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  json             TEXT NOT NULL,
  actors           INTEGER NOT NULL,
  events           INTEGER NOT NULL,
  relations        INTEGER NOT NULL,
  claims           INTEGER NOT NULL,
  created_at       TEXT NOT NULL,
  PRIMARY KEY (content_hash, pipeline_version)
);
