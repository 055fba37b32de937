// Runs graphql-js (oracle.mjs) and our conformance_dump over the corpus and requires the same
// verdict, byte-identical print(), the same JSON AST, and for errors the same message at the same
// line:column. Usage: node compare.mjs --dump PATH/TO/conformance_dump [FILE...]
// Without FILEs the whole corpus/ folder is used. The last line is `conformance: N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const detailedFailures = 5;

function fail(message) {
  console.error(message);
  console.log('conformance: 0 passed, 1 failed');
  process.exit(2);
}

// graphql-js must be exactly the locked version; anything else is a setup problem, not a result.
function checkOracleInstalled() {
  const installed = join(here, 'node_modules', 'graphql', 'package.json');
  const hint = 'run `npm ci --no-audit --no-fund` in tests/conformance';
  if (!existsSync(installed)) fail(`conformance: graphql-js is not installed (no tests/conformance/node_modules): ${hint}`);
  const wanted = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8')).packages['node_modules/graphql'].version;
  const found = JSON.parse(readFileSync(installed, 'utf8')).version;
  if (wanted !== found) fail(`conformance: node_modules has graphql ${found} but package-lock.json pins ${wanted}: ${hint}`);
}

function parseArguments(argv) {
  const options = { dump: undefined, files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dump') options.dump = argv[++i];
    else options.files.push(argv[i]);
  }
  if (!options.dump) fail('usage: node compare.mjs --dump PATH/TO/conformance_dump [FILE...]');
  if (!existsSync(options.dump)) fail(`conformance: dump executable not found: ${options.dump}`);
  return options;
}

function corpusFiles(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...corpusFiles(path));
    else if (entry.name.endsWith('.graphql')) found.push(path);
  }
  return found.sort();
}

// Our side, in one process for the whole corpus: paths go in on stdin, one JSON line per file out.
function runDump(dump, files) {
  const run = spawnSync(dump, [], { input: files.join('\n') + '\n', maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.error) fail(`conformance: cannot run ${dump}: ${run.error.message}`);
  const results = new Map();
  for (const line of run.stdout.split('\n')) {
    if (!line) continue;
    const result = JSON.parse(line);
    results.set(result.file, result);
  }
  const crashed = run.status !== 0 ? `conformance_dump exited with ${run.signal ?? run.status}: ${run.stderr.trim()}` : '';
  return { results, crashed };
}

// Where two JSON values first differ, as a path: definitions[0].selectionSet.selections[1].name.value.
function firstDifference(expected, actual, path = '') {
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return { path, expected, actual };
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const found = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    for (const key of keys) {
      const found = firstDifference(expected[key], actual[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
    const expectedKeys = Object.keys(expected).join(','), actualKeys = Object.keys(actual).join(',');
    if (expectedKeys !== actualKeys) return { path: `${path} (key order)`, expected: expectedKeys, actual: actualKeys };
    return undefined;
  }
  return Object.is(expected, actual) ? undefined : { path, expected, actual };
}

function show(value) {
  return value === undefined ? '(absent)' : JSON.stringify(value).slice(0, 300);
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

// All differences for one file, as readable lines; empty when it conforms.
function differences(expected, actual, file) {
  if (!actual) return ['no output from conformance_dump for this file'];
  if (expected.valid !== actual.valid) {
    const say = (r) => (r.valid ? 'valid' : `invalid at ${r.line}:${r.column}: ${r.message}`);
    return [`verdict differs: graphql-js says ${say(expected)}; ours says ${say(actual)}`];
  }
  const problems = [];
  const [top, kind] = file.split(sep);
  if (top === 'corpus' && (kind === 'valid') !== expected.valid) problems.push(`corpus file misplaced: graphql-js says it is ${expected.valid ? 'valid' : 'invalid'}`);
  if (expected.valid) {
    if (expected.print !== actual.print) problems.push(`print() differs:\n${textDiff(expected.print, actual.print)}`);
    const found = firstDifference(expected.ast, actual.ast);
    if (found) problems.push(`AST differs at ${found.path || '(root)'}: graphql-js ${show(found.expected)}, ours ${show(found.actual)}`);
  } else {
    if (expected.line !== actual.line || expected.column !== actual.column)
      problems.push(`error position differs: graphql-js ${expected.line}:${expected.column}, ours ${actual.line}:${actual.column}`);
    if (expected.message !== actual.message)
      problems.push(`error message differs:\n  - ${JSON.stringify(expected.message)}   (graphql-js)\n  + ${JSON.stringify(actual.message)}   (ours)`);
  }
  return problems;
}

async function main() {
  checkOracleInstalled();
  const options = parseArguments(process.argv.slice(2));
  const { oracleFor } = await import('./oracle.mjs');
  const files = options.files.length ? options.files : corpusFiles(join(here, 'corpus'));
  const { results, crashed } = runDump(options.dump, files);
  let passed = 0, failed = 0;
  const summary = [];
  for (const file of files) {
    const problems = differences(oracleFor(file), results.get(file), relative(here, file));
    if (!problems.length) { passed++; continue; }
    failed++;
    if (failed <= detailedFailures) console.log(`\nFAIL ${relative(here, file)}\n  ${problems.join('\n  ')}`);
    else summary.push(`FAIL ${relative(here, file)}: ${problems[0].split('\n')[0]}`);
  }
  if (summary.length > 50) summary.splice(50, summary.length, `... and ${summary.length - 50} more`);
  if (summary.length) console.log(`\n${summary.join('\n')}`);
  if (crashed) { console.log(`\n${crashed}`); if (!failed) failed = 1; }
  console.log(`conformance: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
