/** Jest in ESM mode: the @actions/* packages are import-only. */
export default {
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/helpers/after-file.ts'],
  testTimeout: 60000,
  verbose: false,
  reporters: ['default', '<rootDir>/test/closing-line-reporter.js']
}
