#!/usr/bin/env bash
# Builds tests/marp/corpus into one bundle, one module per deck (slug: the
# deck's file name), as the conformance test does:
#   tests/marp/build-corpus.sh build/bin/okuw-bundle /tmp/corpus   -> /tmp/corpus/corpus.okuw
set -euo pipefail
tool=$1
out=$2
corpus=$(cd "$(dirname "${BASH_SOURCE[0]}")/corpus" && pwd)
rm -rf "$out/src"
mkdir -p "$out/src"
printf 'id: 11111111-2222-4333-8444-555555555556\nversion: "1"\ndefault_language: en\nlanguages: [en]\ntitle: {en: Marp corpus}\npublisher: {en: Tests}\n' >"$out/src/bundle.yaml"
order=0
for deck in "$corpus"/*.md; do
  slug=$(basename "$deck" .md | tr 'A-Z' 'a-z' | tr -c 'a-z0-9\n' '-')
  order=$((order + 1))
  mkdir -p "$out/src/$slug"
  cp "$deck" "$out/src/$slug/deck.md"
  cp -r "$corpus/img" "$out/src/$slug/img"
  printf 'slug: %s\norder: %d\nduration: 10\ntitle: {en: "%s"}\nsummary: {en: "%s"}\ndecks: {en: deck.md}\n' \
    "$slug" "$order" "$slug" "$slug" >"$out/src/$slug/module.yaml"
done
"$tool" build "$out/src" -o "$out/corpus.okuw"
