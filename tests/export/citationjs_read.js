// Reads a bibliography file with citation-js (npm @citation-js/*), outside
// refharvest, and prints the CSL-JSON items it understood.
//   node tests/export/citationjs_read.js FILE
'use strict';
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-csl');
require('@citation-js/plugin-ris');

const cite = new Cite(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify(cite.format('data', { format: 'object' })) + '\n');
