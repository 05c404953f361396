/**
 * Headless Dossier: the same shared/ analysis and bundle code the app uses, for
 * scripts and colleagues without the app. `npm run cli -- <command> ...`.
 */
import { runAnalyze } from './analyze';
import { runValidate, runConvert } from './bundle-commands';

const USAGE = `Usage:
  npm run cli -- analyze <file.txt|.md|.html> [--json]
  npm run cli -- validate <file.dossier>
  npm run cli -- convert <file.dossier> --to w3c|csv|csl-json [--out FILE]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return runAnalyze(rest);
    case 'validate':
      return runValidate(rest);
    case 'convert':
      return runConvert(rest);
    case undefined:
    case '--help':
    case '-h':
      console.log(USAGE);
      return command ? 0 : 2;
    default:
      console.error(`Unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
