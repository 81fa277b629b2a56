// gen.cjs writes the Kruti Dev table and test set of package legacyfont from
// the reference converter, the npm package @anthro-ai/krutidev-unicode@0.1.0
// (ISC; a JavaScript port of LTRC's kru2uni). Run it through gen.sh, which
// installs the pinned package in a temporary folder:
//
//	bash scripts/legacyfont/gen.sh
//
// It writes
//   - legacyfont/data/krutidev.tsv: the reference's ordered replacement
//     table (Kruti Dev string → Unicode string), each field Go-quoted. A
//     character table is data; the package's code is not copied.
//   - legacyfont/testdata/flores-hin.tsv: the Hindi rows of FLORES-200 dev
//     (the evaluation kit's lid/flores-dev.tsv) without Latin letters,
//     written in Kruti Dev by inverting that table (longest Unicode match
//     first, the plain-ASCII Kruti Dev key preferred), with the reference's
//     own decoding of that Kruti Dev, so a test can compare both decoders
//     with the original sentence.
// and the same two files for Walkman-Chanakya (data/chanakya.tsv,
// testdata/flores-hin-chanakya.tsv) from the table of npm-hindi-converter
// 0.1.2 (MIT), the only published Chanakya converter in the registries,
// with that package's decoder as the reference. It prints the Chanakya
// spellings of the lexicon's frequent Hindi words for lexicon/data/hin.tsv.
// Output is sorted as the input is and has no timestamps: the same inputs
// give the same bytes.
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, flores, repo] = process.argv.slice(2);
if (!modules || !flores || !repo) {
  console.error('usage: node gen.cjs NODE_MODULES FLORES_TSV REPO_ROOT');
  process.exit(2);
}
const table = require(path.join(modules, '@anthro-ai/krutidev-unicode/dictionary/main.js'));
const kru2uni = require(path.join(modules, '@anthro-ai/krutidev-unicode'));

// goQuote quotes a string as Go's strconv.Quote would read it back.
function goQuote(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x300 && c < 0x370)) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

let tsv = '# Kruti Dev 010 → Unicode, in the order the replacements are applied.\n' +
  '# From @anthro-ai/krutidev-unicode@0.1.0 dictionary/main.js (ISC), written by\n' +
  '# scripts/legacyfont/gen.sh; do not edit by hand. Fields are Go-quoted.\n';
for (const [kd, uni] of table) tsv += goQuote(kd) + '\t' + goQuote(uni) + '\n';
fs.writeFileSync(path.join(repo, 'legacyfont/data/krutidev.tsv'), tsv);

// The encoder: Unicode → Kruti Dev by the inverted table.
const isDeva = (s) => /^[\u0900-\u097f]+$/u.test(s);
const isASCII = (s) => /^[\x20-\x7e]+$/.test(s);
const inv = new Map();
function offer(uni, kd) {
  uni = uni.normalize('NFC');
  const old = inv.get(uni);
  // Prefer the key a typist types on the Kruti Dev keyboard (plain ASCII),
  // then the shorter one, then the first in the table.
  const rank = (k) => [isASCII(k) ? 0 : 1, [...k].length];
  if (old === undefined) { inv.set(uni, kd); return; }
  const [a1, a2] = rank(kd), [b1, b2] = rank(old);
  if (a1 < b1 || (a1 === b1 && a2 < b2)) inv.set(uni, kd);
}
for (const [kd, uni] of table) {
  // Pairs whose output still holds Kruti Dev letters are reordering steps,
  // not characters.
  // A vowel sign with a nasal sign is typed as the two keys, vowel first
  // ("gSa" हैं); the table's nasal-first pairs only mend other typing.
  // "pkS" is च + ौ (चौ) on the font; the table's चै is a slip that package
  // legacyfont corrects, so the encoder must not use it.
  if (kd === 'pkS') continue;
  if (isDeva(uni) && !/^[\u093e-\u094c][\u0901\u0902]$/u.test(uni.normalize('NFC'))) offer(uni, kd);
}
// Punctuation the table turns into ASCII: its inverse, where unambiguous.
for (const [kd, uni] of [['-', '.'], [']', ','], ['\\', '?'], ['¼', '('], ['½', ')'],
  ['&', '-'], ['(', ';'], ['@', '/'], ['¾', '='], ['^', '‘'], ['*', '’'], ['Þ', '“'],
  ['ß', '”'], ['%', ':'], ['%', 'ः']]) offer(uni, kd);
const keyChars = new Set(table.flatMap(([kd]) => [...kd]).concat(['f', 'Z']));
keyChars.delete(' ');
const keys = [...inv.keys()].sort((a, b) => [...b].length - [...a].length);
const maxKey = Math.max(...keys.map((k) => [...k].length));

