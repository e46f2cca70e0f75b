// The test oracle: renders a CSL-JSON file straight through citeproc-js (npm
// `citeproc`), outside refharvest's code path, with a fresh engine per run.
//
//   node tests/oracle/render.js ITEMS.json STYLE.csl LOCALE LOCALES_DIR html|text [CLUSTERS.json]
//
// Without CLUSTERS: the bibliography (makeBibliography), one entry a line for
// text, citeproc's csl-bib-body for html. With CLUSTERS (a JSON list of notes,
// each a list of item ids, in document order): the notes, one a line, rendered
// as citation clusters with rebuildProcessorState. The locale is forced.
'use strict';

const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const [itemsFile, styleFile, locale, localesDir, format, clustersFile] = process.argv.slice(2);
if (!format) {
  process.stderr.write('usage: render.js ITEMS.json STYLE.csl LOCALE LOCALES_DIR html|text [CLUSTERS.json]\n');
  process.exit(2);
}

const items = {};
for (const item of JSON.parse(fs.readFileSync(itemsFile, 'utf8'))) {
  items[item.id] = item;
}
const sys = {
  retrieveLocale: (lang) => {
    const file = path.join(localesDir, `locales-${lang}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : false;
  },
  retrieveItem: (id) => items[id],
};
const engine = new CSL.Engine(sys, fs.readFileSync(styleFile, 'utf8'), locale, true);

if (clustersFile) {
  const clusters = JSON.parse(fs.readFileSync(clustersFile, 'utf8'));
  const citations = clusters.map((ids, i) => ({
    citationID: `note-${i + 1}`,
    citationItems: ids.map((id) => ({ id })),
    properties: { noteIndex: i + 1 },
  }));
  for (const [, , text] of engine.rebuildProcessorState(citations, format)) {
    process.stdout.write(`${text.trim().replace(/\s*\n\s*/g, ' ')}\n`);
  }
} else {
  engine.setOutputFormat(format);
  engine.updateItems(Object.keys(items));
  const [params, entries] = engine.makeBibliography();
  if (format === 'text') {
    // One entry a line: an entry's own line breaks (display blocks) become spaces.
    process.stdout.write(entries.map((e) => e.trim().replace(/\s*\n\s*/g, ' ')).join('\n') + '\n');
  } else {
    process.stdout.write(params.bibstart + entries.join('') + params.bibend + '\n');
  }
}
