// Writes the generated schema probes deterministically (seeded), so `node generate-schemas.mjs`
// reproduces the committed files: schemas/generated-*.graphql. They aim at the printSchema details
// most easily got wrong: which descriptions print as """block""" vs "string" (and how), and how
// graphql-js re-prints Float and custom-scalar defaults (JavaScript number formatting).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// Small xorshift generator: the same seed gives the same schemas on every machine.
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
  return { int: (n) => next() % n, pick: (list) => list[next() % list.length], chance: (p) => next() % 100 < p };
}

const randomText = (r, pieces, max) => Array.from({ length: r.int(max) }, () => r.pick(pieces)).join('');

// Descriptions as escaped strings: whitespace, line breaks, quotes, backslashes, controls, long runs.
function descriptions(r) {
  const pieces = [' ', ' ', '\t', '\n', '\n', 'a', 'b', '"', '\\', '\r', 'é', '"""', '\u0001', '😀', 'x'.repeat(40)];
  let out = 'type Query {\n';
  for (let i = 0; i < 200; i++) {
    const d = randomText(r, pieces, 12);
    const s = (text) => JSON.stringify(text);
    out += `  ${s(d)}\n  f${i}(${s(d)} a: Int, ${s(d + 'z')} b: Int): Int @deprecated(reason: ${s(d)})\n`;
  }
  return out + '}\n';
}

// Descriptions as block strings in the source: indentation, blank lines, CRLF, escaped \""".
function blockDescriptions(r) {
  const pieces = [' ', '  ', '\t', '\n', '\n', '\r\n', 'a', 'b', '"x', '\\', '\\"""', 'é', '    ', 'word '];
  let out = 'type Query {\n';
  for (let i = 0; i < 200; i++) {
    let d = randomText(r, pieces, 14);
    if (d.endsWith('\\')) d += ' ';
    out += `"""${d}"""\n  f${i}: Int\n`;
  }
  return out + '}\n';
}

function numberLiteral(r) {
  const digits = (n) => Array.from({ length: n }, () => r.int(10)).join('');
  const sign = r.chance(30) ? '-' : '';
  const fraction = r.chance(60) ? '.' + digits(1 + r.int(20)) : '';
  const exponent = r.chance(50) ? r.pick(['e', 'E']) + r.pick(['', '+', '-']) + r.int(40) : '';
  return sign + r.int(1000) + fraction + exponent;
}

// Float and custom-scalar defaults: graphql-js parses them to a JavaScript number and prints String(n).
function numbers(r) {
  let out = 'scalar Json\n\ntype Query {\n';
  for (let i = 0; i < 300; i++) {
    const literal = numberLiteral(r);
    const bigInt = (r.chance(30) ? '-' : '') + (1 + r.int(9)) + Array.from({ length: r.int(25) }, () => r.int(10)).join('');
    out += `  f${i}(a: Float = ${literal}, b: Json = ${literal}, c: [Float] = [${literal}, ${bigInt}], d: Json = ${bigInt}): Int\n`;
  }
  return out + '}\n';
}

const outputs = [['generated-descriptions', descriptions, 11], ['generated-block-descriptions', blockDescriptions, 23],
  ['generated-numbers', numbers, 37]];
for (const [name, make, seed] of outputs) writeFileSync(join(here, 'schemas', `${name}.graphql`), make(generator(seed)));
