/** Entry of the bundled GitHub Action (`dist/action.cjs`): the engine comes from `dist/cli.cjs` beside it. */
import type { Formatter } from '../host/types';
import type { CliIO } from './main';
import { runAction } from './action';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const cli = require('./cli.cjs') as { main: (argv: string[], io: CliIO) => Promise<number>; formatters: Record<string, Formatter> };

runAction(process.env, {
  main: cli.main,
  sarif: cli.formatters['sarif']!,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  workerDir: __dirname,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`::error title=tenderlint::internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
