// Appends one line of counts per jest run to $HK_TEST_COUNTS, so that
// `npm test` can print a single "N passed, N failed" over every runner.
const { appendFileSync } = require('node:fs');

class CountReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.HK_TEST_COUNTS;
    if (!file) return;
    const line = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    appendFileSync(file, JSON.stringify(line) + '\n');
  }
}

module.exports = CountReporter;
