// Client-schema conformance ("schemas built from introspection JSON print identically"): for every
// schema of the schema corpus (schemas/*.graphql, schemas/lenient/*.graphql, GitHub's public SDL),
// graphql-js writes the introspection result of buildSchema(sdl) to a temporary folder, once per
// query variant (every option on, as the explorer asks first; graphql-js's default options, the
// reduced query; and without descriptions), plus GitHub's own introspection JSON from
// @octokit/graphql-schema as published. For each JSON file, graphql-js
// printSchema(buildClientSchema(json)) must be byte-identical to ours (`conformance_dump
// --client-schema`, core/graphql/buildclientschema.h + printschema.h).
// Usage: node compare-client-schema.mjs --dump PATH/TO/conformance_dump
// The last line is `conformance-client-schema: N passed, M failed`; non-zero exit on any failure.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInstalled, fail as failWith, report, runDump, textDiff } from './report.mjs';
import {
  buildClientSchema, buildSchema, GraphQLObjectType, GraphQLSchema, GraphQLString, introspectionFromSchema, printSchema,
} from 'graphql';

const here = fileURLToPath(new URL('.', import.meta.url));
const octokit = join(here, 'node_modules', '@octokit', 'graphql-schema');
const label = 'conformance-client-schema';
const variants = {
  full: { specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true },
  reduced: {},
  nodescriptions: { descriptions: false, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true },
};

const fail = (message) => failWith(label, message);

function graphqlFiles(folder) {
  return readdirSync(folder).filter((name) => name.endsWith('.graphql')).sort().map((name) => join(folder, name));
}

// introspectionFromSchema() runs the introspection query, which needs a query root. For a schema without
// one, introspect a copy with a stand-in root and take the stand-in out of the result again.
function introspect(schema, options) {
  if (schema.getQueryType()) return introspectionFromSchema(schema, options);
  const standIn = new GraphQLObjectType({ name: 'IntrospectionStandInRoot', fields: { _: { type: GraphQLString } } });
  const copy = new GraphQLSchema({ ...schema.toConfig(), query: standIn });
  copy.__validationErrors = [];
  const result = introspectionFromSchema(copy, options);
  result.__schema.queryType = null;
  result.__schema.types = result.__schema.types.filter((type) => type.name !== standIn.name);
  return result;
}

// [{name, json (text), expected: {ok, print|message}}]: the cases, with graphql-js's answer.
function cases() {
  const sdlFiles = [
    ...graphqlFiles(join(here, 'schemas')).map((file) => ({ file, lenient: false })),
    ...graphqlFiles(join(here, 'schemas', 'lenient')).map((file) => ({ file, lenient: true })),
    { file: join(octokit, 'schema.graphql'), lenient: true },
  ];
  const all = [];
  for (const { file, lenient } of sdlFiles) {
    const schema = buildSchema(readFileSync(file, 'utf8'), { assumeValidSDL: lenient });
    // introspectionFromSchema() executes, and execution refuses a schema that breaks type-system rules
    // (the corpus has empty types on purpose). Marking the schema as validated (graphql-js's own cache
    // field) lets it answer anyway, as a server that does not validate would: buildClientSchema must
    // cope with such results too.
    schema.__validationErrors = [];
    const prefix = (lenient && !file.startsWith(octokit) ? 'lenient-' : '') + basename(file, '.graphql');
    for (const [variant, options] of Object.entries(variants))
      all.push({ name: `${prefix}.${variant}.json`, json: JSON.stringify(introspect(schema, options)) });
  }
  all.push({ name: 'octokit-schema.json', json: readFileSync(join(octokit, 'schema.json'), 'utf8') });
  for (const entry of all) {
    try {
      entry.expected = { ok: true, print: printSchema(buildClientSchema(JSON.parse(entry.json))) };
    } catch (error) {
      entry.expected = { ok: false, message: String(error.message) };
    }
  }
  return all;
}

function differences(expected, actual) {
  if (!expected.ok) return [`graphql-js refuses this introspection result (fix the corpus): ${expected.message.split('\n')[0]}`];
  if (!actual) return ['no output from conformance_dump for this file'];
  if (!actual.ok) return [`ours refuses an introspection result graphql-js builds: ${actual.message}`];
  if (expected.print !== actual.print) return [`printSchema() differs:\n${textDiff(expected.print, actual.print)}`];
  return [];
}

function main() {
  checkInstalled(label, here, ['graphql', '@octokit/graphql-schema']);
  const args = process.argv.slice(2);
  const dump = args[args.indexOf('--dump') + 1];
  if (!args.includes('--dump') || !dump) fail('usage: node compare-client-schema.mjs --dump PATH/TO/conformance_dump');
  if (!existsSync(dump)) fail(`conformance-client-schema: dump executable not found: ${dump}`);
  const all = cases();
  const folder = mkdtempSync(join(tmpdir(), 'altrata-client-schema-'));
  try {
    for (const entry of all) writeFileSync((entry.path = join(folder, entry.name)), entry.json);
    const { results, crashed } = runDump(label, dump, ['--client-schema'], all.map((entry) => entry.path));
    const outcomes = all.map((entry) => ({ name: entry.name, problems: differences(entry.expected, results.get(entry.path)) }));
    const failed = report(label, outcomes, crashed);
    process.exitCode = failed ? 1 : 0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main();
