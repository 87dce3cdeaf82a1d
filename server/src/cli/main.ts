// The `factlens` command line: argument parsing and dispatch, nothing else.
import * as path from 'path';
import { parseArgs } from 'util';
import { runCheck } from './check';
import { runExport } from './export';
import { runFigures } from './figures';
import { runImport } from './import';
import { HELP, UsageError } from './usage';

declare const FACTLENS_VERSION: string | undefined;
const VERSION = typeof FACTLENS_VERSION === 'string' ? FACTLENS_VERSION : '0.0.0-dev';

const COMMON = {
  root: { type: 'string' },
  articles: { type: 'string' },
  annotations: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  switch (command) {
    case 'check': {
      const { values, positionals } = parse(rest, { ...COMMON, format: { type: 'string' }, 'max-warnings': { type: 'string' }, jobs: { type: 'string' } });
      if (values.help) return help();
      return runCheck(positionals, { ...values, maxWarnings: values['max-warnings'] as string | undefined }, VERSION, color).then((out) => {
        process.stdout.write(out.stdout);
        return out.exitCode;
      });
    }
    case 'figures': {
      const { values, positionals } = parse(rest, { ...COMMON, json: { type: 'boolean' } });
      if (values.help) return help();
      const out = runFigures(positionals, values);
      process.stdout.write(out.stdout);
      return out.exitCode;
    }
    case 'export': {
      const { values, positionals } = parse(rest, { ...COMMON, format: { type: 'string' }, out: { type: 'string' }, 'base-url': { type: 'string' }, author: { type: 'string' }, title: { type: 'string' } });
      if (values.help) return help();
      const out = runExport(positionals, values);
      process.stdout.write(out.stdout);
      process.stderr.write(out.stderr);
      return out.exitCode;
    }
    case 'import': {
      const { values, positionals } = parse(rest, { ...COMMON, format: { type: 'string' }, 'dry-run': { type: 'boolean' }, article: { type: 'string' } });
      if (values.help) return help();
      const out = runImport(positionals, values);
      process.stdout.write(out.stdout);
      process.stderr.write(out.stderr);
      return out.exitCode;
    }
    case 'lsp': {
      // The language server reads --stdio (or --node-ipc, --socket) from process.argv itself.
      require(path.join(__dirname, 'server.js'));
      return -1;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function help(): number {
  process.stdout.write(HELP + '\n');
  return 0;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function parse(args: string[], options: any): { values: Record<string, any>; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs the CLI with process.argv and sets the exit code (bin/factlens.js calls this). */
export function run(): void {
  const failed = (error: unknown): number => {
    if (error instanceof UsageError) {
      process.stderr.write(`factlens: ${error.message}\nRun "factlens --help" for usage.\n`);
    } else {
      process.stderr.write(`factlens: internal error: ${(error as Error).stack ?? error}\n`);
    }
    return 2;
  };
  // -1: a long-running command (the language server) keeps the process alive.
  const finish = (code: number) => {
    if (code >= 0) process.exitCode = code;
  };
  let code: number | Promise<number>;
  try {
    code = main(process.argv.slice(2));
  } catch (error) {
    code = failed(error);
  }
  if (typeof code === 'number') finish(code);
  else code.then(finish, (error) => finish(failed(error)));
}
