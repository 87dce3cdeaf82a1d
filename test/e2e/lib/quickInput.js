// @ts-check
// The quick input widget: command palette (F1), Quick Open (Ctrl+P), quick picks and input
// boxes that extensions show. Values are set with fill() (no lost keystrokes while the widget
// is still opening) and every step is retried once the widget is closed with Escape.
'use strict';
const { waitFor, retry } = require('./poll');

const WIDGET = '.quick-input-widget';
const INPUT = `${WIDGET} .quick-input-box input`;
const ROW = `${WIDGET} .quick-input-list .monaco-list-row`;

/** @param {string} s */
const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** @typedef {import('playwright-core').Page} Page */

/** @param {Page} page */
async function isOpen(page) {
  return page.locator(INPUT).isVisible();
}

/** @param {Page} page */
async function close(page) {
  for (let i = 0; i < 3 && (await isOpen(page)); i++) await page.keyboard.press('Escape');
}

/**
 * The rows currently shown: label (aria-label) and whether the row has keyboard focus.
 * @param {Page} page
 */
async function rows(page) {
  return page.locator(ROW).evaluateAll((els) =>
    els.map((e) => ({ label: e.getAttribute('aria-label') || e.textContent || '', focused: e.classList.contains('focused') })),
  );
}

/**
 * Waits until the focused row's label starts with (or, failing that, contains) `label`.
 * @param {Page} page
 * @param {string} label
 * @param {number} timeout
 */
async function waitForFocusedRow(page, label, timeout) {
  const want = norm(label);
  return waitFor(
    async () => {
      const focused = (await rows(page)).find((r) => r.focused);
      return focused && norm(focused.label).includes(want) ? focused.label : undefined;
    },
    { timeout, message: () => `a quick input row "${label}" to be focused` },
  );
}

/**
 * Opens the palette or Quick Open with `key`, fills `value`, waits for `rowLabel` to be the
 * focused row and accepts it with Enter.
 * @param {Page} page
 * @param {{ key: string, value: string, rowLabel: string, what: string }} step
 */
async function openFillAccept(page, step) {
  return retry(
    step.what,
    async () => {
      await close(page);
      await page.keyboard.press(step.key);
      await waitFor(() => isOpen(page), { timeout: 10_000, message: `the quick input after ${step.key}` });
      await page.locator(INPUT).fill(step.value);
      const label = await waitForFocusedRow(page, step.rowLabel, 15_000);
      await page.keyboard.press('Enter');
      return label;
    },
    { attempts: 3, recover: () => close(page) },
  );
}

/**
 * Runs a command from the command palette by its title ("Category: Title"), as a user would.
 * @param {Page} page
 * @param {string} title
 */
async function runCommand(page, title) {
  return openFillAccept(page, { key: 'F1', value: `>${title}`, rowLabel: title, what: `Running "${title}" from the palette` });
}

/**
 * Opens a workspace file through Quick Open (Ctrl+P) by name or relative path.
 * @param {Page} page
 * @param {string} name
 */
async function quickOpen(page, name) {
  const base = name.split('/').pop() ?? name;
  return openFillAccept(page, { key: 'Control+P', value: name, rowLabel: base, what: `Quick Open "${name}"` });
}

/**
 * Answers a quick pick an extension is showing by choosing the item labelled `label`.
 * @param {Page} page
 * @param {string} label
 */
async function pickItem(page, label) {
  await waitFor(() => isOpen(page), { timeout: 20_000, message: `a quick pick offering "${label}"` });
  await page.locator(INPUT).fill(label);
  const chosen = await waitForFocusedRow(page, label, 15_000);
  await page.keyboard.press('Enter');
  return chosen;
}

/**
 * Answers an input box: fills `text`, presses Enter and waits until the box closes or moves
 * on to a next step. If it is still open with a validation message when `timeout` passes,
 * fails with that message (so a test that expects a rejection can use a short timeout).
 * @param {Page} page
 * @param {string} text
 * @param {{ expectPrompt?: string, timeout?: number }} [options] expectPrompt: a fragment of the
 *   prompt, title or placeholder to check first (a validation message hides the prompt)
 */
async function answerInput(page, text, options = {}) {
  const want = options.expectPrompt && norm(options.expectPrompt);
  await waitFor(
    async () => {
      if (!(await isOpen(page))) return false;
      if (!want) return true;
      const shown = norm(await page.locator(WIDGET).innerText());
      const placeholder = norm((await page.locator(INPUT).getAttribute('placeholder')) ?? '');
      return shown.includes(want) || placeholder.includes(want);
    },
    { timeout: 20_000, message: `an input box${options.expectPrompt ? ` asking "${options.expectPrompt}"` : ''}` },
  );
  await page.locator(INPUT).fill(text);
  await page.keyboard.press('Enter');
  try {
    await waitFor(async () => !(await isOpen(page)) || (await page.locator(INPUT).inputValue()) !== text, {
      timeout: options.timeout ?? 15_000,
      message: `the input box to accept "${text}"`,
    });
  } catch (err) {
    const shown = await message(page);
    if (shown && (await page.locator(`${WIDGET} .monaco-inputbox.error`).count())) {
      throw new Error(`The input box rejected "${text}": ${shown}`);
    }
    throw err;
  }
}

/** The validation or prompt message under the input, if the widget is open. @param {Page} page */
async function message(page) {
  if (!(await isOpen(page))) return undefined;
  return page.locator(`${WIDGET} .quick-input-message`).innerText().catch(() => undefined);
}

module.exports = { runCommand, quickOpen, pickItem, answerInput, message, rows, isOpen, close };
