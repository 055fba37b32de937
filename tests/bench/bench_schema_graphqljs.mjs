// graphql-js 16 side of the schema-loading benchmark: buildClientSchema(JSON.parse(text)) on the SAME
// introspection JSON files bench_schema reads, timed the same way (median of N runs after warm-up).
// JSON.parse is inside the timed work, as simdjson parsing is inside ours. One TSV line per file and
// phase:  impl <TAB> file <TAB> bytes <TAB> phase <TAB> median seconds <TAB> MB/s
//
// Phases: `build` = buildClientSchema(JSON.parse(text)); `build+lookup` also calls getTypeMap(),
// getType(), getFields() of every type and getPossibleTypes() of every abstract type (graphql-js builds
// fields lazily on first getFields(), so `build` alone leaves work undone that ours has done).
//
// Usage: node bench_schema_graphqljs.mjs [--runs N] [--warmup N] FILE...
// graphql comes from tests/conformance/node_modules (`npm ci` there); GRAPHQL_JS may point elsewhere.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';

const graphqlUrl = process.env.GRAPHQL_JS ?? new URL('../conformance/node_modules/graphql/index.mjs', import.meta.url);
const { buildClientSchema, isAbstractType, isInputObjectType, isObjectType, isInterfaceType, version } =
  await import(graphqlUrl);

function parseArgs(argv) {
  const options = { runs: 15, warmup: 5, files: [] };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--warmup') options.warmup = Number(argv[++i]);
    else options.files.push(argv[i]);
  }
  return options;
}

function median(fn, runs, warmup) {
  for (let i = 0; i < warmup; ++i) fn();
  const times = [];
  for (let i = 0; i < runs; ++i) {
    const start = performance.now();
    fn();
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function lookUpEverything(schema) {
  let found = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (schema.getType(type.name)) ++found;
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      const fields = type.getFields();
      for (const name of Object.keys(fields)) if (fields[name]) ++found;
    }
    if (isAbstractType(type)) found += schema.getPossibleTypes(type).length;
  }
  return found;
}

const options = parseArgs(process.argv.slice(2));
console.error(`graphql-js ${version}, node ${process.version}`);
for (const file of options.files) {
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8'); // decoding is not timed (ours reads bytes)
  const load = () => {
    const json = JSON.parse(text);
    return buildClientSchema(json.data ?? json);
  };
  const phases = {
    build: load,
    'build+lookup': () => lookUpEverything(load()),
  };
  for (const [phase, fn] of Object.entries(phases)) {
    const seconds = median(fn, options.runs, options.warmup);
    const mbps = bytes.length / 1e6 / seconds;
    console.log(['graphql-js', basename(file), bytes.length, phase, seconds.toFixed(6), mbps.toFixed(1)].join('\t'));
  }
}
