// Prints the closing "N passed, N failed, N skipped" line from vitest's JSON results.
import { readFileSync } from 'node:fs';

const path = process.argv[2] ?? '.test-results/results.json';
let results;
try {
  results = JSON.parse(readFileSync(path, 'utf8'));
} catch (e) {
  console.log(`tests: no results at ${path} (${e.message})`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || !results.success ? 1 : 0);
