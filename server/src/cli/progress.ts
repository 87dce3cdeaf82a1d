// A progress bar on stderr for long checks, only in a terminal (never in CI logs or
// when stderr is redirected), redrawn at most ten times a second and erased at the end.

export interface Progress {
  /** False when nothing is drawn: then nobody needs to count (check threads send no progress messages). */
  readonly shown: boolean;
  advance(n: number): void;
  done(): void;
}

/** Nothing drawn, nothing counted. */
export const NO_PROGRESS: Progress = { shown: false, advance: () => undefined, done: () => undefined };

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI || total <= 0) return NO_PROGRESS;
  let current = 0;
  let last = 0;
  const draw = () => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 24));
    const filled = Math.round((width * current) / total);
    const percent = Math.floor((100 * current) / total);
    stream.write(`\r${label} ▕${'█'.repeat(filled)}${'░'.repeat(width - filled)}▏ ${String(percent).padStart(3)}%`);
  };
  return {
    shown: true,
    advance(n) {
      current = Math.min(total, current + n);
      const now = Date.now();
      if (now - last >= 100) {
        last = now;
        draw();
      }
    },
    done() {
      if (last !== 0) stream.write('\r\x1b[K');
    },
  };
}
