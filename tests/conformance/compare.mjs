// Runs graphql-js (oracle.mjs) and our conformance_dump over the corpus and requires the same
// verdict, byte-identical print(), the same JSON AST, and for errors the same message at the same
// line:column. Usage: node compare.mjs --dump PATH/TO/conformance_dump [FILE...]
// Without FILEs the whole corpus/ folder is used. The last line is `conformance: N passed, M failed`.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInstalled, fail as failWith, report, runDump, textDiff } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const label = 'conformance';
const fail = (message) => failWith(label, message);

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
  checkInstalled(label, here, ['graphql']);
  const options = parseArguments(process.argv.slice(2));
  const { oracleFor } = await import('./oracle.mjs');
  const files = options.files.length ? options.files : corpusFiles(join(here, 'corpus'));
  // Our side, in one process for the whole corpus.
  const { results, crashed } = runDump(label, options.dump, [], files);
  const outcomes = files.map((file) => ({
    name: relative(here, file),
    problems: differences(oracleFor(file), results.get(file), relative(here, file)),
  }));
  const failed = report(label, outcomes, crashed, 50);
  process.exit(failed ? 1 : 0);
}

await main();
