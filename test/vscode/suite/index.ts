// Entry point VS Code loads (--extensionTestsPath): runs every *.test.js here with mocha.
import * as fs from 'fs';
import * as path from 'path';
import type MochaType from 'mocha';

/** mocha 12 is an ES module; keep `import()` (tsc's commonjs output would turn it into require). */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ default: typeof MochaType }>;

export async function run(): Promise<void> {
  const { default: Mocha } = await importModule('mocha');
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60_000 });
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  await mocha.loadFilesAsync();
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve()));
  });
}
