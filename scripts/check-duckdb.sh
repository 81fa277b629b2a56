#!/usr/bin/env bash
# check-duckdb.sh: reads akhbar's outputs back with DuckDB (the npm package
# @duckdb/node-api, installed into a temporary folder) and checks that the
# JSONL and the Parquet of one run answer the same queries: counts by
# language and by host, "site IS NULL", quality['word_count'], published
# as a timestamp; and that --schema dolma / datatrove write the columns
# those tools read.
#
# usage: scripts/check-duckdb.sh [INPUT...]   (default: testdata/sample and
# the JSONL shapes of source/testdata/shapes)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  inputs=(testdata/sample source/testdata/shapes)
fi
go build -o "$work/akhbar" ./cmd/akhbar
now=2025-01-01T00:00:00Z
"$work/akhbar" clean -q --now $now --rejects none -o "$work/c.jsonl" "${inputs[@]}"
"$work/akhbar" clean -q --now $now --rejects none -o "$work/c.parquet" "${inputs[@]}"
"$work/akhbar" clean -q --now $now --rejects none --schema dolma -o "$work/dolma.jsonl" "${inputs[@]}"
"$work/akhbar" clean -q --now $now --rejects none --schema datatrove -o "$work/datatrove.jsonl" "${inputs[@]}"

(cd "$work" && npm install --silent --no-audit --no-fund @duckdb/node-api >/dev/null)
cat > "$work/check.mjs" <<'JS'
import { DuckDBInstance } from '@duckdb/node-api';
const dir = process.argv[2];
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const rows = async (sql) => (await con.runAndReadAll(sql)).getRowObjectsJson();
let failed = 0;
const same = (what, a, b) => {
  const ja = JSON.stringify(a), jb = JSON.stringify(b);
  if (ja !== jb) { console.error(`MISMATCH ${what}\n  jsonl:   ${ja}\n  parquet: ${jb}`); failed++; }
  else console.log(`ok  ${what}: ${ja.length > 160 ? ja.slice(0, 160) + '…' : ja}`);
};
const J = `read_json('${dir}/c.jsonl', format='newline_delimited')`;
const P = `read_parquet('${dir}/c.parquet')`;
const queries = {
  'count by lang': (t) => `SELECT lang, count(*) AS n FROM ${t} GROUP BY lang ORDER BY n DESC, lang`,
  'count by host': (t) => `SELECT host, count(*) AS n FROM ${t} GROUP BY host ORDER BY n DESC, host`,
  'site IS NULL': (t) => `SELECT count(*) AS n FROM ${t} WHERE site IS NULL`,
  'host IS NULL': (t) => `SELECT count(*) AS n FROM ${t} WHERE host IS NULL`,
  'word_count': (t) => `SELECT sum(quality['word_count'])::BIGINT AS words FROM ${t}`,
  'published': (t) => `SELECT count(*) AS n, min(published::TIMESTAMPTZ)::VARCHAR AS first FROM ${t} WHERE published IS NOT NULL`,
};
for (const [name, q] of Object.entries(queries)) {
  try {
    same(name, await rows(q(J)), await rows(q(P)));
  } catch (e) { console.error(`FAIL ${name}: ${e.message}`); failed++; }
}
const types = await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${P}) WHERE column_name IN ('langs','quality','published','published_precision','site')`);
console.log('parquet types:', JSON.stringify(types));
for (const t of types) {
  const want = { langs: 'MAP(VARCHAR, DOUBLE)', quality: 'MAP(VARCHAR, DOUBLE)', published: 'TIMESTAMP WITH TIME ZONE', published_precision: 'VARCHAR', site: 'VARCHAR' }[t.column_name];
  if (t.column_type !== want) { console.error(`FAIL parquet ${t.column_name} is ${t.column_type}, want ${want}`); failed++; }
}
for (const [file, cols] of [['dolma.jsonl', ['id', 'text', 'source', 'added', 'created', 'metadata']], ['datatrove.jsonl', ['text', 'id', 'media', 'metadata']]]) {
  const got = (await rows(`DESCRIBE SELECT * FROM read_json('${dir}/${file}', format='newline_delimited')`)).map((r) => r.column_name);
  if (JSON.stringify(got) !== JSON.stringify(cols)) { console.error(`FAIL ${file} columns ${got}, want ${cols}`); failed++; }
  else console.log(`ok  ${file} columns: ${got.join(', ')}`);
  const n = await rows(`SELECT count(*) AS n, count(DISTINCT metadata.host) AS hosts FROM read_json('${dir}/${file}', format='newline_delimited')`);
  console.log(`    ${file}: ${JSON.stringify(n)}`);
}
process.exit(failed ? 1 : 0);
JS
node "$work/check.mjs" "$work"
