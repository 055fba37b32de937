// Execution conformance ("identical results and errors"): every operation of the execution corpus
// (execution/<suite>/operations/*.graphql, with optional {variables, operationName} in a sibling
// .json) runs over its suite's schema (execution/<suite>/schema.graphql) with the suite's
// data.json as root value and graphql-js's default resolvers (property lookup; abstract types
// resolved by `__typename`). graphql-js graphqlSync() and ours (`conformance_dump --execute`:
// buildSchema + execute(), which runs checkDocument() first) must answer identically: data, errors
// with message, locations and path, compared as parsed JSON, key order included.
// graphql-js runs all validation rules, ours only those execution depends on (executionchecks.h),
// so an operation breaking any other rule is reported as a corpus problem instead.
// Usage: node compare-execution.mjs --dump PATH/TO/conformance_dump [OPERATION_FILE...]
// The last line is `conformance-execution: N passed, M failed`; non-zero exit on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInstalled, fail as failWith, report, runDump } from './report.mjs';
import { jsonDiff } from './jsondiff.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, 'execution');
const label = 'conformance-execution';
const fail = (message) => failWith(label, message);
// The rules checkDocument() implements (core/graphql/executionchecks.h).
const oursRules = [
  'KnownTypeNamesRule', 'FieldsOnCorrectTypeRule', 'KnownFragmentNamesRule', 'PossibleFragmentSpreadsRule', 'NoFragmentCyclesRule',
  'NoUndefinedVariablesRule', 'KnownArgumentNamesRule', 'ProvidedRequiredArgumentsRule',
];

function parseArguments(argv) {
  const options = { dump: undefined, files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dump') options.dump = argv[++i];
    else options.files.push(argv[i]);
  }
  if (!options.dump) fail('usage: node compare-execution.mjs --dump PATH/TO/conformance_dump [OPERATION_FILE...]');
  if (!existsSync(options.dump)) fail(`${label}: dump executable not found: ${options.dump}`);
  return options;
}

function corpusFiles() {
  const files = [];
  for (const suite of readdirSync(corpus).sort()) {
    const folder = join(corpus, suite, 'operations');
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) if (name.endsWith('.graphql')) files.push(join(folder, name));
  }
  return files;
}

// graphql-js's answer for one operation file, or a corpus problem.
function oracle(graphql, suites, file) {
  const folder = dirname(dirname(file));
  if (!suites.has(folder)) {
    const schema = graphql.buildSchema(readFileSync(join(folder, 'schema.graphql'), 'utf8'));
    const data = JSON.parse(readFileSync(join(folder, 'data.json'), 'utf8'));
    suites.set(folder, { schema, data });
  }
  const { schema, data } = suites.get(folder);
  const source = readFileSync(file, 'utf8');
  const requestFile = file.replace(/\.graphql$/, '.json');
  const request = existsSync(requestFile) ? JSON.parse(readFileSync(requestFile, 'utf8')) : {};
  const otherRules = graphql.specifiedRules.filter((rule) => !oursRules.includes(rule.name));
  const invalid = graphql.validate(schema, graphql.parse(source), otherRules);
  if (invalid.length) return { problem: `breaks a validation rule checkDocument() does not implement (keep it out of the corpus): ${invalid[0].message}` };
  const result = graphql.graphqlSync({
    schema, source, rootValue: data, variableValues: request.variables, operationName: request.operationName,
  });
  return { result: JSON.parse(JSON.stringify(result)) };
}

function differences(expected, actual) {
  if (expected.problem) return [expected.problem];
  if (!actual) return ['no output from conformance_dump for this file'];
  if (actual.error) return [`ours cannot run it: ${actual.error}`];
  const diff = jsonDiff(expected.result, actual.result);
  return diff ? [`response differs: ${diff}\n  graphql-js: ${JSON.stringify(expected.result).slice(0, 600)}\n  ours:       ${JSON.stringify(actual.result).slice(0, 600)}`] : [];
}

async function main() {
  checkInstalled(label, here, ['graphql']);
  const options = parseArguments(process.argv.slice(2));
  const graphql = await import('graphql');
  const files = options.files.length ? options.files : corpusFiles();
  const { results, crashed } = runDump(label, options.dump, ['--execute'], files);
  const suites = new Map();
  const outcomes = files.map((file) => ({ name: relative(here, file), problems: differences(oracle(graphql, suites, file), results.get(file)) }));
  const failed = report(label, outcomes, crashed);
  const schemas = new Set(files.map((file) => dirname(dirname(file)))).size;
  console.log(`${label}: ${files.length} operations over ${schemas} schemas`);
  process.exit(failed ? 1 : 0);
}

await main();
