import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests `npm run mutate` runs against each mutant of src/bank, src/quiz and src/study: their own
// unit tests and the command tests that drive them in process (quiz, check, read, history, review,
// stats). Left out: the end-to-end runs, which drive the built bundle (a mutant of src/ never reaches
// it), and the generator, import, print and export tests, which only load a bank on the way to what
// they test; running them for every mutant of the loader would take hours on two cores.
// (Not mergeConfig: it would append this list to the base one instead of replacing it.)
export default defineConfig({
  test: {
    ...base.test,
    include: [
      'tests/bank/**/*.test.ts',
      'tests/quiz/**/*.test.ts',
      'tests/study/**/*.test.ts',
      'tests/cli/{commands,study,check,selection,read,prompts,override-retry,wrapping}.test.ts',
    ],
  },
});
