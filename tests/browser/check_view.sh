#!/bin/sh
# Browser check of the review page: renders the page for an article with communique-view,
# opens it in headless Chromium, and checks in the DOM Chromium built that the number of
# elements of class "cue" equals the number of statements communique-extract reports
# (one JSON line each). Keeps the page, the dumped DOM and a screenshot in OUTDIR.
#
#   check_view.sh COMMUNIQUE-VIEW COMMUNIQUE-EXTRACT ARTICLE OUTDIR [NAME]
#
# Exit status: 0 on success, 1 on a failed check, 77 (CTest's SKIP_RETURN_CODE) when
# Chromium is not installed and cannot be installed here.
set -u

view=$1
extract=$2
article=$3
outdir=$4
name=${5:-$(basename "$article" .txt)}

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $* (the browser test needs Chromium: apt-get install chromium)"; exit 77; }

find_chromium() {
    for candidate in "${CHROMIUM:-}" chromium chromium-browser google-chrome-stable google-chrome; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

browser=$(find_chromium)
if [ -z "$browser" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Chromium not found; installing the Debian package 'chromium'..."
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y chromium >/dev/null 2>&1 ||
            { apt-get update >/dev/null 2>&1 && apt-get install -y chromium >/dev/null 2>&1; }
        browser=$(find_chromium)
    fi
    [ -n "$browser" ] || skip "Chromium is not installed and cannot be installed here (not root or no apt-get)"
fi
echo "browser: $browser ($("$browser" --version 2>/dev/null | head -n 1))"

[ -r "$article" ] || fail "cannot read $article"
mkdir -p "$outdir" || fail "cannot create $outdir"
page="$outdir/$name.html"
dom="$outdir/$name.dom.html"
shot="$outdir/$name.png"
rm -f "$page" "$dom" "$shot"

"$view" -o "$page" "$article" || fail "communique-view failed on $article"
"$extract" --format jsonl "$article" >"$outdir/$name.jsonl" ||
    fail "communique-extract failed on $article"
expected=$(wc -l <"$outdir/$name.jsonl" | tr -d ' ')

profile=$(mktemp -d "${TMPDIR:-/tmp}/communique-chromium.XXXXXX") || fail "mktemp failed"
trap 'rm -rf "$profile"' EXIT INT TERM
run_browser() {
    timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$profile" "$@" 2>"$profile/stderr.log"
}

url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
run_browser --dump-dom "$url" >"$dom" || { cat "$profile/stderr.log" >&2; fail "chromium --dump-dom failed"; }
[ -s "$dom" ] || fail "chromium dumped an empty DOM"

# The page's script writes the count of .cue elements the browser built into <body>.
dom_cues=$(grep -o 'data-dom-cues="[0-9]*"' "$dom" | head -n 1 | tr -dc '0-9')
# And counted in the serialised DOM: each cue element's class attribute starts with "cue ".
markup_cues=$(grep -o 'class="cue [^"]*"' "$dom" | wc -l | tr -d ' ')
page_statements=$(grep -o '<body data-statements="[0-9]*"' "$dom" | head -n 1 | tr -dc '0-9')

echo "statements (communique-extract --format jsonl): $expected"
echo "statements (page data-statements): ${page_statements:-?}"
echo "cue elements (querySelectorAll in Chromium): ${dom_cues:-?}"
echo "cue elements (class=\"cue ...\" in the dumped DOM): $markup_cues"

[ -n "$dom_cues" ] || fail "the page's script did not run (no data-dom-cues in the DOM)"
[ "$dom_cues" = "$expected" ] || fail "Chromium sees $dom_cues cue elements, communique-extract $expected statements"
[ "$markup_cues" = "$expected" ] || fail "the DOM holds $markup_cues cue elements, communique-extract $expected statements"
[ "$page_statements" = "$expected" ] || fail "the page says $page_statements statements, communique-extract $expected"
grep -q '<script>alert' "$dom" && fail "raw script from the article in the DOM"

run_browser --screenshot="$shot" --window-size=1400,2000 "$url" >/dev/null ||
    { cat "$profile/stderr.log" >&2; fail "chromium --screenshot failed"; }
[ -s "$shot" ] || fail "no screenshot written"
echo "screenshot: $shot"
echo "page: $page"
echo "PASS"
