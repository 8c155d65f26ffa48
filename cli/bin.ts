/** Entry point of the bundled `tenderlint` command; also exports `main` and the formatters for `dist/action.cjs`. */
// First, for its effect: garbage collection set for worker runs before anything else runs (host/gc-flags.ts).
import './gc-entry';
import { main } from './main';
import { formatters } from './formatters/index';

export { main, formatters };

if (require.main === module) {
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stderrIsTTY: !!process.stderr.isTTY,
    workerDir: __dirname,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`tenderlint: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\nPlease report this with the command you ran.\n`);
      process.exitCode = 2;
    },
  );
}
