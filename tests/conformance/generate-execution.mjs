// Writes the operations of the execution corpus (compare-execution.mjs): for each suite in
// execution/ (schema.graphql + data.json, written by hand), the hand-written cases of
// execution/cases-<suite>.mjs and seeded random operations over the suite's schema (aliases,
// arguments as literals or variables with valid and invalid values, inline and named fragments,
// @include/@skip, __typename). Only random operations graphql-js validates are kept.
// Reproducible: the output is committed. Usage: node generate-execution.mjs
// For a longer soak run outside the repository: node generate-execution.mjs --out DIR --random N
// --seed S (N random operations per suite, written to DIR/<suite>/ with copies of schema and data),
// then node compare-execution.mjs --dump ... DIR/*/operations/*.graphql.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema, getNamedType, specifiedRules, getNullableType, isAbstractType, isCompositeType, isEnumType, isInputObjectType,
  isLeafType, isListType, isNonNullType, parse, validate,
} from 'graphql';

const here = fileURLToPath(new URL('.', import.meta.url));
// The rules checkDocument() implements (core/graphql/executionchecks.h); refused operations break no other.
const oursRules = [
  'KnownTypeNamesRule', 'FieldsOnCorrectTypeRule', 'KnownFragmentNamesRule', 'PossibleFragmentSpreadsRule', 'NoFragmentCyclesRule',
  'NoUndefinedVariablesRule', 'KnownArgumentNamesRule', 'ProvidedRequiredArgumentsRule',
];
const otherRules = specifiedRules.filter((rule) => !oursRules.includes(rule.name));
const suites = { library: 60, nulls: 30, scalars: 20, roots: 30 }; // random operations per suite
const option = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const out = option('--out');
const soakCount = Number(option('--random') ?? 1000);
const seed = Number(option('--seed') ?? 0);

