import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests `npm run mutate` runs against each mutant of src/bank, src/quiz and src/study: the unit
// tests of those folders, which must catch a change there by themselves. Left out: the command
// tests (each loads a bank and drives a whole command, so every surviving mutant of the loader
// would run hundreds of them: hours on two cores), the end-to-end runs, which drive the built
// bundle that a mutant of src/ never reaches, and the generator's tests, which load the NLP model.
// (Not mergeConfig: it would append this list to the base one instead of replacing it.)
export default defineConfig({
  test: {
    ...base.test,
    include: ['tests/bank/**/*.test.ts', 'tests/quiz/**/*.test.ts', 'tests/study/**/*.test.ts'],
  },
});
