/**
 * Prints one plain closing line, "N passed, N failed[, N skipped]", after Jest's own summary so
 * that any reader of the log (people and CI alike) sees the count without parsing Jest's format.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`;
    // After Jest's own summary, which the default reporter prints later in the same step.
    process.once("exit", () => process.stdout.write(`${line}\n`));
  }
}

module.exports = SummaryReporter;
