// Writes files all-or-nothing: the content goes to a temporary file in the same folder,
// is flushed to disk, then renamed over the target (rename is atomic within a file
// system), so a crash never leaves a half-written export or annotation file.
import * as fs from 'fs';
import * as path from 'path';

export function writeFileAtomic(target: string, content: string): void {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx');
    fs.writeSync(fd, content, null, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Writes several files under `root` (paths relative, '/'), each atomically. */
export function writeFilesAtomic(root: string, files: { path: string; content: string }[]): string[] {
  return files.map((file) => {
    const target = path.join(root, ...file.path.split('/'));
    writeFileAtomic(target, file.content);
    return target;
  });
}
