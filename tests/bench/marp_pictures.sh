#!/usr/bin/env bash
# How close Okuw's slides look to Marp's (not run by CI): renders every deck of
# tests/marp/corpus with marp-cli + Debian's Chromium and with
# `okuw-bundle export --png`, prints the SSIM of each slide (grey 480x270
# copies, tests/bench/marp_ssim.py), the median per theme and overall, and
# writes side-by-side sheets (Marp left, Okuw right) of the ten worst slides.
#
#   apt-get install chromium imagemagick python3
#   (cd tests/bench/marp-cli && npm ci)
#   tests/bench/marp_pictures.sh build/bin/okuw-bundle /tmp/pictures
set -euo pipefail
tool=$(realpath "$1")
out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
corpus="$here/../marp/corpus"
marp="$here/marp-cli/node_modules/.bin/marp"
[ -x "$marp" ] || { echo "marp-cli missing: (cd $here/marp-cli && npm ci)" >&2; exit 2; }
export CHROME_PATH=${CHROME_PATH:-$(command -v chromium || true)}
[ -n "$CHROME_PATH" ] || { echo "Chromium missing: apt-get install chromium" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen

mkdir -p "$out"
"$here/../marp/build-corpus.sh" "$tool" "$out" >/dev/null 2>&1
printf '%-28s %5s %7s %s\n' deck slide ssim theme >"$out/ssim.txt"
for deck in "$corpus"/*.md; do
  name=$(basename "$deck" .md)
  slug=$(echo "$name" | tr 'A-Z' 'a-z' | tr -c 'a-z0-9\n' '-')
  theme=$(sed -n 's/^theme: *\([a-z]*\).*/\1/p' "$deck" | head -1)
  theme=${theme:-default}
  mkdir -p "$out/marp/$slug" "$out/okuw/$slug"
  # marp-cli writes <name>.001.png, ... at 1280x720 (or 960x720).
  (cd "$out/src/$slug" && "$marp" --no-stdin --allow-local-files --images png \
    --image-scale 1 deck.md -o "$out/marp/$slug/slide.png" >/dev/null 2>&1) || true
  "$tool" export "$out/corpus.okuw" "$slug" --png "$out/okuw/$slug" >/dev/null 2>&1
  n=1
  for okuw in "$out/okuw/$slug"/slide-*.png; do
    m=$(printf '%s/marp/%s/slide.%03d.png' "$out" "$slug" "$n")
    if [ -f "$m" ]; then
      s=$(python3 "$here/marp_ssim.py" "$m" "$okuw")
      printf '%-28s %5d %7s %s\n' "$slug" "$n" "$s" "$theme" >>"$out/ssim.txt"
    fi
    n=$((n + 1))
  done
done
cat "$out/ssim.txt"
python3 - "$out/ssim.txt" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]).read().splitlines()[1:]]
by = {}
for deck, slide, s, theme in rows:
    by.setdefault(theme, []).append(float(s))
for theme, v in sorted(by.items()):
    print(f'median SSIM {theme:8s} {statistics.median(v):.3f} over {len(v)} slides')
allv = [float(r[2]) for r in rows]
if allv:
    print(f'median SSIM overall  {statistics.median(allv):.3f} over {len(allv)} slides')
PY
# Side by side: the ten worst slides.
sort -k3 -n "$out/ssim.txt" | grep -v '^deck' | head -10 | while read -r slug n s theme; do
  montage "$(printf '%s/marp/%s/slide.%03d.png' "$out" "$slug" "$n")" \
    "$(printf '%s/okuw/%s/slide-%03d.png' "$out" "$slug" "$n")" \
    -tile 2x1 -geometry 640x360+4+4 "$out/worst-$slug-$n.png"
done
echo "sheets: $out/worst-*.png"
