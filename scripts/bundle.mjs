// Bundles what ships: the CLI, its worker entry and the GitHub Action's entry, the language server and its check worker, and the VS Code extension, as CommonJS for Node 20.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { filteredDataPlugin } from './bundle-data.mjs';
import { asciiOnly } from './ascii-only.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  // Only the United Kingdom's holidays and time zone (scripts/bundle-data.mjs).
  plugins: [filteredDataPlugin()],
  // Some ESM dependencies read import.meta.url, which CommonJS lacks: give them this file's URL.
  define: { __TENDERLINT_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
};
const shim = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";
await build({ ...common, entryPoints: { cli: 'cli/bin.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, banner: { js: `#!/usr/bin/env node\n${shim}` } });
// The GitHub Action's entry: a few kilobytes that take the engine from cli.cjs beside it.
await build({ ...common, entryPoints: { action: 'cli/action-entry.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, external: ['./cli.cjs'], banner: { js: shim } });
await build({ ...common, entryPoints: { worker: 'host/worker.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, banner: { js: shim } });
await build({ ...common, entryPoints: { 'check-worker': 'server/check-worker.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, banner: { js: shim } });
await build({ ...common, entryPoints: { server: 'server/main.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, banner: { js: `#!/usr/bin/env node\n${shim}` } });
await build({ ...common, entryPoints: { extension: 'client/extension.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, external: ['vscode'], banner: { js: shim } });
// esbuild writes ASCII except in regular expression literals and raw templates, where it keeps the characters
// as written (£, –, ’ …). One such character makes V8 hold the whole bundle's source as a two-byte string (about
// 4 MB for each thread that loads it), so they are written as \u escapes, which mean the same there.
for (const name of readdirSync('dist')) {
  if (name.endsWith('.cjs')) writeFileSync(`dist/${name}`, asciiOnly(readFileSync(`dist/${name}`, 'utf8')));
}
chmodSync('dist/cli.cjs', 0o755);
chmodSync('dist/server.cjs', 0o755);

