// @ts-check
// Waiting by polling: every wait in the harness goes through here, so each has a timeout
// and says what it was waiting for. No fixed sleeps anywhere else.
'use strict';

/** Multiplies every timeout: slower machines (a loaded 2-core CI box) set E2E_TIMEOUT_SCALE=2. */
const TIMEOUT_SCALE = Number(process.env.E2E_TIMEOUT_SCALE || 1) || 1;

/** @param {number} ms */
function scaled(ms) {
  return Math.round(ms * TIMEOUT_SCALE);
}

/** @param {number} ms */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Thrown by a probe to stop waiting at once (the awaited thing can no longer happen). */
class StopWaiting extends Error {}

/**
 * Calls `probe` until it returns a truthy value (which is returned) or `timeout` passes.
 * Errors thrown by the probe count as "not yet"; the last one is quoted in the failure.
 * @template T
 * @param {() => Promise<T> | T} probe
 * @param {{ timeout?: number, interval?: number, message: string | (() => string) }} options
 * @returns {Promise<NonNullable<T>>}
 */
async function waitFor(probe, options) {
  const timeout = scaled(options.timeout ?? 30_000);
  const interval = options.interval ?? 250;
  const deadline = Date.now() + timeout;
  /** @type {unknown} */
  let lastError;
  /** @type {unknown} */
  let lastValue;
  for (;;) {
    try {
      lastValue = await probe();
      if (lastValue) return /** @type {NonNullable<T>} */ (lastValue);
    } catch (err) {
      if (err instanceof StopWaiting) throw err;
      lastError = err;
    }
    if (Date.now() >= deadline) break;
    await delay(interval);
  }
  const what = typeof options.message === 'function' ? options.message() : options.message;
  const detail = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}${detail}`);
}

/**
 * Runs a flaky UI step up to `attempts` times; `recover` runs between attempts
 * (for example pressing Escape to close a half-open quick input).
 * @template T
 * @param {string} what
 * @param {(attempt: number) => Promise<T>} step
 * @param {{ attempts?: number, recover?: () => Promise<void> }} [options]
 * @returns {Promise<T>}
 */
async function retry(what, step, options = {}) {
  const attempts = options.attempts ?? 3;
  /** @type {unknown} */
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await step(attempt);
    } catch (err) {
      lastError = err;
      if (attempt < attempts && options.recover) await options.recover().catch(() => {});
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`${what} failed after ${attempts} attempts: ${reason}`);
}

module.exports = { waitFor, retry, scaled, StopWaiting, TIMEOUT_SCALE };
