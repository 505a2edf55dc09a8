// @ts-check
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'reports/', '.stryker-tmp/', 'tests/fixtures/', 'questions/'] },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // noUncheckedIndexedAccess types every indexed read as optional; `!` marks a read a bound guarantees.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A number prints as itself in a message; other types still need an explicit String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `(s) => stream.write(s)` passes a callback on; it is not a value being used.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `const { sources: _, ...entry } = question` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Untrusted text is stripped of control characters; the patterns that do it name them on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests walk the JSON, XML and YAML that commands write, parsed untyped; the assertions are their type check.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Fakes of the async prompts, pager and clock answer at once.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/generate/html.ts'],
    rules: {
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // linkedom's types name DOM types that a Node program's lib leaves out, so its documents arrive untyped.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['src/generate/nlp.ts'],
    rules: {
      // wink-nlp's `its` helpers are plain functions handed to `out`, as its documentation shows; its types
      // declare them as methods, and type `out` loosely enough that each call says what it returns.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // Plain JavaScript (the bin, the build scripts, this file) runs in Node, outside the TypeScript project.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