const C = '[\u0915-\u0939\u0958-\u095f]\u093c?';
const V = '[\u093e-\u094c\u0962\u0963\u0945]';
const A = '[\u0901\u0902]';
// One syllable: optional reph, consonant cluster, vowel signs, nasal signs.
const syll = new RegExp(`(\u0930\u094d(?=${C}))?((?:${C}\u094d)*${C})(${V}*)(${A}*)`, 'gu');

function encode(s) {
  s = s.normalize('NFC');
  // Kruti Dev writes the short i before its consonant cluster and the reph
  // after its syllable: reorder first, with 'f' and 'Z' standing for them.
  s = s.replace(syll, (m, reph, cluster, vowels, nasal) => {
    let pre = '';
    if (vowels.startsWith('\u093f')) { pre = '\u0001'; vowels = vowels.slice(1); }
    return pre + cluster + vowels + (reph ? '\u0002' : '') + nasal;
  });
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length;) {
    if (chars[i] === '\u0001') { out += 'f'; i++; continue; }
    if (chars[i] === '\u0002') { out += 'Z'; i++; continue; }
    let done = false;
    // A consonant with a subscript r is typed as the consonant and the
    // subscript key ("cz" ब्र), unless the font has a glyph for the pair.
    const c3 = chars.slice(i, i + 3).join('');
    if (/^.\u094d\u0930$/u.test(c3) && !inv.has(c3) && inv.has(chars[i]) && inv.has('\u094d\u0930')) {
      out += inv.get(chars[i]) + inv.get('\u094d\u0930'); i += 3; continue;
    }
    for (let n = Math.min(maxKey, chars.length - i); n > 0; n--) {
      const k = chars.slice(i, i + n).join('');
      if (inv.has(k)) { out += inv.get(k); i += n; done = true; break; }
    }
    if (!done) {
      // A character with no key of its own that the font uses as a key
      // (or any non-ASCII one) cannot be typed in Kruti Dev.
      if (keyChars.has(chars[i]) || chars[i].codePointAt(0) > 0x7e) return null;
      out += chars[i]; i++;
    }
  }
  return out;
}

const rows = fs.readFileSync(flores, 'utf8').split('\n')
  .filter((l) => l.startsWith('hin_Deva\t')).map((l) => l.slice('hin_Deva\t'.length));
let test = '# FLORES-200 dev Hindi (CC BY-SA 4.0) without Latin letters or characters the\n' +
  '# font has no key for (such as — | [ ] and the apostrophe): original NFC,\n' +
  '# Kruti Dev by the inverted reference table, the reference decoding of it.\n' +
  '# Written by scripts/legacyfont/gen.sh; do not edit by hand.\n';
let kept = 0, skipped = 0, untypable = 0;
for (const r of rows) {
  if (/[A-Za-z]/.test(r)) { skipped++; continue; }
  const uni = r.normalize('NFC').replace(/\u200b/g, '');
  const kd = encode(uni);
  if (kd === null) { untypable++; continue; }
  const ref = kru2uni(kd).normalize('NFC');
  if (/[\t\n]/.test(uni + kd + ref)) throw new Error('tab or newline in a row');
  test += uni + '\t' + kd + '\t' + ref + '\n';
  kept++;
}
fs.writeFileSync(path.join(repo, 'legacyfont/testdata/flores-hin.tsv'), test);
console.error(`table: ${table.length} pairs; test set: ${kept} sentences (${skipped} with Latin letters and ${untypable} with a character the font has no key for left out)`);

// ---- Walkman-Chanakya ----
// The table is a local variable of npm-hindi-converter's convert function:
// read the array literal out of its source.
const nhcPath = path.join(modules, 'npm-hindi-converter/index.js');
const nhcSrc = fs.readFileSync(nhcPath, 'utf8');
const at = nhcSrc.indexOf('Lipi[1] = [');
const lit = nhcSrc.slice(at + 'Lipi[1] = '.length, nhcSrc.indexOf('];', at) + 1);
const flat = new Function('return ' + lit)();
const chTable = [];
for (let i = 0; i + 1 < flat.length; i += 2) chTable.push([flat[i], flat[i + 1]]);
const chRef = (s) => require(nhcPath).convert(s, 'Chanakya');

let chTSV = '# Walkman-Chanakya → Unicode, in the order the replacements are applied.\n' +
  '# From npm-hindi-converter@0.1.2 index.js, Lipi[1] (MIT, © Vineet Verma), written\n' +
  '# by scripts/legacyfont/gen.sh; do not edit by hand. Fields are Go-quoted.\n';
for (const [ch, uni] of chTable) chTSV += goQuote(ch) + '\t' + goQuote(uni) + '\n';
fs.writeFileSync(path.join(repo, 'legacyfont/data/chanakya.tsv'), chTSV);

