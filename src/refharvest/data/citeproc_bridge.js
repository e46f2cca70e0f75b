// refharvest's driver for citeproc-js (npm `citeproc`), run by refharvest.export.citeproc.
//
// One process serves one (style, locale) pair for a whole run: building a
// CSL.Engine parses the style and locale, which costs up to a second for APA,
// so the engine is built once and reset between requests.
//
// Protocol: one JSON object a line on stdin, one JSON reply a line on stdout.
//   {"cmd": "init", "style": "<csl xml>", "lang": "en-US", "force_lang": false,
//    "locales_dir": "/path/with/locales-xx-XX.xml files"}
//     -> {"ok": true, "class": "in-text"|"note", "has_bibliography": true}
//   {"cmd": "bibliography", "items": [csl items], "format": "html"|"text"}
//     -> {"ok": true, "entries": [{"ids": [...], "text": "..."}], "errors": [[id, msg]]}
//   {"cmd": "notes", "items": [...], "clusters": [{"id": "c1", "note": 1,
//     "items": [{"id": "x", "locator": "12", "label": "page"}]}], "format": ...}
//     -> {"ok": true, "notes": [{"id": "c1", "text": "..."}], "errors": [...]}
// Any failure of a whole request -> {"ok": false, "error": "..."}.
// An item that makes the engine throw is left out and reported in "errors";
// the others are rendered.
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');

// stdout carries the protocol only: citeproc-js prints its warnings with
// console.log, so every console method goes to stderr.
const reply = process.stdout.write.bind(process.stdout);
for (const method of ['log', 'info', 'warn', 'debug']) {
  console[method] = (...args) => process.stderr.write(args.join(' ') + '\n');
}

const modulesDir = process.env.REFHARVEST_NODE_MODULES;
const CSL = require(path.join(modulesDir, 'citeproc'));

let engine = null;
let items = {};
let localesDir = '';

const sys = {
  retrieveLocale(lang) {
    try {
      return fs.readFileSync(path.join(localesDir, `locales-${lang}.xml`), 'utf8');
    } catch (err) {
      return false;
    }
  },
  retrieveItem(id) {
    return items[id];
  },
};

function reset(itemList) {
  items = {};
  for (const item of itemList) {
    items[String(item.id)] = item;
  }
  // Back to an empty registry: citeproc-js caches items by id between calls.
  engine.restoreProcessorState([]);
}

function message(err) {
  return String((err && err.message) || err).split('\n')[0];
}

function renderBibliography(ids, format) {
  engine.setOutputFormat(format);
  engine.updateItems(ids);
  const result = engine.makeBibliography();
  if (!result) {
    throw new Error('this style has no bibliography (use notes mode)');
  }
  const [params, strings] = result;
  return strings.map((text, i) => ({ ids: params.entry_ids[i].map(String), text }));
}

// Items that make the engine throw when rendered alone.
function findBadItems(ids, render) {
  const bad = [];
  for (const id of ids) {
    try {
      engine.restoreProcessorState([]);
      render([id]);
    } catch (err) {
      bad.push([id, message(err)]);
    }
  }
  engine.restoreProcessorState([]);
  return bad;
}

function bibliography(req) {
  reset(req.items);
  const ids = req.items.map((item) => String(item.id));
  const render = (subset) => renderBibliography(subset, req.format);
  try {
    return { ok: true, entries: render(ids), errors: [] };
  } catch (err) {
    const bad = findBadItems(ids, render);
    if (bad.length === 0) {
      throw err;
    }
    const badIds = new Set(bad.map(([id]) => id));
    reset(req.items.filter((item) => !badIds.has(String(item.id))));
    const rest = ids.filter((id) => !badIds.has(id));
    return { ok: true, entries: render(rest), errors: bad };
  }
}

function toCitations(clusters) {
  return clusters.map((cluster) => ({
    citationID: cluster.id,
    citationItems: cluster.items.map((ci) => Object.assign({}, ci, { id: String(ci.id) })),
    properties: { noteIndex: cluster.note },
  }));
}

function notes(req) {
  const render = (clusters) => {
    engine.restoreProcessorState([]);
    return engine
      .rebuildProcessorState(toCitations(clusters), req.format)
      .map(([id, , text]) => ({ id, text }));
  };
  reset(req.items);
  try {
    return { ok: true, notes: render(req.clusters), errors: [] };
  } catch (err) {
    const ids = req.items.map((item) => String(item.id));
    const bad = findBadItems(ids, (subset) =>
      render([{ id: 'probe', note: 1, items: [{ id: subset[0] }] }]),
    );
    if (bad.length === 0) {
      throw err;
    }
    const badIds = new Set(bad.map(([id]) => id));
    const kept = req.clusters
      .map((c) => Object.assign({}, c, { items: c.items.filter((ci) => !badIds.has(String(ci.id))) }))
      .filter((c) => c.items.length > 0);
    reset(req.items.filter((item) => !badIds.has(String(item.id))));
    return { ok: true, notes: render(kept), errors: bad };
  }
}

function init(req) {
  localesDir = req.locales_dir;
  engine = new CSL.Engine(sys, req.style, req.lang, Boolean(req.force_lang));
  return {
    ok: true,
    class: engine.opt.class,
    has_bibliography: Boolean(engine.bibliography && engine.bibliography.tokens.length),
  };
}

const handlers = { init, bibliography, notes };

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  let answer;
  try {
    const req = JSON.parse(line);
    const handler = handlers[req.cmd];
    if (!handler) {
      throw new Error(`unknown command ${req.cmd}`);
    }
    if (req.cmd !== 'init' && !engine) {
      throw new Error('init first');
    }
    answer = handler(req);
  } catch (err) {
    answer = { ok: false, error: message(err) };
  }
  reply(JSON.stringify(answer) + '\n');
});
