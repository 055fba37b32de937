// The oracle: what graphql-js (pinned in package-lock.json) says about each corpus document.
// One JSON object per file, in exactly the shape conformance_dump prints for our implementation:
//   {"file": F, "valid": true,  "print": print(ast), "ast": <AST without loc>}
//   {"file": F, "valid": false, "message": M, "line": L, "column": C}
// Usage: node oracle.mjs FILE... (prints one line per file). compare.mjs imports oracleFor().
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLError, parse, print } from 'graphql';

// The AST as JSON.stringify renders it, minus locations. This fixes the shape both sides agree on:
// keys whose value is undefined (anonymous operation name, absent alias, description, defaultValue,
// selectionSet) do not appear; empty lists graphql-js creates (arguments, directives, fields,
// interfaces, ...) appear as []; StringValue always carries "block": true|false.
export function astToPlain(document) {
  return JSON.parse(JSON.stringify(document, (key, value) => (key === 'loc' ? undefined : value)));
}

// Documents are read as UTF-8 exactly as Node decodes them (a BOM stays in the text as U+FEFF,
// which the lexer ignores), because that is what a user of graphql-js would hand to parse().
export function oracleFor(file) {
  const text = readFileSync(file, 'utf8');
  try {
    const document = parse(text);
    return { file, valid: true, print: print(document), ast: astToPlain(document) };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const where = error.locations?.[0] ?? { line: 0, column: 0 };
    return { file, valid: false, message: error.message, line: where.line, column: where.column };
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) process.stdout.write(JSON.stringify(oracleFor(file)) + '\n');
}
