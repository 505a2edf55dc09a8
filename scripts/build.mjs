// Bundles the CLI with esbuild. One bundle (plus lazily loaded chunks) starts far faster than
// hundreds of separate ESM files: module resolution, not our code, dominated start-up time.
// Type checking is `npm run typecheck`; esbuild only strips types.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { buildWordVectors } from './word-vectors.mjs';

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true, // dynamic imports (prompts, later NLP and PDF) become chunks loaded on demand
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies (commander) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __citequizRequire } from 'node:module';\nconst require = __citequizRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// Outside dist/, so that the wipe above does not make it again on every build.
console.log(`word vectors: ${buildWordVectors()}`);
