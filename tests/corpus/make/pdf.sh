#!/bin/sh
# Makes the PDF documents of the corpus: the LibreOffice handouts (pdf/pdf_texts.py, written
# out as flat ODT by pdf/handouts.py) printed by LibreOffice Writer to PDF, and the LaTeX
# handouts (latex/*.tex) set by pdfLaTeX. Needs python3, LibreOffice (soffice) and pdflatex
# (texlive-latex-base, texlive-latex-recommended); without pdflatex only the LibreOffice ones
# are made. Run from anywhere: sh tests/corpus/make/pdf.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

python3 "$here/pdf/handouts.py" "$work" >/dev/null
for fodt in "$work"/*.fodt; do
    soffice "$profile" --headless --convert-to pdf --outdir "$work" "$fodt" >/dev/null
done
if command -v pdflatex >/dev/null; then
    for tex in "$here"/latex/*.tex; do
        pdflatex -interaction=batchmode -output-directory "$work" "$tex" >/dev/null
    done
fi
for made in "$work"/*.pdf; do
    name=$(basename "$made")
    # A document whose layout Lectern cannot read yet lives in pending/ with its .expect.
    if [ -e "$corpus/pending/$name.expect" ]; then
        cp "$made" "$corpus/pending/$name"
    else
        cp "$made" "$corpus/$name"
    fi
done
ls -l "$corpus"/*.pdf "$corpus"/pending/*.pdf 2>/dev/null || true
