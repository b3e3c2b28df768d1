#include "schema.h"

namespace okuw::core {

const char *bundleSchemaSql()
{
    // Every text that a person reads has a `lang` column; a reader falls back
    // to the bundle's default language when a row is missing.
    return R"SQL(
CREATE TABLE metadata(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE bundle_text(
  lang  TEXT NOT NULL,
  key   TEXT NOT NULL,          -- title | description | publisher
  value TEXT NOT NULL,
  PRIMARY KEY(lang, key)
) WITHOUT ROWID;

CREATE TABLE modules(
  id               INTEGER PRIMARY KEY,
  slug             TEXT NOT NULL UNIQUE,
  position         INTEGER NOT NULL UNIQUE,
  duration_minutes INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE module_text(
  module_id INTEGER NOT NULL REFERENCES modules(id),
  lang      TEXT NOT NULL,
  title     TEXT NOT NULL,
  summary   TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(module_id, lang)
);

CREATE TABLE slides(
  id         INTEGER PRIMARY KEY,
  module_id  INTEGER NOT NULL REFERENCES modules(id),
  lang       TEXT NOT NULL,
  position   INTEGER NOT NULL,     -- 1-based within the deck
  slide_key  TEXT NOT NULL,        -- stable id: survives edits and reordering
  title      TEXT NOT NULL DEFAULT '',
  body       TEXT NOT NULL,        -- Marp Markdown of this slide, notes removed
  notes      TEXT NOT NULL DEFAULT '',
  directives TEXT NOT NULL DEFAULT '{}',  -- JSON: effective directives
  UNIQUE(module_id, lang, position),
  UNIQUE(module_id, lang, slide_key)
);

CREATE TABLE assets(
  id        INTEGER PRIMARY KEY,
  module_id INTEGER REFERENCES modules(id),  -- NULL: bundle-wide
  path      TEXT NOT NULL,                   -- as a slide names it, relative
  mime      TEXT NOT NULL,
  size      INTEGER NOT NULL,
  sha256    TEXT NOT NULL,
  data      BLOB NOT NULL,
  UNIQUE(module_id, path)
);

CREATE TABLE documents(
  id         INTEGER PRIMARY KEY,
  module_id  INTEGER NOT NULL REFERENCES modules(id),
  lang       TEXT NOT NULL,
  position   INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK(kind IN ('reference', 'handout')),
  title      TEXT NOT NULL,
  file_name  TEXT NOT NULL,
  page_count INTEGER NOT NULL,
  size       INTEGER NOT NULL,
  sha256     TEXT NOT NULL,
  data       BLOB NOT NULL,
  UNIQUE(module_id, lang, position)
);

CREATE TABLE document_pages(
  document_id INTEGER NOT NULL REFERENCES documents(id),
  page        INTEGER NOT NULL,    -- 0-based, as Qt PDF counts
  text        TEXT NOT NULL,
  PRIMARY KEY(document_id, page)
) WITHOUT ROWID;

CREATE TABLE glossary(
  id       INTEGER PRIMARY KEY,
  term_key TEXT NOT NULL UNIQUE
);

CREATE TABLE glossary_text(
  term_id      INTEGER NOT NULL REFERENCES glossary(id),
  lang         TEXT NOT NULL,
  term         TEXT NOT NULL,
  definition   TEXT NOT NULL DEFAULT '',
  needs_review INTEGER NOT NULL DEFAULT 0,  -- 1: not confirmed by a source
  PRIMARY KEY(term_id, lang)
);

CREATE TABLE questions(
  id           INTEGER PRIMARY KEY,
  module_id    INTEGER NOT NULL REFERENCES modules(id),
  lang         TEXT NOT NULL,
  position     INTEGER NOT NULL,
  question_key TEXT NOT NULL,
  multiple     INTEGER NOT NULL DEFAULT 0,  -- 1: several answers are right
  prompt       TEXT NOT NULL,
  choices      TEXT NOT NULL,               -- JSON array of strings
  correct      TEXT NOT NULL,               -- JSON array of 0-based indexes
  explanation  TEXT NOT NULL DEFAULT '',
  UNIQUE(module_id, lang, position)
);

CREATE TABLE agenda(
  id         INTEGER PRIMARY KEY,
  day        INTEGER NOT NULL,             -- 1-based
  date       TEXT NOT NULL DEFAULT '',     -- ISO date, or '' when not fixed
  start_time TEXT NOT NULL,                -- HH:MM
  end_time   TEXT NOT NULL,
  module_id  INTEGER REFERENCES modules(id)  -- NULL: a break, an opening
);

CREATE TABLE agenda_text(
  agenda_id INTEGER NOT NULL REFERENCES agenda(id),
  lang      TEXT NOT NULL,
  title     TEXT NOT NULL,
  PRIMARY KEY(agenda_id, lang)
);

-- Format 1.1: one row per module and language whose text is a translation
-- not yet reviewed by a lawyer who speaks that language.
CREATE TABLE translation_review(
  module_id INTEGER NOT NULL REFERENCES modules(id),
  lang      TEXT NOT NULL,
  PRIMARY KEY(module_id, lang)
) WITHOUT ROWID;

-- Format 1.2: the hash of each part of the content digest (core/digest.h),
-- so that a mismatch can name what differs. Not covered by the digest.
CREATE TABLE content_parts(
  position INTEGER PRIMARY KEY,
  part     TEXT NOT NULL,
  sha256   TEXT NOT NULL
);

-- Format 1.2: the publisher's signature of the content digest, when signed
-- (core/signature.h). Not covered by the digest; metadata "signed" is.
CREATE TABLE signature(
  algorithm  TEXT NOT NULL,   -- ed25519
  publisher  TEXT NOT NULL,   -- the name in the publisher's key file
  public_key TEXT NOT NULL,   -- base64, 32 bytes
  signature  TEXT NOT NULL    -- base64, 64 bytes
);

-- Format 1.2: decks made as a PDF (or converted to one from PowerPoint or
-- Impress). The PDF is stored once; each page is one row of `slides` (its
-- text as the body, for search) with a row here naming the page.
CREATE TABLE slide_decks(
  id          INTEGER PRIMARY KEY,
  module_id   INTEGER NOT NULL REFERENCES modules(id),
  lang        TEXT NOT NULL,
  source_name TEXT NOT NULL,       -- the author's file: deck.en.pdf, deck.pptx
  page_count  INTEGER NOT NULL,
  size        INTEGER NOT NULL,
  sha256      TEXT NOT NULL,
  data        BLOB NOT NULL,       -- the PDF
  UNIQUE(module_id, lang)
);

CREATE TABLE slide_pages(
  slide_id INTEGER PRIMARY KEY REFERENCES slides(id),
  deck_id  INTEGER NOT NULL REFERENCES slide_decks(id),
  page     INTEGER NOT NULL,       -- 0-based, as Qt PDF counts
  width    REAL NOT NULL,          -- the page's size in points: its aspect ratio
  height   REAL NOT NULL
);

CREATE INDEX slides_by_key ON slides(slide_key);
CREATE INDEX questions_by_module ON questions(module_id, lang);
)SQL";
    // Optional tables, added by the search layer (core/searchindex.cpp)
    // when the builder finishes: search_info, search_entries, search_scopes
    // and search_fts. They are not content and need no format version; a
    // reader opens a bundle without them. BUNDLE-FORMAT.md describes them.
}

QString formatVersionText(int userVersion)
{
    return QStringLiteral("%1.%2").arg(userVersion / 1000).arg(userVersion % 1000);
}

QStringList requiredTables()
{
    return {QStringLiteral("metadata"),   QStringLiteral("bundle_text"),
            QStringLiteral("modules"),    QStringLiteral("module_text"),
            QStringLiteral("slides"),     QStringLiteral("assets"),
            QStringLiteral("documents"),  QStringLiteral("document_pages"),
            QStringLiteral("glossary"),   QStringLiteral("glossary_text"),
            QStringLiteral("questions"),  QStringLiteral("agenda"),
            QStringLiteral("agenda_text")};
}

QStringList contentTables()
{
    // translation_review came with format 1.1, the PDF deck tables with
    // 1.2: optional for a reader.
    return requiredTables() << QStringLiteral("translation_review") << QStringLiteral("slide_decks")
                            << QStringLiteral("slide_pages");
}

} // namespace okuw::core
