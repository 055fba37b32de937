// graphql-js 16 side of the execution benchmark: graphqlSync() + JSON.stringify(result) of
// `{ items { id name score tags owner { id name } } }` on the schema and data bench_execute uses:
//   stream  Query.items resolves to a generator yielding each item on demand;
//   list    the root value holds the items as an in-memory array (built before timing);
//   json    the root value is JSON.parse() of the file bench_execute --write-json wrote (before timing).
// One case per process; peak RSS from process.resourceUsage().maxRSS. One TSV line:
//   impl <TAB> case <TAB> items <TAB> median seconds <TAB> peak RSS MB <TAB> baseline RSS MB <TAB> response bytes
//
// Usage: node bench_execute_graphqljs.mjs --case stream|list|json [--items N] [--runs N] [--warmup N]
//                                         [--json FILE] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const baseline = process.resourceUsage().maxRSS / 1024;
const graphqlUrl = process.env.GRAPHQL_JS ?? new URL('../conformance/node_modules/graphql/index.mjs', import.meta.url);
const { buildSchema, graphqlSync, version } = await import(graphqlUrl);

const options = { case: 'stream', items: 100000, runs: 5, warmup: 2, json: '', out: '' };
for (let i = 2; i + 1 < process.argv.length; i += 2) {
  const key = process.argv[i].replace(/^--/, '');
  options[key] = ['items', 'runs', 'warmup'].includes(key) ? Number(process.argv[i + 1]) : process.argv[i + 1];
}

const schema = buildSchema(`type Query { items: [Item!]! }
type Item { id: ID! name: String! score: Float tags: [String!]! owner: Owner }
type Owner { id: ID! name: String! }
`);
const source = '{ items { id name score tags owner { id name } } }';

// The same deterministic item as bench_execute.cpp's makeItem().
function makeItem(i) {
  const owner = String(i % 1000);
  return {
    id: `item-${i}`,
    name: `Item ${i}`,
    score: i * 0.5,
    tags: [`t${i % 10}`, `u${i % 7}`, 'common'],
    owner: { id: `owner-${owner}`, name: `Owner ${owner}` },
  };
}

let rootValue;
if (options.case === 'stream') {
  rootValue = {
    *items() {
      for (let i = 0; i < options.items; ++i) yield makeItem(i);
    },
  };
} else if (options.case === 'list') {
  rootValue = { items: Array.from({ length: options.items }, (_, i) => makeItem(i)) };
} else if (options.case === 'json') {
  rootValue = JSON.parse(readFileSync(options.json, 'utf8'));
} else {
  throw new Error(`unknown case ${options.case}`);
}

const times = [];
let bytes = 0;
for (let i = 0; i < options.warmup + options.runs; ++i) {
  const start = performance.now();
  const response = JSON.stringify(graphqlSync({ schema, source, rootValue }));
  const seconds = (performance.now() - start) / 1000;
  bytes = Buffer.byteLength(response);
  if (i >= options.warmup) times.push(seconds);
  if (i === 0 && options.out) writeFileSync(options.out, response);
}
times.sort((a, b) => a - b);
const peak = process.resourceUsage().maxRSS / 1024;
console.error(`graphql-js ${version}, node ${process.version}`);
console.log(['graphql-js', options.case, options.items, times[Math.floor(times.length / 2)].toFixed(6),
  peak.toFixed(1), baseline.toFixed(1), bytes].join('\t'));
