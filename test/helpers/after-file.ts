// jest setupFilesAfterEnv: every test file ends by running what its helpers registered with
// afterTestFile (temp folders a helper made once per file, e.g. the test CA's).
import { afterAll } from '@jest/globals'
import { runAfterTestFile } from './tmp.js'

afterAll(runAfterTestFile)
