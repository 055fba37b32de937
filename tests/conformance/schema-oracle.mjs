// The schema oracle: graphql-js printSchema(buildSchema(sdl)) for each SDL file, one JSON object per
// file in the shape `conformance_dump --schema` prints for ours:
//   {"file": F, "ok": true, "print": printSchema(buildSchema(sdl))}
//   {"file": F, "ok": false, "message": M}   (graphql-js throws)
// Corpus schemas are built strictly (graphql-js validates the SDL), so a schema graphql-js refuses is
// reported rather than compared. Lenient files (GitHub's SDL, which defines a few fields twice) are
// built with assumeValidSDL, which is what our builder always does.
// Usage: node schema-oracle.mjs [--lenient] FILE... ; compare-schema.mjs imports schemaOracleFor().
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, printSchema } from 'graphql';

export function schemaOracleFor(file, { lenient = false } = {}) {
  const sdl = readFileSync(file, 'utf8');
  try {
    return { file, ok: true, print: printSchema(buildSchema(sdl, { assumeValidSDL: lenient })) };
  } catch (error) {
    return { file, ok: false, message: String(error.message) };
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const lenient = args[0] === '--lenient';
  for (const file of lenient ? args.slice(1) : args)
    process.stdout.write(JSON.stringify(schemaOracleFor(file, { lenient })) + '\n');
}
