// Reads an import file (or, for brat, a folder of .ann files) into IncomingAnnotations.
// The only part of importing that touches the disk; the rest is pure.
import * as fs from 'fs';
import * as path from 'path';
import { readTextFile } from '../textFile';
import { BratDocument, parseBrat } from './brat/import';
import { parseHypothesis } from './hypothesis';
import type { ParsedImport } from './incoming';
import { parseW3c } from './w3c/import';

export const IMPORT_FORMATS = ['w3c', 'hypothesis', 'brat'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export function isImportFormat(value: unknown): value is ImportFormat {
  return (IMPORT_FORMATS as readonly unknown[]).includes(value);
}

/** Throws an Error with a message for people when the input cannot be read. */
export function readImport(format: ImportFormat, fsPath: string): ParsedImport {
  if (format === 'brat') return parseBrat(bratDocuments(fsPath));
  const text = read(fsPath);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${fsPath} is not valid JSON: ${(error as Error).message}`);
  }
  return format === 'w3c' ? parseW3c(json) : parseHypothesis(json);
}

/** A .ann file, or every .ann file below a folder; paths relative to the folder given. */
export function bratDocuments(fsPath: string): BratDocument[] {
  const stat = fs.statSync(fsPath, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${fsPath} does not exist`);
  const base = stat.isDirectory() ? fsPath : path.dirname(fsPath);
  const files = stat.isDirectory() ? walk(fsPath).filter((f) => f.endsWith('.ann')) : [fsPath];
  return files.map((file) => {
    const txt = file.replace(/\.ann$/i, '.txt');
    const txtResult = fs.existsSync(txt) ? readTextFile(txt) : undefined;
    return {
      annPath: path.relative(base, file).split(path.sep).join('/'),
      annText: read(file),
      txtText: txtResult?.ok ? txtResult.text : undefined,
    };
  });
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.isFile() ? [p] : [];
  }).sort();
}

function read(fsPath: string): string {
  const result = readTextFile(fsPath);
  if (!result.ok) throw new Error(`${fsPath}: ${result.reason}`);
  return result.text;
}
