// Baseline for bench/format.py: citeproc-js called directly, no refharvest.
// Builds one engine, renders the whole bibliography in one makeBibliography()
// call, writes it to stdout.
//   node bench/citeproc_direct.js ITEMS.json STYLE.csl LOCALE LOCALES_DIR html|text
'use strict';
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const [itemsFile, styleFile, locale, localesDir, format] = process.argv.slice(2);
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
const start = process.hrtime.bigint();
const engine = new CSL.Engine(sys, fs.readFileSync(styleFile, 'utf8'), locale, true);
const built = process.hrtime.bigint();
engine.setOutputFormat(format);
engine.updateItems(Object.keys(items));
const [params, entries] = engine.makeBibliography();
const rendered = process.hrtime.bigint();
process.stdout.write(params.bibstart + entries.join('') + params.bibend);
// Timings on stderr: engine build, and the rendering alone.
const ms = (a, b) => Number(b - a) / 1e6;
process.stderr.write(JSON.stringify({ build_ms: ms(start, built), render_ms: ms(built, rendered) }) + '\n');
