// Regenerates this directory's test data with graphql-js (tests/conformance: `npm ci` there first):
//   cd tests/unit/data/buildclientschema && node generate.mjs
// rich-<variant>.json = {data: introspectionFromSchema(buildSchema(rich.graphql), options)};
// rich-<variant>.printed.graphql = printSchema(buildClientSchema(json)) + '\n'.
import { readFileSync, writeFileSync } from 'node:fs';

const graphqlUrl = new URL('../../../conformance/node_modules/graphql/index.mjs', import.meta.url);
const { buildSchema, introspectionFromSchema, buildClientSchema, printSchema } = await import(graphqlUrl);

const schema = buildSchema(readFileSync('rich.graphql', 'utf8'));
const full = { specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true };
// introspectionFromSchema turns every option on by default; 'default' is getIntrospectionQuery()'s defaults.
const old = { specifiedByUrl: false, directiveIsRepeatable: false, schemaDescription: false, inputValueDeprecation: false, oneOf: false };
const variants = { full, default: old, nodescriptions: { ...old, descriptions: false } };

function write(name, json) {
  writeFileSync(`rich-${name}.json`, JSON.stringify(json, null, 1) + '\n');
  writeFileSync(`rich-${name}.printed.graphql`, printSchema(buildClientSchema(json.data)) + '\n');
}

for (const [name, options] of Object.entries(variants)) write(name, { data: introspectionFromSchema(schema, options) });

// Default values as a server might send them (odd spacing, a single value for a list, fields out of order).
const odd = { data: introspectionFromSchema(schema, full) };
const type = (n) => odd.data.__schema.types.find((t) => t.name === n);
const arg = (t, f, a) => type(t).fields.find((x) => x.name === f).args.find((x) => x.name === a);
arg('User', 'friends', 'filter').defaultValue = '{ tags: "solo" , nested: 3, role: ADMIN }';
arg('User', 'friends', 'first').defaultValue = '  10 ';
arg('User', 'name', 'upper').defaultValue = 'true';
type('UserFilter').inputFields.find((x) => x.name === 'role').defaultValue = ' MEMBER';
write('odddefaults', odd);
