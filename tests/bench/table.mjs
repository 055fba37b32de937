// Side-by-side table of bench_graphql and bench_graphqljs.mjs results (TSV lines from run.sh):
// per file and phase the median over rounds of each round's median time, MB/s and the ratio.
// Usage: node table.mjs RESULTS.tsv
import { readFileSync } from 'node:fs';

// graphql-js-only phases compared against one of ours.
const ourPhaseFor = { 'parse-noloc': 'parse' };
const cells = new Map(); // "file\tphase" -> { bytes, altrata: [s...], 'graphql-js': [s...] }
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const [impl, file, bytes, phase, seconds] = line.split('\t');
  if (!seconds) continue;
  const key = `${file}\t${phase}`;
  if (!cells.has(key)) cells.set(key, { file, phase, bytes: Number(bytes), altrata: [], 'graphql-js': [] });
  cells.get(key)[impl]?.push(Number(seconds));
}
for (const cell of cells.values()) {
  const ours = ourPhaseFor[cell.phase];
  if (ours) cell.altrata = cells.get(`${cell.file}\t${ours}`)?.altrata ?? [];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mbps = (cell, impl) => (cell[impl].length ? cell.bytes / 1e6 / median(cell[impl]) : NaN);
const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

console.log('| input | size MB | phase | altrata MB/s | graphql-js MB/s | ratio |');
console.log('|---|---:|---|---:|---:|---:|');
const phaseOrder = ['lex', 'parse', 'parse-noloc', 'print', 'minify'];
const rank = (cell) => phaseOrder.indexOf(cell.phase);
const files = [...new Set([...cells.values()].map((cell) => cell.file))];
const rows = [...cells.values()].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || rank(a) - rank(b));
for (const cell of rows) {
  const ours = mbps(cell, 'altrata');
  const theirs = mbps(cell, 'graphql-js');
  const ratio = ours / theirs;
  console.log(`| ${cell.file} | ${fmt(cell.bytes / 1e6, 2)} | ${cell.phase} | ${fmt(ours)} | ${fmt(theirs)} | ` +
              `${Number.isFinite(ratio) ? fmt(ratio, 2) + '×' : '–'} |`);
}
