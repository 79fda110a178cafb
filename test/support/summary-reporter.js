/**
 * Prints one plain closing line, "N passed, N failed[, N skipped]", after Jest's own summary so
 * that any reader of the log (people and CI alike) sees the count without parsing Jest's format.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`;
    process.stdout.write(`\n${line}\n`);
  }
}

module.exports = SummaryReporter;
