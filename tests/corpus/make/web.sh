#!/bin/sh
# The web pages that cannot be written as they are: a Russian news page as windows-1251 bytes.
# The other web_* pages in tests/corpus/ are hand-written as they stand.
set -e
cd "$(dirname "$0")"
iconv -f UTF-8 -t WINDOWS-1251 web/russian_1251.html > ../web_russian_1251.html
