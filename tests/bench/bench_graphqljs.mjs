// graphql-js 16 side of the GraphQL benchmark: lex (tokens only), parse and print the SAME input
// files bench_graphql reads (plus parse with noLocation), timed the same way (median of N runs after warm-up), one TSV line per
// file and phase:  impl <TAB> file <TAB> bytes <TAB> phase <TAB> median seconds <TAB> MB/s
//
// Usage: node bench_graphqljs.mjs [--runs N] [--warmup N] FILE...
// graphql comes from tests/conformance/node_modules (`npm ci` there); GRAPHQL_JS may point at
// another copy of graphql's index.mjs.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';

const graphqlUrl = process.env.GRAPHQL_JS ?? new URL('../conformance/node_modules/graphql/index.mjs', import.meta.url);
const { Lexer, Source, TokenKind, parse, print, version } = await import(graphqlUrl);

function parseArgs(argv) {
  const options = { runs: 15, warmup: 5, files: [] };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--warmup') options.warmup = Number(argv[++i]);
    else options.files.push(argv[i]);
  }
  return options;
}

function lexAll(body) {
  const lexer = new Lexer(new Source(body));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) ++count;
  return count;
}

// Median wall time of `runs` calls after `warmup` untimed ones (the JIT needs them to be fair).
function median(fn, runs, warmup) {
  for (let i = 0; i < warmup; ++i) fn();
  const times = [];
  for (let i = 0; i < runs; ++i) {
    const start = performance.now();
    fn();
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const options = parseArgs(process.argv.slice(2));
console.error(`graphql-js ${version}, node ${process.version}`);
for (const file of options.files) {
  const bytes = readFileSync(file); // MB/s counts UTF-8 bytes like the C++ side
  const body = bytes.toString('utf8'); // decoding is not timed
  const document = parse(body);
  const phases = {
    lex: () => lexAll(body),
    parse: () => parse(body),
    // Without the Location objects (and their token linked list), which cost graphql-js most of
    // its parse time; ours always keeps locations, so `parse` is the like-for-like row.
    'parse-noloc': () => parse(body, { noLocation: true }),
    print: () => print(document),
  };
  for (const [phase, fn] of Object.entries(phases)) {
    const seconds = median(fn, options.runs, options.warmup);
    const mbps = bytes.length / 1e6 / seconds;
    console.log(['graphql-js', basename(file), bytes.length, phase, seconds.toFixed(6), mbps.toFixed(1)].join('\t'));
  }
}
