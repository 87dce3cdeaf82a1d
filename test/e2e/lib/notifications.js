// @ts-check
// Notification toasts (showInformationMessage and friends).
'use strict';
const { waitFor } = require('./poll');
const { runCommand } = require('./quickInput');

/** @typedef {import('playwright-core').Page} Page */

const TOAST_MESSAGE = '.notifications-toasts .notification-toast .notification-list-item-message';

/** Texts of the toasts on screen. @param {Page} page */
async function notifications(page) {
  return page.locator(TOAST_MESSAGE).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

/**
 * Waits for a toast whose text includes `match` (or matches the RegExp) and returns its text.
 * @param {Page} page
 * @param {string | RegExp} match
 * @param {{ timeout?: number }} [options]
 */
async function waitForNotification(page, match, options = {}) {
  const test = (/** @type {string} */ t) => (typeof match === 'string' ? t.includes(match) : match.test(t));
  /** @type {string[]} */
  let seen = [];
  return waitFor(async () => (seen = await notifications(page)).find(test), {
    timeout: options.timeout ?? 30_000,
    message: () => `a notification matching ${match} (on screen: ${JSON.stringify(seen)})`,
  });
}

/** Clears every notification (so the next wait sees only new ones). @param {Page} page */
async function clearNotifications(page) {
  if ((await notifications(page)).length === 0) return;
  await runCommand(page, 'Notifications: Clear All Notifications');
  await waitFor(async () => (await notifications(page)).length === 0, { timeout: 10_000, message: 'notifications to clear' });
}

module.exports = { notifications, waitForNotification, clearNotifications };