// The inverse: a key is used for a Unicode string only if the reference
// decodes the key alone back to it (the table deletes some glyphs first,
// such as the hooks ¤ and U, so not every pair is a key on its own).
// Between keys of one length, the one the package's own sample sentence
// (its README and test) types is preferred: े is ð there, not Ô.
const chSample = 'ÚUæÁSÍæÙ çßçÙØæð» ÂýæðˆâæãUÙ ØæðÁÙæ w®vy ç·¤Ù ÂÚU Üæ»ê ãUæð»è?';
const chInv = new Map();
for (const [ch, uni] of chTable) {
  if (!uni || !isDeva(uni)) continue;
  const u = uni.normalize('NFC');
  if (chRef(ch).normalize('NFC') !== u) continue;
  const old = chInv.get(u);
  const rank = (k) => [[...k].length, chSample.includes(k) ? 0 : 1];
  if (old === undefined) { chInv.set(u, ch); continue; }
  const [a1, a2] = rank(ch), [b1, b2] = rank(old);
  if (a1 < b1 || (a1 === b1 && a2 < b2)) chInv.set(u, ch);
}
for (const [ch, uni] of [['Ð', '।'], ['0', '0']]) if (!chInv.has(uni)) chInv.set(uni, ch);
// ASCII digits are typed on the keys ® v w x y z { | } ~ (the table reads
// them back as 0-9).
'0123456789'.split('').forEach((d, i) => chInv.set(d, '®vwxyz{|}~'[i]));
const chKeys = [...chInv.keys()];
const chMax = Math.max(...chKeys.map((k) => [...k].length));
const chKeyChars = new Set(chTable.flatMap(([ch]) => [...ch]));
chKeyChars.delete(' ');
// The font draws क, ह and र with a second glyph (a hook) that the table
// deletes; its own sample sentence types them (·¤, ãU, ÚU), so the test
// text does too.
const hooks = { '·': '·¤', 'ã': 'ãU', 'Ú': 'ÚU' };

function encodeChanakya(s) {
  s = s.normalize('NFC');
  s = s.replace(syll, (m, reph, cluster, vowels, nasal) => {
    let pre = '';
    if (vowels.startsWith('\u093f')) { pre = '\u0001'; vowels = vowels.slice(1); }
    return pre + cluster + vowels + nasal + (reph ? '\u0002' : '');
  });
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length;) {
    if (chars[i] === '\u0001') { out += 'ç'; i++; continue; }
    if (chars[i] === '\u0002') { out += 'ü'; i++; continue; }
    let done = false;
    const c3 = chars.slice(i, i + 3).join('');
    if (/^.\u094d\u0930$/u.test(c3) && !chInv.has(c3) && chInv.has(chars[i]) && chInv.has('\u094d\u0930')) {
      const v = chInv.get(chars[i]);
      out += (hooks[v] || v) + chInv.get('\u094d\u0930'); i += 3; continue;
    }
    for (let n = Math.min(chMax, chars.length - i); n > 0; n--) {
      const k = chars.slice(i, i + n).join('');
      if (chInv.has(k)) { const v = chInv.get(k); out += hooks[v] || v; i += n; done = true; break; }
    }
    if (!done) {
      if (chKeyChars.has(chars[i]) || chars[i].codePointAt(0) > 0x7e || /[A-Za-z]/.test(chars[i])) return null;
      out += chars[i]; i++;
    }
  }
  return out;
}

let chTest = '# FLORES-200 dev Hindi (CC BY-SA 4.0) without Latin letters or characters\n' +
  '# Walkman-Chanakya has no key for: original NFC, Chanakya by the inverted\n' +
  '# reference table, the reference (npm-hindi-converter) decoding of it.\n' +
  '# Written by scripts/legacyfont/gen.sh; do not edit by hand.\n';
let chKept = 0, chSkipped = 0;
for (const r of rows) {
  if (/[A-Za-z]/.test(r)) continue;
  const uni = r.normalize('NFC').replace(/\u200b/g, '');
  const ch = encodeChanakya(uni);
  if (ch === null) { chSkipped++; continue; }
  const ref = chRef(ch).normalize('NFC');
  if (/[\t\n]/.test(uni + ch + ref)) throw new Error('tab or newline in a row');
  chTest += uni + '\t' + ch + '\t' + ref + '\n';
  chKept++;
}
fs.writeFileSync(path.join(repo, 'legacyfont/testdata/flores-hin-chanakya.tsv'), chTest);
console.error(`chanakya table: ${chTable.length} pairs; test set: ${chKept} sentences (${chSkipped} more left out)`);
const words = 'है में का के की और से को कि यह था थे थी भी पर नहीं हैं तो किया कर गया एक'.split(' ');
console.log(words.map((w) => 'legacy\t' + encodeChanakya(w) + '\tchanakya').join('\n'));
