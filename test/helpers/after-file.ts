// jest setupFilesAfterEnv: every test file ends by running what its helpers registered with
// afterTestFile (temp folders a helper made once per file, e.g. the test CA's). jest runs
// afterAll hooks in the order they were declared, so this one runs BEFORE the test file's own
// afterAll hooks: those must not read these folders (none does). jest runs no afterAll in a
// file whose tests are all skipped or filtered out (-t): folders made at load time stay then.
import { afterAll } from '@jest/globals'
import { runAfterTestFile } from './tmp.js'

afterAll(runAfterTestFile)
