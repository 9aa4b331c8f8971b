// Prints one plain closing line, `tests: N passed, N failed, N skipped`, after jest's own summary,
// so any reader of the log (CI included) can tell how many tests ran.
export default class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const closing = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`
    // At exit, so it stands after jest's own summary (stdout to files and pipes is synchronous here).
    process.on('exit', () => process.stdout.write(closing))
  }
}
