// What the three comparisons (compare.mjs, compare-schema.mjs, compare-client-schema.mjs) share:
// setup failures, running conformance_dump, text diffs and the pass/fail report. `label` is the
// prefix of each one's last line (`conformance-schema: N passed, M failed`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const installHint = 'run `npm ci --no-audit --no-fund` in tests/conformance';
const detailedFailures = 5;

// A setup problem, not a result: reported as one failure with exit code 2.
export function fail(label, message) {
  console.error(message);
  console.log(`${label}: 0 passed, 1 failed`);
  process.exit(2);
}

// Every package the comparison reads must be exactly the locked version.
export function checkInstalled(label, here, names) {
  const locked = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8')).packages;
  for (const name of names) {
    const installed = join(here, 'node_modules', name, 'package.json');
    if (!existsSync(installed)) fail(label, `${label}: ${name} is not installed: ${installHint}`);
    const wanted = locked[`node_modules/${name}`].version;
    const found = JSON.parse(readFileSync(installed, 'utf8')).version;
    if (wanted !== found) fail(label, `${label}: node_modules has ${name} ${found} but package-lock.json pins ${wanted}: ${installHint}`);
  }
}

// Our side, in one process: paths go in on stdin, one JSON line per file comes out.
export function runDump(label, dump, args, files) {
  const run = spawnSync(dump, args, { input: files.join('\n') + '\n', maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.error) fail(label, `${label}: cannot run ${dump}: ${run.error.message}`);
  const results = new Map();
  for (const line of run.stdout.split('\n')) {
    if (!line) continue;
    const result = JSON.parse(line);
    results.set(result.file, result);
  }
  const crashed = run.status !== 0 ? `conformance_dump exited with ${run.signal ?? run.status}: ${run.stderr.trim()}` : '';
  return { results, crashed };
}

// The first differing line of two texts, with two lines of context before it.
export function textDiff(expected, actual) {
  const a = expected.split('\n'), b = actual.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  const out = [];
  for (let i = Math.max(0, line - 2); i < line; i++) out.push(`    ${i + 1}  ${a[i]}`);
  out.push(`  - ${line + 1}  ${line < a.length ? JSON.stringify(a[line]) : '(end of text)'}   (graphql-js)`);
  out.push(`  + ${line + 1}  ${line < b.length ? JSON.stringify(b[line]) : '(end of text)'}   (ours)`);
  return out.join('\n');
}

// Prints the first failures in full and the rest one line each (at most `summaryLimit` of those),
// then the last line; returns the number of failures. `outcomes`: [{name, problems}].
export function report(label, outcomes, crashed, summaryLimit = Infinity) {
  let passed = 0, failed = 0;
  const summary = [];
  for (const { name, problems } of outcomes) {
    if (!problems.length) { passed++; continue; }
    failed++;
    if (failed <= detailedFailures) console.log(`\nFAIL ${name}\n  ${problems.join('\n  ')}`);
    else summary.push(`FAIL ${name}: ${problems[0].split('\n')[0]}`);
  }
  if (summary.length > summaryLimit) summary.splice(summaryLimit, summary.length, `... and ${summary.length - summaryLimit} more`);
  if (summary.length) console.log(`\n${summary.join('\n')}`);
  if (crashed) { console.log(`\n${crashed}`); if (!failed) failed = 1; }
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  return failed;
}
