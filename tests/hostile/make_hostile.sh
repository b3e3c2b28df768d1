#!/usr/bin/env bash
# Makes hostile variants of a real bundle with the sqlite3 shell: the right
# header, application id and format version, and content that a careless
# or malicious tool could put there. Each variant is <out>/<name>.okuw.
#   make_hostile.sh <base.okuw> <out-dir> [okuw_probe]
# With okuw_probe, each variant gets a content digest that matches it and no
# signature (okuw_probe --rehash): hostile content from a tool that writes a
# correct digest, which only a signature could tell from the real thing.
# Every variant must leave validate, info, search, export and the viewer
# without a crash, a hang or a blow-up; tests/hostile/test_hostile.cpp runs them.
set -euo pipefail
base=$1
out=$2
rehash=${3:-}
mkdir -p "$out"

variant() { # name, SQL
    local name=$1 sql=$2
    cp "$base" "$out/$name.okuw"
    sqlite3 -bail "$out/$name.okuw" "PRAGMA foreign_keys=OFF; $sql" >/dev/null
    if [ -n "$rehash" ]; then "$rehash" --rehash "$out/$name.okuw"; fi
}
# The same table without its constraints (NOT NULL, UNIQUE), to hold rows a
# builder would never write.
loosen_slides="CREATE TABLE s2(id INTEGER PRIMARY KEY, module_id, lang, position, slide_key,
  title, body, notes, directives); INSERT INTO s2 SELECT * FROM slides; DROP TABLE slides;
  ALTER TABLE s2 RENAME TO slides;"
loosen_modules="CREATE TABLE m2(id INTEGER PRIMARY KEY, slug, position, duration_minutes);
  INSERT INTO m2 SELECT * FROM modules; DROP TABLE modules; ALTER TABLE m2 RENAME TO modules;"
first_slide="(SELECT min(id) FROM slides)"
first_module="(SELECT min(id) FROM modules)"
first_asset="(SELECT min(id) FROM assets)"
x() { echo "replace(hex(zeroblob($1)),'00','$2')"; } # $1 copies of $2

variant languages-empty "UPDATE metadata SET value='[\"\"]' WHERE key='languages';"
variant languages-garbage "UPDATE metadata SET value='[1,null,\"x y\",\"tk\",\"tk\",\"'||$(x 5000 a)||'\"]'
  WHERE key='languages';"
variant pages-huge "UPDATE documents SET page_count=2147483647;"
variant pages-negative "UPDATE documents SET page_count=-50000000;"
variant slides-100k "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<100000)
  INSERT INTO slides(module_id, lang, position, slide_key, title, body, notes, directives)
  SELECT $first_module, 'en', 1000+i, 'k'||i, 'T'||i, '# T'||i, '', '{}' FROM n;"
variant modules-1000 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<1000)
  INSERT INTO modules(slug, position, duration_minutes) SELECT 'm'||i, 1000+i, 1 FROM n;"
variant slide-5mb "UPDATE slides SET body='# Big'||char(10)||$(x 2500000 'x ') WHERE id=$first_slide;"
variant slide-900kb "UPDATE slides SET body='# Big'||char(10)||$(x 450000 'x ') WHERE id=$first_slide;"
variant slide-60kb-table "UPDATE slides SET body='# T'||char(10)||char(10)||'| a | b |'||char(10)||'|---|---|'
  ||char(10)||$(x 6000 "| 1 | 2 |'||char(10)||'") WHERE id=$first_slide;"
variant slide-nested-quotes "UPDATE slides SET body='# Q'||char(10)||$(x 60000 '>')||' deep' WHERE id=$first_slide;"
variant slide-nested-lists "UPDATE slides SET body='# L'||char(10)||(WITH RECURSIVE n(i, s) AS
  (SELECT 0, '' UNION ALL SELECT i+1, s||substr('                                                  ',1,
  (i%20)*2)||'- x'||char(10) FROM n WHERE i<2000) SELECT s FROM n ORDER BY i DESC LIMIT 1)
  WHERE id=$first_slide;"
variant directives-50k "UPDATE slides SET directives='{\"unsupported\":[\"'||$(x 50000 'x: y\",\"')||'z\"],
  \"header\":\"'||$(x 100000 h)||'\",\"paginate\":\"yes\",\"class\":[[[1]]],\"size\":\"99:1\"}'
  WHERE id=$first_slide;"
variant title-800kb "UPDATE module_text SET title=$(x 400000 Ab), summary=$(x 400000 Cd)
  WHERE module_id=$first_module; UPDATE slides SET title=$(x 400000 Ef) WHERE id=$first_slide;"
