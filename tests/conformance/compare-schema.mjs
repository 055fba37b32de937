// Schema conformance: for every SDL file in schemas/ plus GitHub's public SDL (npm
// @octokit/graphql-schema, read from node_modules, pinned in package-lock.json), graphql-js
// printSchema(buildSchema(sdl)) (schema-oracle.mjs) must be byte-identical to ours
// (`conformance_dump --schema`). A schema graphql-js refuses fails the run: the corpus must not hold
// one. schemas/lenient/ holds invalid SDL (duplicates, extensions of undefined types): graphql-js
// builds those with assumeValidSDL, like GitHub's, and ours must also report at least one warning.
// Usage: node compare-schema.mjs --dump PATH/TO/conformance_dump [FILE...]
// The last line is `conformance-schema: N passed, M failed`; the exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const github = join(here, 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql');
const lenientFolder = join(here, 'schemas', 'lenient');
const isLenient = (file) => file === github || dirname(file) === lenientFolder;
const detailedFailures = 5;

function fail(message) {
  console.error(message);
  console.log('conformance-schema: 0 passed, 1 failed');
  process.exit(2);
}

// Every package the comparison reads must be exactly the locked version.
function checkInstalled() {
  const hint = 'run `npm ci --no-audit --no-fund` in tests/conformance';
  const locked = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8')).packages;
  for (const name of ['graphql', '@octokit/graphql-schema']) {
    const installed = join(here, 'node_modules', name, 'package.json');
    if (!existsSync(installed)) fail(`conformance-schema: ${name} is not installed: ${hint}`);
    const wanted = locked[`node_modules/${name}`].version;
    const found = JSON.parse(readFileSync(installed, 'utf8')).version;
    if (wanted !== found) fail(`conformance-schema: node_modules has ${name} ${found} but package-lock.json pins ${wanted}: ${hint}`);
  }
}

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


// Our side, in one process: paths go in on stdin, one JSON line per file comes out.
function runDump(dump, files) {
  const run = spawnSync(dump, ['--schema'], { input: files.join('\n') + '\n', maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.error) fail(`conformance-schema: cannot run ${dump}: ${run.error.message}`);
  const results = new Map();
  for (const line of run.stdout.split('\n')) {
    if (!line) continue;
    const result = JSON.parse(line);
    results.set(result.file, result);
  }
  const crashed = run.status !== 0 ? `conformance_dump exited with ${run.signal ?? run.status}: ${run.stderr.trim()}` : '';
  return { results, crashed };
}

// The first differing line of two texts, with two lines of context before it.
function textDiff(expected, actual) {
  const a = expected.split('\n'), b = actual.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  const out = [];
  for (let i = Math.max(0, line - 2); i < line; i++) out.push(`    ${i + 1}  ${a[i]}`);
  out.push(`  - ${line + 1}  ${line < a.length ? JSON.stringify(a[line]) : '(end of text)'}   (graphql-js)`);
  out.push(`  + ${line + 1}  ${line < b.length ? JSON.stringify(b[line]) : '(end of text)'}   (ours)`);
  return out.join('\n');
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
  checkInstalled();
  const options = parseArguments(process.argv.slice(2));
  const { schemaOracleFor } = await import('./schema-oracle.mjs');
  const files = options.files.length ? options.files : corpusFiles();
  const { results, crashed } = runDump(options.dump, files);
  let passed = 0, failed = 0;
  const summary = [];
  for (const file of files) {
    const lenient = isLenient(file);
    const problems = differences(schemaOracleFor(file, { lenient }), results.get(file), lenient);
    const name = relative(here, file);
    if (!problems.length) { passed++; continue; }
    failed++;
    if (failed <= detailedFailures) console.log(`\nFAIL ${name}\n  ${problems.join('\n  ')}`);
    else summary.push(`FAIL ${name}: ${problems[0].split('\n')[0]}`);
  }
  if (summary.length) console.log(`\n${summary.join('\n')}`);
  if (crashed) { console.log(`\n${crashed}`); if (!failed) failed = 1; }
  console.log(`conformance-schema: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
