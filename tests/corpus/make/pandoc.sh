#!/bin/sh
# Makes the pandoc documents of the corpus: each Markdown handout in pandoc/*.md (title block,
# headings, bold and italic, a pipe table with a caption, a footnote, a numbered questions list,
# an essay section, a numbered references list) converted by pandoc to Word (.docx),
# OpenDocument (.odt) and a standalone web page (-s .html), with pandoc's default templates and
# reference documents. Made with Debian 12's pandoc 2.17.1.1 (apt-get install -y pandoc).
# Run from anywhere: sh tests/corpus/make/pandoc.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$here")
# Fixed dates inside the .docx, so it comes out the same each time (pandoc 2.17 dates the .odt
# zip's members when it runs; their contents come out the same).
export SOURCE_DATE_EPOCH=1741000000
for md in "$here"/pandoc/*.md; do
    name=pandoc-$(basename "$md" .md)
    for ext in docx odt html; do
        pandoc -s --from markdown --to "$ext" -o "$corpus/$name.$ext" "$md"
    done
done
ls -l "$corpus"/pandoc-*
