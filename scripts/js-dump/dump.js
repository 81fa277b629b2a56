// dump.js writes pages as two Node HTML-to-text converters do, layouts
// that none of the text-mode renderers of scripts/make-dump-set.sh has:
//
//   html-to-text  the html-to-text library with its defaults (wrapped at 80
//                 columns, link targets in brackets after the link text,
//                 headings in capitals), as mail clients and Node crawlers
//                 and LLM loaders keep pages;
//   turndown      Markdown by turndown (ATX headings, fenced code), as
//                 browser extensions and crawlers that feed models write it.
//
// Usage: node dump.js LAYOUT OUTDIR PAGE.html...   (npm ci first)
// Each page goes to OUTDIR/<name>.txt; a page already there is skipped, one
// that fails or gives no text is named on stderr and left out. akhbar
// itself never runs this.
'use strict';
const fs = require('fs');
const path = require('path');

const [layout, out, ...pages] = process.argv.slice(2);
let convert;
if (layout === 'html-to-text') {
  const h2t = require('html-to-text');
  convert = (html) => h2t.convert(html, { wordwrap: 80 });
} else if (layout === 'turndown') {
  const TurndownService = require('turndown');
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });
  // Scripts and styles are no text; <noscript> is kept, as a browser with
  // scripts off and the text-mode renderers show it.
  td.remove(['script', 'style', 'template']);
  convert = (html) => td.turndown(html);
} else {
  console.error('usage: node dump.js html-to-text|turndown OUTDIR PAGE.html...');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
let failed = 0;
for (const page of pages) {
  const dst = path.join(out, path.basename(page).replace(/\.html?$/, '') + '.txt');
  if (fs.existsSync(dst)) continue;
  try {
    const text = convert(fs.readFileSync(page, 'utf8'));
    if (!text.trim()) throw new Error('no text');
    fs.writeFileSync(dst + '.tmp', text + '\n');
    fs.renameSync(dst + '.tmp', dst);
  } catch (e) {
    failed++;
    console.error(`${page}: ${e.message}`);
  }
}
if (failed) console.error(`dump.js: ${failed} of ${pages.length} pages failed`);
