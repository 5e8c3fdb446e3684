// Jest reporter: appends "<tier> <passed> <failed>" to TEST_COUNTS_FILE so the
// test runner can print one closing "N passed, N failed" line for all tiers.
const fs = require('node:fs');

class CountReporter {
  constructor(globalConfig, options = {}) {
    this.tier = options.tier ?? 'tests';
  }

  onRunComplete(_contexts, results) {
    const file = process.env.TEST_COUNTS_FILE;
    const failedSuites = results.numRuntimeErrorTestSuites ?? 0;
    const line = `${this.tier} ${results.numPassedTests} ${results.numFailedTests + failedSuites}\n`;
    if (file) fs.appendFileSync(file, line);
  }
}

module.exports = CountReporter;
