// FACTLENS_TIMING=1 prints when each phase of a check ended, to stderr (ms since the
// process started): what the benchmark and anyone tuning a large workspace look at.

export type PhaseMark = (phase: string) => void;

export function phaseTimer(): PhaseMark {
  if (!process.env.FACTLENS_TIMING) return () => undefined;
  return (phase) => process.stderr.write(`factlens timing: ${phase} at ${performance.now().toFixed(0)} ms\n`);
}
