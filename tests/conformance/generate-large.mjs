// Writes the large corpus documents (100 KB and more) deterministically: a seeded generator, so the
// committed files are reproducible with `node generate-large.mjs` and need no review line by line.
// Output: corpus/valid/large/*.graphql and corpus/invalid/large-*.graphql.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// Small xorshift generator: the same seed gives the same documents on every machine.
function generator(seed) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  return {
    int: (n) => next() % n,
    pick: (list) => list[next() % list.length],
    chance: (percent) => next() % 100 < percent,
  };
}

const words = ['person', 'organization', 'role', 'board', 'event', 'match', 'request', 'donation',
  'membership', 'path', 'overlap', 'committee', 'employment', 'status', 'page', 'cursor', 'date',
  'title', 'sector', 'country', 'city', 'strength', 'score', 'candidate'];
const texts = ['Altrata id of the entity', 'When the role started', 'Résumé — naïve café', 'Zoë Ångström',
  'Emoji 😀 and 🎉 in text', '日本語のテキスト', 'Quote " and backslash \\ inside', 'Tab\tinside'];
const scalars = ['Int', 'Float', 'String', 'Boolean', 'ID', 'AWSDate', 'AWSDateTime', 'AWSJSON'];

const camel = (r, parts) =>
  Array.from({ length: parts }, (_, i) => {
    const w = r.pick(words);
    return i === 0 ? w : w[0].toUpperCase() + w.slice(1);
  }).join('');
const pascal = (r, parts) => {
  const s = camel(r, parts);
  return s[0].toUpperCase() + s.slice(1);
};

function typeRef(r, named) {
  let t = named;
  if (r.chance(40)) t += '!';
  if (r.chance(30)) {
    t = `[${t}]`;
    if (r.chance(50)) t += '!';
  }
  return t;
}

function stringLiteral(r) {
  return JSON.stringify(r.pick(texts)).replace(/\\t/g, '\\t');
}

function constValue(r, depth = 0) {
  switch (depth > 2 ? r.int(5) : r.int(8)) {
    case 0: return String(r.int(100000) - 500);
    case 1: return `${r.int(1000)}.${r.int(1000)}e${r.chance(50) ? '-' : ''}${r.int(20)}`;
    case 2: return stringLiteral(r);
    case 3: return r.pick(['true', 'false', 'null']);
    case 4: return r.pick(['ASC', 'DESC', 'BOARD', 'JOB', 'CURRENT', 'PRIOR']);
    case 5: return `[${Array.from({ length: r.int(4) }, () => constValue(r, depth + 1)).join(', ')}]`;
    case 6: return `{${Array.from({ length: r.int(4) }, () => `${camel(r, 1)}: ${constValue(r, depth + 1)}`).join(', ')}}`;
    default: return `"""${r.pick(texts).replace(/"""/g, '\\"""')}"""`;
  }
}

function description(r, indent) {
  if (r.chance(40)) return '';
  if (r.chance(50)) return `${indent}${stringLiteral(r)}\n`;
  const lines = Array.from({ length: 1 + r.int(4) }, () => indent + ' '.repeat(r.int(3) * 2) + r.pick(texts));
  return `${indent}"""\n${lines.join('\n')}\n${indent}"""\n`;
}

function schemaDocument(seed, typeCount) {
  const r = generator(seed);
  const names = Array.from({ length: typeCount }, (_, i) => `${pascal(r, 2)}${i}`);
  const out = ['schema { query: Query mutation: Mutation }\n', 'scalar AWSDate\nscalar AWSDateTime\nscalar AWSJSON\n',
    'interface Node { id: ID! }\n', 'directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION\n'];
  const field = (indent) => {
    const args = r.chance(40)
      ? `(${Array.from({ length: 1 + r.int(4) }, () => `${camel(r, 2)}: ${typeRef(r, r.pick(scalars))}${r.chance(30) ? ` = ${constValue(r)}` : ''}`).join(', ')})`
      : '';
    const deprecated = r.chance(10) ? (r.chance(50) ? ' @deprecated' : ` @deprecated(reason: ${stringLiteral(r)})`) : '';
    return `${description(r, indent)}${indent}${camel(r, 2)}${args}: ${typeRef(r, r.chance(50) ? r.pick(names) : r.pick(scalars))}${deprecated}\n`;
  };
  for (const name of names) {
    const kind = r.int(6);
    const fields = () => Array.from({ length: 2 + r.int(8) }, () => field('  ')).join('');
    out.push(description(r, ''));
    if (kind <= 2) out.push(`type ${name} implements Node${r.chance(20) ? ' @tag(name: "x")' : ''} {\n  id: ID!\n${fields()}}\n`);
    else if (kind === 3) out.push(`enum ${name} {\n${Array.from({ length: 2 + r.int(6) }, (_, i) => `  ${camel(r, 1).toUpperCase()}_${i}\n`).join('')}}\n`);
    else if (kind === 4) out.push(`input ${name} {\n${Array.from({ length: 2 + r.int(6) }, () => `  ${camel(r, 2)}: ${typeRef(r, r.pick(scalars))}${r.chance(30) ? ` = ${constValue(r)}` : ''}\n`).join('')}}\n`);
    else out.push(`union ${name} = ${Array.from({ length: 2 + r.int(3) }, () => r.pick(names)).join(' | ')}\n`);
  }
  out.push(`type Query {\n${Array.from({ length: 60 }, () => field('  ')).join('')}}\n`);
  out.push(`type Mutation {\n${Array.from({ length: 20 }, () => field('  ')).join('')}}\n`);
  out.push(`extend type Query @tag(name: "extended") {\n${field('  ')}}\n`);
  return out.join('\n');
}

