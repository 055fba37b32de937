// Schema conformance: for every SDL file in schemas/ plus GitHub's public SDL (npm
// @octokit/graphql-schema, read from node_modules, pinned in package-lock.json), graphql-js
// printSchema(buildSchema(sdl)) (schema-oracle.mjs) must be byte-identical to ours
// (`conformance_dump --schema`). A schema graphql-js refuses fails the run: the corpus must not hold
// one. schemas/lenient/ holds invalid SDL (duplicates, extensions of undefined types): graphql-js
// builds those with assumeValidSDL, like GitHub's, and ours must also report at least one warning.
// Usage: node compare-schema.mjs --dump PATH/TO/conformance_dump [FILE...]
// The last line is `conformance-schema: N passed, M failed`; the exit code is non-zero on any failure.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInstalled, fail as failWith, report, runDump, textDiff } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const github = join(here, 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql');
const lenientFolder = join(here, 'schemas', 'lenient');
const isLenient = (file) => file === github || dirname(file) === lenientFolder;
const label = 'conformance-schema';
const fail = (message) => failWith(label, message);

function parseArguments(argv) {
  const options = { dump: undefined, files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dump') options.dump = argv[++i];
    else options.files.push(argv[i]);
  }
  if (!options.dump) fail('usage: node compare-schema.mjs --dump PATH/TO/conformance_dump [FILE...]');
  if (!existsSync(options.dump)) fail(`conformance-schema: dump executable not found: ${options.dump}`);
  return options;
}

function graphqlFiles(folder) {
  return readdirSync(folder).filter((name) => name.endsWith('.graphql')).sort().map((name) => join(folder, name));
}

function corpusFiles() {
  return [...graphqlFiles(join(here, 'schemas')), ...graphqlFiles(lenientFolder), github];
}

function differences(expected, actual, lenient) {
  if (!expected.ok) return [`graphql-js refuses this schema (keep such schemas out of the corpus): ${expected.message.split('\n')[0]}`];
  if (!actual) return ['no output from conformance_dump for this file'];
  if (!actual.ok) return [`ours refuses a schema graphql-js builds: ${actual.message}`];
  const problems = [];
  if (expected.print !== actual.print) problems.push(`printSchema() differs:\n${textDiff(expected.print, actual.print)}`);
  if (lenient && !actual.warnings) problems.push('invalid SDL built without any warning on our side');
  return problems;
}

async function main() {
  checkInstalled(label, here, ['graphql', '@octokit/graphql-schema']);
  const options = parseArguments(process.argv.slice(2));
  const { schemaOracleFor } = await import('./schema-oracle.mjs');
  const files = options.files.length ? options.files : corpusFiles();
  const { results, crashed } = runDump(label, options.dump, ['--schema'], files);
  const outcomes = files.map((file) => {
    const lenient = isLenient(file);
    return { name: relative(here, file), problems: differences(schemaOracleFor(file, { lenient }), results.get(file), lenient) };
  });
  const failed = report(label, outcomes, crashed);
  process.exit(failed ? 1 : 0);
}

await main();
