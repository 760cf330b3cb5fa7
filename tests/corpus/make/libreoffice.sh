#!/bin/sh
# Makes the LibreOffice documents of the corpus: the handouts (texts.py, written out as flat
# ODT by handouts.py) converted by LibreOffice Writer to .odt, .docx and its "web page" HTML,
# and one to .rtf, which Lectern refuses (tests/import.rs, not a corpus entry).
# Needs python3 and LibreOffice (soffice). Run from anywhere: sh tests/corpus/make/libreoffice.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of its own, so a LibreOffice already open (or another conversion) does not hold it.
profile="-env:UserInstallation=file://$work/profile"

python3 "$here/libreoffice/handouts.py" "$here/libreoffice" >/dev/null
for fodt in "$here"/libreoffice/*.fodt; do
    for to in odt docx 'html:HTML (StarWriter)'; do
        soffice "$profile" --headless --convert-to "$to" --outdir "$work" "$fodt" >/dev/null
    done
done
mkdir -p "$corpus/refused"
soffice "$profile" --headless --convert-to rtf --outdir "$corpus/refused" \
    "$here/libreoffice/lo-water-cycle.fodt" >/dev/null
for made in "$work"/*.odt "$work"/*.docx "$work"/*.html; do
    name=$(basename "$made")
    # A document that waits for a fix elsewhere lives in pending/ with its .expect.
    if [ -e "$corpus/pending/$name.expect" ]; then
        cp "$made" "$corpus/pending/$name"
    else
        cp "$made" "$corpus/$name"
    fi
done
ls -l "$corpus"/lo-* "$corpus"/pending/lo-* "$corpus/refused" 2>/dev/null || true