function selection(r, depth, fragments) {
  const items = [];
  const count = depth > 3 ? 1 + r.int(3) : 2 + r.int(5);
  for (let i = 0; i < count; i++) {
    const kind = r.int(10);
    if (kind === 0 && fragments.length) items.push(`...${r.pick(fragments)}`);
    else if (kind === 1 && depth < 5) items.push(`... on ${pascal(r, 1)} { __typename ${selection(r, depth + 1, fragments)} }`);
    else {
      const alias = r.chance(20) ? `${camel(r, 1)}${i}: ` : '';
      const args = r.chance(35)
        ? `(${Array.from({ length: 1 + r.int(5) }, () => `${camel(r, 2)}: ${r.chance(20) ? '$var' + r.int(5) : constValue(r)}`).join(', ')})`
        : '';
      const dir = r.chance(10) ? ` @include(if: $flag)` : '';
      const sub = depth < 6 && r.chance(35) ? ` { ${selection(r, depth + 1, fragments)} }` : '';
      items.push(`${alias}${camel(r, 2)}${args}${dir}${sub}`);
    }
  }
  return items.join(depth % 2 ? ' ' : '\n' + '  '.repeat(depth + 1));
}

function queryDocument(seed, operations, fragmentCount) {
  const r = generator(seed);
  const fragments = Array.from({ length: fragmentCount }, (_, i) => `Fragment${i}`);
  const vars = '$flag: Boolean! = true, $var0: Int = 1, $var1: String, $var2: [ID!] = ["per_1"], $var3: AWSDate, $var4: Float = 0.5';
  const out = [];
  for (let i = 0; i < operations; i++) {
    const op = r.pick(['query', 'query', 'mutation', 'subscription']);
    out.push(`# operation ${i}\n${op} Operation${i}(${vars}) {\n  ${selection(r, 0, fragments.slice(0, 4))}\n}\n`);
  }
  fragments.forEach((f, i) => out.push(`fragment ${f} on ${pascal(r, 1)} {\n  ${selection(r, 1, fragments.slice(i + 1))}\n}\n`));
  return out.join('\n');
}

function longArgumentsDocument(seed, fieldCount) {
  const r = generator(seed);
  const lines = ['query LongArguments($var0: Int, $var1: String, $var2: [ID!], $var3: AWSDate, $var4: Float, $flag: Boolean!) {'];
  for (let i = 0; i < fieldCount; i++) {
    const args = Array.from({ length: 1 + r.int(7) }, () => `${camel(r, 1 + r.int(3))}: ${constValue(r)}`).join(', ');
    lines.push(`  field${i}: ${camel(r, 2)}(${args}) { id name }`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

function write(relative, text) {
  const file = join(here, 'corpus', relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`${relative}: ${Buffer.byteLength(text)} bytes`);
}

const schema = schemaDocument(11, 500);
write('valid/large/schema-500-types.graphql', schema);
write('valid/large/schema-900-types.graphql', schemaDocument(23, 900));
write('valid/large/queries-and-fragments.graphql', queryDocument(37, 70, 60));
write('valid/large/long-argument-lists.graphql', longArgumentsDocument(41, 1200));
write('valid/large/minified-queries.graphql', queryDocument(53, 90, 40).replace(/#[^\n]*\n/g, '').replace(/\s+/g, ' '));
// The same large schema with one error far down: the position must still be exact.
const lines = schema.split('\n');
const at = Math.floor(lines.length * 0.9);
lines[at] = `${lines[at]} 0x1F`;
write('invalid/large-schema-error-near-end.graphql', lines.join('\n'));
write('invalid/large-query-unterminated-string.graphql', `${queryDocument(67, 60, 30)}\nquery Broken { a(x: "never closed) }\n`);
