// The floor of any Node implementation of `factlens check`, for the bench to print beside
// grep's: list the two folders, read and decode every file as UTF-8, and run one regex pass
// over it (what grep does), in `threads` worker threads (0: the main thread); then, with
// `reportBytes`, write that many bytes of report lines to stdout, as a check writing its
// report must. No YAML, no figures, no anchoring: what is left above this is FactLens's own work.
//   node bench/nodeFloor.mjs <root> <threads> [reportBytes]
import * as fs from 'fs';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';

const DIGIT = /[0-9]/g;

/** Lines holding a digit, over the given files (grep -c's count). */
function scan(files) {
  let lines = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    DIGIT.lastIndex = 0;
    // After a match, the scan goes on from the next line: each match is one more line.
    while (DIGIT.exec(text)) {
      lines++;
      const lineEnd = text.indexOf('\n', DIGIT.lastIndex);
      if (lineEnd < 0) break;
      DIGIT.lastIndex = lineEnd + 1;
    }
  }
  return lines;
}

function listFiles(root) {
  const files = [];
  for (const dir of ['seeds', 'annotations']) {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.isFile()) files.push(path.join(root, dir, entry.name));
    }
  }
  return files;
}

/** `bytes` of report lines shaped like the check's (one string per line, encoded in chunks). */
function writeReport(bytes) {
  const chunks = [];
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    let chunk = '';
    for (let j = 0; j < 500 && written + chunk.length < bytes; j++, i++) {
      chunk += `seeds/${String(i % 5000).padStart(5, '0')}_article.txt:${i % 90}:${i % 400} warning Unverified figure “${i}”: check it against a source and annotate it [figure.unverified]\n`;
    }
    const buffer = Buffer.from(chunk);
    chunks.push(buffer);
    written += buffer.byteLength;
  }
  process.stdout.write(Buffer.concat(chunks)); // as the CLI writes its report
}

async function main() {
  const [root, threadsArg, reportArg] = process.argv.slice(2);
  const threads = Number(threadsArg ?? 0);
  const files = listFiles(root);
  let lines = 0;
  if (threads === 0) lines = scan(files);
  else {
    const shares = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
    const counts = await Promise.all(
      shares.map(
        (share) =>
          new Promise((resolve, reject) => {
            const worker = new Worker(new URL(import.meta.url), { workerData: share });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    );
    lines = counts.reduce((a, b) => a + b, 0);
  }
  if (reportArg) writeReport(Number(reportArg));
  process.stderr.write(`${files.length} files, ${lines} lines with a digit\n`);
}

if (isMainThread) await main();
else parentPort.postMessage(scan(workerData));