function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Generator {
  constructor(schema, rand) {
    this.schema = schema;
    this.rand = rand;
  }
  pick(items) { return items[Math.floor(this.rand() * items.length)]; }
  chance(p) { return this.rand() < p; }

  // A JSON value for a variable of `type`: mostly valid, sometimes not.
  jsonValue(type, depth = 0) {
    if (this.chance(0.06)) return this.pick([null, 'bad', 1.5, true, 2147483648, { x: 1 }, []]);
    if (isNonNullType(type)) return this.jsonValue(type.ofType, depth);
    if (isListType(type)) {
      if (this.chance(0.3)) return this.jsonValue(type.ofType, depth + 1); // a single value for a list
      return Array.from({ length: Math.floor(this.rand() * 3) }, () => this.jsonValue(type.ofType, depth + 1));
    }
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      const out = {};
      for (const field of Object.values(type.getFields()))
        if (isNonNullType(field.type) || (depth < 2 && this.chance(0.5))) out[field.name] = this.jsonValue(field.type, depth + 1);
      return out;
    }
    switch (type.name) {
      case 'Int': return this.pick([0, 1, -7, 42, 2147483647]);
      case 'Float': return this.pick([0.5, -1.25, 3, 1e10]);
      case 'String': return this.pick(['', 'text', 'üñí']);
      case 'Boolean': return this.chance(0.5);
      case 'ID': return this.pick(['a1', 7, 'b2']);
      default: return this.pick([1, 'custom', { any: [true, null] }]);
    }
  }

  // A literal of `type` (always valid, graphql-js validates literals).
  literal(type, depth = 0) {
    if (isNonNullType(type)) return this.literal(type.ofType, depth);
    if (isListType(type)) {
      if (this.chance(0.4)) return this.literal(type.ofType, depth + 1);
      return `[${Array.from({ length: Math.floor(this.rand() * 3) }, () => this.literal(getNullableType(type.ofType), depth + 1)).join(', ')}]`;
    }
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || (depth < 2 && this.chance(0.4)));
      return `{${fields.map((f) => `${f.name}: ${this.literal(f.type, depth + 1)}`).join(', ')}}`;
    }
    switch (type.name) {
      case 'Int': return this.pick(['0', '3', '-12', '2147483647']);
      case 'Float': return this.pick(['1.5', '2', '-0.25', '1e3']);
      case 'String': return this.pick(['""', '"abc"', '"\\u00e9"']);
      case 'Boolean': return this.pick(['true', 'false']);
      case 'ID': return this.pick(['"a1"', '7']);
      default: return this.pick(['1', '"s"', '{a: [1, null]}']);
    }
  }

  argument(arg, op) {
    if (this.chance(0.35)) {
      const name = `v${op.variables.length}`;
      op.variables.push({ name, type: String(arg.type) });
      if (this.chance(0.85)) op.values[name] = this.jsonValue(arg.type);
      return `${arg.name}: $${name}`;
    }
    return `${arg.name}: ${this.literal(arg.type)}`;
  }

  directives(op) {
    if (!this.chance(0.15)) return '';
    const name = this.pick(['include', 'skip']);
    if (this.chance(0.5)) return ` @${name}(if: ${this.pick(['true', 'false'])})`;
    const variable = `v${op.variables.length}`;
    op.variables.push({ name: variable, type: this.pick(['Boolean!', 'Boolean']) });
    if (this.chance(0.8)) op.values[variable] = this.chance(0.5);
    return ` @${name}(if: $${variable})`;
  }

  field(type, field, depth, op) {
    const alias = this.chance(0.25) ? `${field.name}${op.aliases++}: ` : '';
    const args = field.args.filter((a) => isNonNullType(a.type) || this.chance(0.3)).map((a) => this.argument(a, op));
    const head = `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}${this.directives(op)}`;
    const named = getNamedType(field.type);
    return isLeafType(named) ? head : `${head} ${this.selection(named, depth + 1, op)}`;
  }

  selection(type, depth, op) {
    const parts = [];
    if (!isAbstractType(type) || this.chance(0.5)) {
      const fields = Object.values(type.getFields ? type.getFields() : {}).filter((f) => !f.name.startsWith('__'));
      const count = depth > 3 ? 1 : 1 + Math.floor(this.rand() * 4);
      for (let i = 0; i < count && fields.length; i++) {
        const field = this.pick(fields);
        if (depth > 3 && !isLeafType(getNamedType(field.type))) continue;
        parts.push(this.field(type, field, depth, op));
      }
    }
    if (this.chance(0.2) || !parts.length) parts.push('__typename');
    if (isAbstractType(type) && depth < 4) {
      for (const possible of this.schema.getPossibleTypes(type))
        if (this.chance(0.5)) parts.push(`... on ${possible.name}${this.directives(op)} ${this.selection(possible, depth + 1, op)}`);
    }
    if (isCompositeType(type) && depth < 4 && this.chance(0.15)) {
      const name = `F${op.fragments.length}`;
      op.fragments.push(`fragment ${name} on ${type.name} ${this.selection(type, depth + 1, op)}`);
      parts.push(`...${name}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  // `source` with one name misspelt (a letter dropped or doubled) or one argument removed.
  corrupt(source) {
    const names = [...source.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)].filter((m) => !/^(query|mutation|fragment|on|true|false|null)$/.test(m[0]));
    const arguments_ = [...source.matchAll(/[(,] ?([A-Za-z_][A-Za-z0-9_]*): [^,()]+(?=[,)])/g)];
    if (arguments_.length && this.chance(0.25)) {
      const m = this.pick(arguments_);
      const start = m.index + 1, end = m.index + m[0].length;
      return (source.slice(0, start) + source.slice(end).replace(/^, ?/, '')).replace('()', '');
    }
    if (!names.length) return source;
    const m = this.pick(names);
    const at = 1 + Math.floor(this.rand() * Math.max(1, m[0].length - 1));
    const word = this.chance(0.5) ? m[0].slice(0, at) + m[0].slice(at + 1) : m[0].slice(0, at) + m[0][at - 1] + m[0].slice(at);
    return source.slice(0, m.index) + word + source.slice(m.index + m[0].length);
  }

  operation() {
    const op = { variables: [], values: {}, fragments: [], aliases: 0 };
    const mutation = this.schema.getMutationType() && this.chance(0.1);
    const root = mutation ? this.schema.getMutationType() : this.schema.getQueryType();
    const body = this.selection(root, 0, op);
    const variables = op.variables.length ? `(${op.variables.map((v) => `$${v.name}: ${v.type}`).join(', ')})` : '';
    const keyword = mutation ? 'mutation' : 'query';
    const source = [`${keyword} ${variables}${body}`, ...op.fragments].join('\n');
    return { source, request: op.variables.length ? { variables: op.values } : undefined };
  }
}

function write(folder, index, name, source, request) {
  const base = join(folder, `${String(index).padStart(3, '0')}-${name}`);
  writeFileSync(`${base}.graphql`, `${source}\n`);
  if (request) writeFileSync(`${base}.json`, `${JSON.stringify(request)}\n`);
}

for (const [suite, committedCount] of Object.entries(suites)) {
  const randomCount = out ? soakCount : committedCount;
  const folder = join(out ?? join(here, 'execution'), suite, 'operations');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  if (out) for (const file of ['schema.graphql', 'data.json']) copyFileSync(join(here, 'execution', suite, file), join(out, suite, file));
  const cases = out ? [] : (await import(`./execution/cases-${suite}.mjs`)).default;
  let index = 1;
  for (const [name, entry] of cases) {
    const [source, request] = Array.isArray(entry) ? entry : [entry, undefined];
    write(folder, index++, name, source, request);
  }
  const schema = buildSchema(readFileSync(join(here, 'execution', suite, 'schema.graphql'), 'utf8'));
  const generator = new Generator(schema, random(suite.length * 7919 + committedCount + seed));
  const seen = new Set();
  for (let kept = 0, attempts = 0; kept < randomCount && attempts < randomCount * 50; attempts++) {
    const { source, request } = generator.operation();
    if (seen.has(source) || validate(schema, parse(source)).length) continue;
    seen.add(source);
    write(folder, index++, `random-${++kept}`, source, request);
  }
  // Refused documents: a valid random operation with one name misspelt or one argument dropped, kept
  // when graphql-js refuses it only by the rules checkDocument() implements.
  const refusedCount = Math.round(randomCount / 4);
  for (let kept = 0, attempts = 0; kept < refusedCount && attempts < refusedCount * 200; attempts++) {
    const { source, request } = generator.operation();
    const broken = generator.corrupt(source);
    if (seen.has(broken) || broken === source || validate(schema, parse(source)).length) continue;
    let document;
    try {
      document = parse(broken, { noLocation: true });
    } catch {
      continue;
    }
    if (!validate(schema, document).length || validate(schema, document, otherRules).length) continue;
    seen.add(broken);
    write(folder, index++, `random-refused-${++kept}`, broken, request);
  }
}
