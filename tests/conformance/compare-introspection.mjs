// Introspection conformance ("our executor's result for the full introspection query identical to
// graphql-js graphqlSync over buildSchema of the same SDL"): for every schema of the schema corpus
// (schemas/*.graphql, schemas/lenient/*.graphql and GitHub's public SDL built with assumeValidSDL),
// the execution suites' execution/*/schema.graphql and the sandbox's resources/sandbox/*.graphql, graphql-js
// graphqlSync({schema: buildSchema(sdl), source: getIntrospectionQuery(full options)}) must equal
// ours (`conformance_dump --introspect`: execute() of introspectionQuery(fullIntrospectionOptions())),
// compared as parsed JSON, key order included.
// Usage: node compare-introspection.mjs --dump PATH/TO/conformance_dump [FILE...]
// The last line is `conformance-introspection: N passed, M failed`; non-zero exit on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInstalled, fail as failWith, report, runDump } from './report.mjs';
import { jsonDiff } from './jsondiff.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repository = join(here, '..', '..');
const github = join(here, 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql');
const lenientFolder = join(here, 'schemas', 'lenient');
const isLenient = (file) => file === github || dirname(file) === lenientFolder;
const label = 'conformance-introspection';
const fail = (message) => failWith(label, message);
// core/graphql/introspectionquery.h fullIntrospectionOptions(): the query the explorer sends first.
const fullOptions = { specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true };

function parseArguments(argv) {
  const options = { dump: undefined, files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dump') options.dump = argv[++i];
    else options.files.push(argv[i]);
  }
  if (!options.dump) fail('usage: node compare-introspection.mjs --dump PATH/TO/conformance_dump [FILE...]');
  if (!existsSync(options.dump)) fail(`${label}: dump executable not found: ${options.dump}`);
  return options;
}

function graphqlFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => name.endsWith('.graphql')).sort().map((name) => join(folder, name));
}

function corpusFiles() {
  return [
    ...graphqlFiles(join(here, 'schemas')),
    ...graphqlFiles(lenientFolder),
    github,
    ...readdirSync(join(here, 'execution')).sort().map((suite) => join(here, 'execution', suite, 'schema.graphql')).filter(existsSync),
    ...graphqlFiles(join(repository, 'resources', 'sandbox')),
  ];
}

// graphql-js's answer. The corpus holds schemas that break type-system rules on purpose (empty types,
// ...), which graphqlSync() refuses to execute over: they are marked as already validated
// (graphql-js's own cache field), so both sides answer as a server that does not validate would.
function oracle(graphql, file) {
  const { buildSchema, getIntrospectionQuery, graphqlSync } = graphql;
  try {
    const schema = buildSchema(readFileSync(file, 'utf8'), { assumeValidSDL: isLenient(file) });
    schema.__validationErrors = [];
    return { result: JSON.parse(JSON.stringify(graphqlSync({ schema, source: getIntrospectionQuery(fullOptions) }))) };
  } catch (error) {
    return { error: String(error.message) };
  }
}

function differences(expected, actual) {
  if (expected.error) return [`graphql-js refuses this schema (keep such schemas out of the corpus): ${expected.error.split('\n')[0]}`];
  if (!actual) return ['no output from conformance_dump for this file'];
  if (actual.error) return [`ours refuses a schema graphql-js builds: ${actual.error}`];
  const diff = jsonDiff(expected.result, actual.result);
  return diff ? [`introspection result differs: ${diff}`] : [];
}

async function main() {
  checkInstalled(label, here, ['graphql', '@octokit/graphql-schema']);
  const options = parseArguments(process.argv.slice(2));
  const graphql = await import('graphql');
  const files = options.files.length ? options.files : corpusFiles();
  const { results, crashed } = runDump(label, options.dump, ['--introspect'], files);
  const outcomes = files.map((file) => ({ name: relative(here, file), problems: differences(oracle(graphql, file), results.get(file)) }));
  const failed = report(label, outcomes, crashed);
  process.exit(failed ? 1 : 0);
}

await main();
