-- Stories: an ordered set of 2–50 articles (built-in or added) on one event. Like an article, a story
-- is never updated: its id names one set of articles for ever, and the same set again is the same story.
CREATE TABLE stories (
  id         TEXT PRIMARY KEY,
  set_hash   TEXT NOT NULL UNIQUE,
  title      TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Article ids are not foreign keys: built-in articles live in the seeds/ folder, not in this database.
CREATE TABLE story_articles (
  story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (story_id, position)
);
CREATE INDEX story_articles_article ON story_articles (article_id);
