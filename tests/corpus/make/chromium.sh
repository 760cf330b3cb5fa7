#!/bin/sh
# Makes the Chromium documents of the corpus from the hand-written pages in chromium/*.html
# (news and school sites' shapes: cookie notices, menus, sidebars, share buttons, related links,
# newsletter boxes, comments, a two-column layout; irtysh.html builds some of them with its
# scripts, as sites do): each page printed to PDF as a teacher prints it (Print → Save as PDF,
# no headers and footers), and irtysh.html's DOM once its scripts ran saved as a web page, as
# "Save page as" (Chromium's --dump-dom) gives it. Made with Debian 12's Chromium
# 156.0.8078.129 (apt-get install -y chromium). Run from anywhere:
#     sh tests/corpus/make/chromium.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$here")
# Chromium will not start its sandbox as root.
sandbox=""
[ "$(id -u)" = 0 ] && sandbox="--no-sandbox"
chrome() {
    chromium --headless $sandbox --disable-gpu --no-first-run --user-data-dir="$work" "$@" 2>/dev/null
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for page in "$here"/chromium/*.html; do
    name=chromium-$(basename "$page" .html)
    chrome --no-pdf-header-footer --print-to-pdf="$corpus/$name.pdf" "$page"
done
chrome --dump-dom "$here/chromium/irtysh.html" > "$corpus/chromium-irtysh-dom.html"
ls -l "$corpus"/chromium-*
