-- A bundle signed under content digest version 1 (before build_time was
-- covered), as the okuw-bundle of commit 91ecfaf built it:
--   SOURCE_DATE_EPOCH=1764201600 okuw-bundle build <src> -o old.okuw \
--       --sign resources/keys/okuw-development.secret
--   sqlite3 old.okuw .dump
-- from a one-module, one-slide source. tests/cli/test_sign.cpp restores it
-- with the sqlite3 shell and checks that this Okuw still verifies it by
-- version 1's rule. Do not regenerate it with a newer okuw-bundle.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE metadata(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO metadata VALUES('build_time','2025-11-27T00:00:00Z');
INSERT INTO metadata VALUES('bundle_id','0f0e0d0c-1111-4222-8333-444444444401');
INSERT INTO metadata VALUES('content_hash','148960ebb78a464ddf3801fb6d15b008ef6efb6c507c85af478df1367cdf1680');
INSERT INTO metadata VALUES('default_language','en');
INSERT INTO metadata VALUES('digest_version','1');
INSERT INTO metadata VALUES('format','1.0');
INSERT INTO metadata VALUES('generator','okuw-bundle');
INSERT INTO metadata VALUES('languages','["en"]');
INSERT INTO metadata VALUES('signed','ed25519');
INSERT INTO metadata VALUES('version','digest-1');
CREATE TABLE bundle_text(
  lang  TEXT NOT NULL,
  key   TEXT NOT NULL,          -- title | description | publisher
  value TEXT NOT NULL,
  PRIMARY KEY(lang, key)
) WITHOUT ROWID;
INSERT INTO bundle_text VALUES('en','publisher','Okuw tests');
INSERT INTO bundle_text VALUES('en','title','Signed under digest version 1');
CREATE TABLE modules(
  id               INTEGER PRIMARY KEY,
  slug             TEXT NOT NULL UNIQUE,
  position         INTEGER NOT NULL UNIQUE,
  duration_minutes INTEGER NOT NULL DEFAULT 0
);
INSERT INTO modules VALUES(1,'old',1,0);
CREATE TABLE module_text(
  module_id INTEGER NOT NULL REFERENCES modules(id),
  lang      TEXT NOT NULL,
  title     TEXT NOT NULL,
  summary   TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(module_id, lang)
);
INSERT INTO module_text VALUES(1,'en','Old module','');
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
INSERT INTO slides VALUES(1,1,'en',1,'signed-long-ago','Signed long ago',replace('# Signed long ago\n\nThe content of a bundle signed before build_time was covered.','\n',char(10)),'','{"marp":"true","page":0,"size":"16:9","total":1}');
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
CREATE TABLE translation_review(
  module_id INTEGER NOT NULL REFERENCES modules(id),
  lang      TEXT NOT NULL,
  PRIMARY KEY(module_id, lang)
) WITHOUT ROWID;
CREATE TABLE content_parts(
  position INTEGER PRIMARY KEY,
  part     TEXT NOT NULL,
  sha256   TEXT NOT NULL
);
INSERT INTO content_parts VALUES(1,'metadata','667e6aa206e357cc745d0b377ebedf21253045bdc25c0eb345951c2cbdba2ae3');
INSERT INTO content_parts VALUES(2,'bundle_text','9481beb2e29f475955675b4c0c2aaa63e49442fdc9cdb786168d1e42a423d9ae');
INSERT INTO content_parts VALUES(3,'modules','06c3a2f690479bf80719202ab9b7182cc14f677fe2825b3bdf902b538339298f');
INSERT INTO content_parts VALUES(4,'module_text: old','80897b8eea14d4e74957bce6397408df433574bd283c2b1429f122385727c0ab');
INSERT INTO content_parts VALUES(5,'slides: old en 1','036f0ce1905d826be203ecf69c05d571b2bbc14832ab7690829e6393880149c6');
INSERT INTO content_parts VALUES(6,'search_info','4a6865ed9a698b95da01cd083eafc253bed0b9f97bfc9ec252d8d9f92c7e71d8');
INSERT INTO content_parts VALUES(7,'search_scopes','66c9cabd722dbeafd25a315f0fc0c5f2a84eafb770a7c2a7b2ea789922e03fdf');
INSERT INTO content_parts VALUES(8,'search_entries','411abbc7b2f8d5952dd001b19e985fa77991dcf3d12a835fa154fdcbec79e278');
CREATE TABLE signature(
  algorithm  TEXT NOT NULL,   -- ed25519
  publisher  TEXT NOT NULL,   -- the name in the publisher's key file
  public_key TEXT NOT NULL,   -- base64, 32 bytes
  signature  TEXT NOT NULL    -- base64, 64 bytes
);
INSERT INTO signature VALUES('ed25519','Okuw development key (not a publisher)','/SqrjME6YOt7VlASSS4grEheK+m8qJ5bN7XTNHrQVaA=','+A0NNxcveNZayBVC5hz3Q3JAT4IJz0l9BwCWQeppGdt5+8n+Ilg6GBHdvCoaTSAAaNWdvgzJaDORd6XuIBowCg==');
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
CREATE TABLE search_info(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO search_info VALUES('layout','2');
INSERT INTO search_info VALUES('tokenizer','1');
CREATE TABLE search_entries(
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK(kind IN ('slide', 'note', 'pdf', 'glossary', 'question')),
  lang        TEXT NOT NULL,
  module_id   INTEGER REFERENCES modules(id),    -- NULL: glossary
  slide_id    INTEGER REFERENCES slides(id),     -- slide, note
  document_id INTEGER REFERENCES documents(id),  -- pdf
  page        INTEGER,                           -- pdf: 0-based
  term_id     INTEGER REFERENCES glossary(id),   -- glossary
  question_id INTEGER REFERENCES questions(id),  -- question
  label       TEXT NOT NULL,                     -- shown as the hit's title
  heading     TEXT NOT NULL,                     -- indexed, ranked above body
  body        TEXT NOT NULL                      -- indexed
);
INSERT INTO search_entries VALUES(1,'slide','en',1,1,NULL,NULL,NULL,NULL,'Signed long ago','Signed long ago','The content of a bundle signed before build_time was covered.');
CREATE TABLE search_scopes(
  lang      TEXT NOT NULL,
  module_id INTEGER REFERENCES modules(id),      -- NULL: glossary
  first_id  INTEGER NOT NULL,                    -- search_entries.id, inclusive
  last_id   INTEGER NOT NULL
);
INSERT INTO search_scopes VALUES('en',1,1,1);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','search_fts','search_fts',0,'CREATE VIRTUAL TABLE search_fts USING fts5(
  heading, body, content=''search_entries'', content_rowid=''id'', tokenize=''okuw'',
  prefix=''2 3 4 5'')');
CREATE TABLE IF NOT EXISTS 'search_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO search_fts_data VALUES(1,X'01030b');
INSERT INTO search_fts_data VALUES(10,X'000000000101010001010101');
INSERT INTO search_fts_data VALUES(137438953473,X'0000021302306101060101050202676f01020401056265666f7201060101080601650106010108020475696c64010601010903036e646c010601010606016501060101060107636f6e74656e7401060101030303766572010601010c06026564010601010c01046c6f6e6701020301026f66010601010401047369676e01080201010705026564010802010107010374686501060101020203696d65010601010a0103776173010601010b000331616701020401026265010801010802020175010a01010602050102636f010a0101030b0201026c6f01020301026f66010601010401027369010c020201010702010274680106010102020169010601010a01027761010601010b00043261676f010204010362656601080101080202027569010601010903016e0108010106020103636f6e0106010103030176010801010c0201036c6f6e0102030103736967010c020201010702010374686501060101020202696d010601010a0103776173010601010b0005336265666f010801010802020375696c010601010903026e640108010106020104636f6e74010601010303027665010801010c0201046c6f6e6701020301047369676e010c020201010702010474696d65010601010a0006346265666f72010801010802020475696c64010601010903036e646c0108010106020105636f6e746501060101030303766572010801010c0201057369676e650108020101070408070c080b0a080e0a0909090c0a0a0a0a080a0a0b07090c090809090b09090a09080d0a090a0d0a0a0b0a090e0b0e0b0b0c0b');
CREATE TABLE IF NOT EXISTS 'search_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO search_fts_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'search_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO search_fts_docsize VALUES(1,X'030b');
CREATE TABLE IF NOT EXISTS 'search_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO search_fts_config VALUES('version',4);
CREATE INDEX slides_by_key ON slides(slide_key);
CREATE INDEX questions_by_module ON questions(module_id, lang);
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA application_id = 1330337111;
PRAGMA user_version = 1002;
