// @ts-check
// The active text editor: find and select text, hover it, read and click code lenses.
// Monaco renders only the lines on screen, so text is first revealed with the Find widget.
'use strict';
const { waitFor, retry } = require('./poll');

/** @typedef {import('playwright-core').Page} Page */

const EDITOR = '.editor-group-container.active .editor-instance .monaco-editor';
// The editor's own hover, not a workbench tooltip (Problems rows, tabs) that may be on screen.
const HOVER = '.monaco-editor .monaco-hover:not(.hidden)';

/** The active editor tab's label (file name), or undefined. @param {Page} page */
async function activeEditorName(page) {
  const tab = page.locator('.editor-group-container.active .tab.active');
  if (!(await tab.count())) return undefined;
  return (await tab.first().getAttribute('aria-label')) ?? undefined;
}

/** @param {Page} page @param {string} name */
async function waitForActiveEditor(page, name) {
  return waitFor(async () => ((await activeEditorName(page)) ?? '').includes(name), {
    timeout: 30_000,
    message: `"${name}" to be the active editor`,
  });
}

/** Gives keyboard focus to the active editor without moving its cursor. @param {Page} page */
async function focusEditor(page) {
  await page.locator(`${EDITOR} textarea.inputarea, ${EDITOR} .native-edit-context`).first().focus();
}

/**
 * Selects the `occurrence`-th match of `text` (1-based, plain text, case-insensitive as
 * Find is) in the active editor and scrolls it into view.
 * @param {Page} page
 * @param {string} text
 * @param {{ occurrence?: number }} [options]
 */
async function selectText(page, text, options = {}) {
  const occurrence = options.occurrence ?? 1;
  await retry(`Selecting "${text}"`, async () => {
    await focusEditor(page);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+F');
    const input = page.locator(`${EDITOR} .find-widget .monaco-findInput textarea, ${EDITOR} .find-widget .monaco-findInput input`).first();
    await waitFor(() => input.isVisible(), { timeout: 10_000, message: 'the Find widget' });
    await input.fill(text);
    const counter = page.locator(`${EDITOR} .find-widget .matchesCount`);
    const total = await waitFor(
      async () => {
        const m = /(\d+|\?) of (\d+)/.exec(await counter.innerText());
        return m ? Number(m[2]) : undefined;
      },
      { timeout: 10_000, message: `Find to report matches for "${text}" (shows: ${await counter.innerText().catch(() => '')})` },
    );
    if (total < occurrence) throw new Error(`"${text}" occurs ${total} times, wanted occurrence ${occurrence}`);
    // Typing a new search selects the first match after the cursor (at the top); the same
    // search as last time does not move, so step with Enter until on the wanted match.
    for (let presses = 0; !(await counter.innerText()).startsWith(`${occurrence} of`); presses++) {
      if (presses > total) throw new Error(`Find never reached match ${occurrence} of "${text}"`);
      await page.keyboard.press('Enter');
      await waitFor(async () => /^\d+ of/.test(await counter.innerText()), { timeout: 5_000, message: 'Find to move' });
    }
    await page.keyboard.press('Escape'); // closes Find, keeps the selection, focuses the editor
    await waitFor(async () => !(await page.locator(`${EDITOR} .find-widget.visible`).count()), { timeout: 5_000, message: 'the Find widget to close' });
  }, { recover: () => page.keyboard.press('Escape') });
}

/** The on-screen box of the current selection (first line of it). @param {Page} page */
async function selectionBox(page) {
  return waitFor(
    async () => {
      const boxes = await page.locator(`${EDITOR} .view-overlays .selected-text`).evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
      );
      const visible = boxes.filter((b) => b.width > 0 && b.height > 0).sort((a, b) => a.y - b.y || a.x - b.x);
      return visible[0];
    },
    { timeout: 10_000, message: 'the selection to be drawn in the editor' },
  );
}

/**
 * Hovers the `occurrence`-th match of `text` and returns the hover's text once it has content
 * that is not "Loading...".
 * @param {Page} page
 * @param {string} text
 * @param {{ occurrence?: number, contains?: string }} [options] contains: wait for this in the hover
 */
async function hoverText(page, text, options = {}) {
  await selectText(page, text, options);
  const box = await selectionBox(page);
  const hover = page.locator(HOVER);
  return retry(`Hovering "${text}"`, async (attempt) => {
    // Move away first so every attempt is a fresh mouse-enter.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 6);
    await page.mouse.move(box.x + Math.min(box.width / 2, 4 + attempt), box.y + box.height / 2, { steps: 5 });
    return waitFor(
      async () => {
        if (!(await hover.first().isVisible())) return undefined;
        const shown = (await hover.first().innerText()).trim();
        if (!shown || /^loading/i.test(shown)) return undefined;
        return !options.contains || shown.includes(options.contains) ? shown : undefined;
      },
      { timeout: 15_000, message: `a hover over "${text}"${options.contains ? ` containing "${options.contains}"` : ''}` },
    );
  });
}

/** Moves the mouse off the editor and waits for the hover to go. @param {Page} page */
async function dismissHover(page) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await waitFor(async () => !(await page.locator(HOVER).first().isVisible()), { timeout: 10_000, message: 'the hover to close' });
}

/**
 * The code lenses drawn in the active editor (only on lines on screen: reveal first with
 * selectText), top to bottom; `clickable` lenses have a command.
 * @param {Page} page
 * @returns {Promise<{ text: string, clickable: boolean, top: number }[]>}
 */
async function codeLenses(page) {
  return page.locator(`${EDITOR} .codelens-decoration`).evaluateAll((decorations) =>
    decorations
      .flatMap((d) => {
        const top = parseFloat(/** @type {HTMLElement} */ (d).style.top) || 0;
        return [...d.children]
          .filter((c) => c.tagName === 'A' || (c.tagName === 'SPAN' && c.textContent?.replace(/\u00a0/g, ' ').trim() !== '|'))
          .map((c) => ({ text: (c.textContent ?? '').replace(/\u00a0/g, ' ').trim(), clickable: c.tagName === 'A', top }));
      })
      .sort((a, b) => a.top - b.top),
  );
}

/**
 * Waits for a code lens whose text includes `match` (or matches the RegExp).
 * @param {Page} page
 * @param {string | RegExp} match
 */
async function waitForCodeLens(page, match) {
  const test = (/** @type {string} */ t) => (typeof match === 'string' ? t.includes(match) : match.test(t));
  return waitFor(async () => (await codeLenses(page)).find((l) => test(l.text)), {
    timeout: 30_000,
    message: `a code lens matching ${match} in the active editor`,
  });
}

/** Clicks the clickable code lens whose text includes `match`. @param {Page} page @param {string | RegExp} match */
async function clickCodeLens(page, match) {
  const lens = await waitForCodeLens(page, match);
  if (!lens.clickable) throw new Error(`The code lens "${lens.text}" has no command to click`);
  await page.locator(`${EDITOR} .codelens-decoration a`, { hasText: lens.text }).first().click();
  return lens.text;
}

module.exports = {
  activeEditorName, waitForActiveEditor, focusEditor, selectText, selectionBox, hoverText, dismissHover,
  codeLenses, waitForCodeLens, clickCodeLens,
};