variant nulls "$loosen_slides UPDATE slides SET body=NULL, title=NULL, slide_key=NULL, directives=NULL,
  notes=NULL WHERE id=$first_slide; UPDATE slides SET position=NULL, lang=NULL
  WHERE id=$first_slide+1;"
variant duplicate-keys "$loosen_slides INSERT INTO slides(module_id, lang, position, slide_key,
  title, body, notes, directives) SELECT module_id, lang, position, slide_key, title, body, notes,
  directives FROM slides;"
variant duplicate-modules "$loosen_modules INSERT INTO modules(slug, position, duration_minutes)
  SELECT slug, position, duration_minutes FROM modules;"
variant svg-outside "UPDATE assets SET mime='image/svg+xml', data=CAST('<svg xmlns=\"http://www.w3.org/2000/svg\"
  xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"400\" height=\"300\"><image
  xlink:href=\"/etc/hostname\" width=\"400\" height=\"300\"/><image href=\"file:///etc/passwd\"
  width=\"40\" height=\"40\"/><image xlink:href=\"/proc/self/fd/0\" width=\"9\" height=\"9\"/><image
  xlink:href=\"http://example.com/x.png\" width=\"9\" height=\"9\"/><rect width=\"9\" height=\"9\"
  style=\"fill:url(file:///etc/passwd)\"/></svg>' AS BLOB) WHERE id=$first_asset;"
variant svg-entities "UPDATE assets SET mime='image/svg+xml', data=CAST('<?xml version=\"1.0\"?>
  <!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">
  <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">
  <!ENTITY e SYSTEM \"/etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&d;&e;</text></svg>'
  AS BLOB) WHERE id=$first_asset;"
variant svg-400k-elements "UPDATE assets SET mime='image/svg+xml', data=CAST('<svg xmlns=\"http://www.w3.org/2000/svg\">'
  ||$(x 400000 '<g/>')||'</svg>' AS BLOB) WHERE id=$first_asset;"
variant svg-21mb "UPDATE assets SET mime='image/svg+xml', data=CAST('<svg xmlns=\"http://www.w3.org/2000/svg\">'
  ||$(x 3000000 '<rect/>')||'</svg>' AS BLOB) WHERE id=$first_asset;"
variant asset-40mb "UPDATE assets SET data=zeroblob(40000000) WHERE id=$first_asset;"
# A PNG whose header claims 60000x60000 pixels (3.6 gigapixels).
bomb=$(python3 -c '
import struct, zlib, binascii
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 0, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(b"\0" * 600001 * 4)) + chunk(b"IEND", b"")
print(binascii.hexlify(png).decode())')
variant png-bomb "UPDATE assets SET mime='image/png', data=X'$bomb' WHERE id=$first_asset;"
variant fts-docsize-id "INSERT INTO search_fts_docsize(id, sz) VALUES(268435456, X'8080808080808080FF');
  INSERT INTO search_fts_docsize(id, sz) VALUES(-5, X'FFFFFFFFFFFFFFFFFF');"
variant fts-corrupt "UPDATE search_fts_data SET block=randomblob(length(block)) WHERE id IN
  (SELECT id FROM search_fts_data ORDER BY id DESC LIMIT 3);"
# (The search tables need Okuw's tokenizer, which the shell lacks: remove the
# index's entry from the schema instead of dropping it.)
variant fts-missing "PRAGMA writable_schema=ON; DELETE FROM sqlite_master WHERE name='search_fts';"
variant document-garbage "UPDATE documents SET data=randomblob(200000);"
variant document-byte-flipped "UPDATE documents SET data=substr(data,1,500)||X'00'||substr(data,502);"
variant glossary-200k "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<200000)
  INSERT INTO glossary(term_key) SELECT 'g'||i FROM n;"
variant agenda-view "DROP TABLE agenda; CREATE VIEW agenda AS WITH RECURSIVE r(x) AS (SELECT 1
  UNION ALL SELECT x+1 FROM r) SELECT x AS id, 1 AS day, '' AS date, '' AS start_time,
  '' AS end_time, NULL AS module_id FROM r;"
variant quiz-garbage "UPDATE questions SET choices='['||$(x 3000 '[')||']', correct='[1e309,-5,99999,\"x\"]';"
variant bundle-id-of-another "UPDATE metadata SET value='7d7c1f0e-0000-4000-8000-000000000001'
  WHERE key='bundle_id';"
ls "$out" | wc -l
