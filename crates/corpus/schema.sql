-- The corpus database, schema version 1 (PRAGMA user_version = 1, application_id 0x41565043).
-- Plain types only (TEXT, INTEGER), so every table but the FTS5 index loads as it is into DuckDB
-- or PostgreSQL. Booleans are 0/1; dates are ISO 8601 text (YYYY-MM-DD) or NULL when not given.

-- What this file is: refused by `corpus` unless format = 'article-viewer-corpus'.
CREATE TABLE corpus_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per article. `article_json` is the whole article in the viewer's format, the source of
-- truth: every other row about the article is derived from it when it is added.
CREATE TABLE articles (
  id           TEXT PRIMARY KEY,   -- given in the input, else the text hash's first 16 digits
  text_hash    TEXT NOT NULL,      -- SHA-256 of the article's text (paragraphs, spaces folded)
  content_hash TEXT NOT NULL,      -- SHA-256 of article_json: same input twice changes nothing
  title        TEXT NOT NULL,      -- '' when not given
  outlet       TEXT NOT NULL,
  url          TEXT NOT NULL,      -- '' when not given
  date         TEXT,               -- YYYY-MM-DD, NULL when not given
  lang         TEXT NOT NULL,      -- BCP 47 code, 'und' when undetermined
  reviewed     INTEGER NOT NULL,   -- 1: an article.json taken as it is; 0: an importer draft
  source       TEXT NOT NULL,      -- the input it came from: file path, or file:line
  article_json TEXT NOT NULL
);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_date ON articles (date);

-- One row per passage, in reading order (`seq` from 0 within the article).
CREATE TABLE passages (
  id         INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  paragraph  INTEGER NOT NULL,     -- from 0
  voice      TEXT NOT NULL,        -- the article voice's id (article_voices.voice)
  kind       TEXT NOT NULL,        -- direct | paraphrase | narration
  text       TEXT NOT NULL,
  words      INTEGER NOT NULL,
  confidence INTEGER,              -- the importer's, 0-100; NULL in reviewed articles
  UNIQUE (article_id, seq)         -- also how an article's passages are found
);

-- One row per voice of each article, as that article names and describes it.
CREATE TABLE article_voices (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  voice        TEXT NOT NULL,      -- the id within the article (a slug)
  name         TEXT NOT NULL,
  short_name   TEXT NOT NULL,
  role         TEXT NOT NULL,      -- role or title in this article, '' when none
  kind         TEXT NOT NULL,      -- person | collective | anonymous | outlet
  gender       TEXT NOT NULL,      -- female | male | not stated: as this article refers to them
  gender_basis TEXT NOT NULL,      -- the words that say so, e.g. 'she (2), Ms (1)'; '' if none
  name_key     TEXT,               -- the normalised name that voice_names maps; NULL: none
                                   -- (anonymous sources and unidentified speakers)
  name_group   TEXT,               -- the names it is compared with: a person's surname, else
                                   -- the name key itself
  PRIMARY KEY (article_id, voice)
);
CREATE INDEX article_voices_name_key ON article_voices (name_key);
CREATE INDEX article_voices_name_group ON article_voices (name_group);

-- How often each spelling of each name key is used: kept with article_voices in the same
-- transaction, so regrouping a name group reads its few spellings, not all its mentions.
CREATE TABLE name_spellings (
  name_key   TEXT NOT NULL,
  name_group TEXT NOT NULL,
  kind       TEXT NOT NULL,
  name       TEXT NOT NULL,        -- as an article writes it
  uses       INTEGER NOT NULL,     -- article voices with this key and spelling
  PRIMARY KEY (name_key, kind, name)
);
CREATE INDEX name_spellings_name_group ON name_spellings (name_group);

-- Corpus voices: one speaker across articles. Regrouped, for the name groups a batch touched,
-- in the same transaction as the batch: every committed state is whole.
CREATE TABLE corpus_voices (
  id   TEXT PRIMARY KEY,           -- a stable slug, e.g. 'john-smith'
  name TEXT NOT NULL,              -- the fullest name the articles give
  kind TEXT NOT NULL               -- person | collective | outlet
);

-- Which normalised name belongs to which corpus voice, and why a match is doubtful.
CREATE TABLE voice_names (
  name_key     TEXT PRIMARY KEY,   -- e.g. 'john smith', 'j smith', 'smith', 'c:ministry of x'
  name_group   TEXT NOT NULL,      -- as in article_voices
  corpus_voice TEXT NOT NULL REFERENCES corpus_voices (id),
  doubt        TEXT                -- NULL when certain; else why (listed by voices --ambiguous)
);
CREATE INDEX voice_names_corpus_voice ON voice_names (corpus_voice);
CREATE INDEX voice_names_name_group ON voice_names (name_group);

-- Decisions a person made (`corpus merge`, `corpus split`), applied on every recomputation;
-- for one pair of names the latest decision wins.
CREATE TABLE voice_decisions (
  id       INTEGER PRIMARY KEY,
  action   TEXT NOT NULL CHECK (action IN ('merge', 'split')),
  name_a   TEXT NOT NULL,          -- name keys
  name_b   TEXT NOT NULL,
  made_at  TEXT NOT NULL           -- UTC, ISO 8601
);

-- Each corpus voice's roles and titles as each article gives them, with the article's date.
CREATE VIEW corpus_voice_roles AS
  SELECT n.corpus_voice, v.article_id, a.date, a.outlet, v.role, v.gender
  FROM article_voices v
  JOIN voice_names n ON n.name_key = v.name_key
  JOIN articles a ON a.id = v.article_id;

-- Full-text search over passages (SQLite only). External content: the text lives in passages.
CREATE VIRTUAL TABLE passages_fts USING fts5 (
  text, content = 'passages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER passages_fts_insert AFTER INSERT ON passages BEGIN
  INSERT INTO passages_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
  INSERT INTO passages_fts (passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
