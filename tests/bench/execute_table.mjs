// Side-by-side table of bench_execute and bench_execute_graphqljs.mjs results (TSV lines from run.sh):
// per case the median over rounds of each round's median time, the median peak RSS (and its rise above
// the process's baseline), and the ratios graphql-js / altrata.
// Usage: node execute_table.mjs RESULTS.tsv
import { readFileSync } from 'node:fs';

const cells = new Map(); // case -> { items, altrata: [{seconds, peak, base}], 'graphql-js': [...] }
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const [impl, name, items, seconds, peak, base] = line.split('\t');
  if (!base) continue;
  if (!cells.has(name)) cells.set(name, { name, items: Number(items), altrata: [], 'graphql-js': [] });
  cells.get(name)[impl]?.push({ seconds: Number(seconds), peak: Number(peak), base: Number(base) });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stat = (runs, key) => (runs.length ? median(runs.map((r) => r[key])) : NaN);
const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

console.log('| case | items | altrata ms | graphql-js ms | time ratio | altrata peak RSS MB (above start) | ' +
            'graphql-js peak RSS MB (above start) | RSS ratio |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const cell of cells.values()) {
  const ours = cell.altrata;
  const theirs = cell['graphql-js'];
  const [ms, jsMs] = [stat(ours, 'seconds') * 1000, stat(theirs, 'seconds') * 1000];
  const [peak, jsPeak] = [stat(ours, 'peak'), stat(theirs, 'peak')];
  const [rise, jsRise] = [peak - stat(ours, 'base'), jsPeak - stat(theirs, 'base')];
  console.log(`| ${cell.name} | ${cell.items} | ${fmt(ms)} | ${fmt(jsMs)} | ${fmt(jsMs / ms, 2)}× | ` +
              `${fmt(peak)} (${fmt(rise)}) | ${fmt(jsPeak)} (${fmt(jsRise)}) | ${fmt(jsPeak / peak, 2)}× |`);
}
