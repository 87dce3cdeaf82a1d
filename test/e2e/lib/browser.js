// @ts-check
// Debian's chromium driven by playwright-core: launch headless with a throwaway profile,
// open the workbench for a folder, and wait until it is usable.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { CHROMIUM } = require('./paths');
const { waitFor, scaled } = require('./poll');

// Without the networking flags chromium keeps trying hosts this machine cannot reach.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * @param {string} profileDir chromium's user data dir (created)
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page }>}
 */
async function launchBrowser(profileDir) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set E2E_CHROMIUM)`);
  }
  fs.mkdirSync(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    timeout: scaled(60_000),
  });
  context.setDefaultTimeout(scaled(15_000));
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/**
 * Opens `folder` in the workbench served at `serverUrl` and waits for the explorer to show it.
 * @param {import('playwright-core').Page} page
 * @param {string} serverUrl
 * @param {string} folder absolute path on the code-server machine
 */
async function openWorkbench(page, serverUrl, folder) {
  const url = `${serverUrl}/?folder=${encodeURIComponent(folder)}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: scaled(60_000) });
  await waitFor(() => page.locator('.monaco-workbench').isVisible(), {
    timeout: 90_000,
    message: `the workbench at ${url}`,
  });
  // The folder name in the explorer means the remote connection and file service are up.
  const name = path.basename(folder);
  await waitFor(
    async () => {
      const title = await page.locator('.explorer-folders-view, .explorer-viewlet').first().textContent().catch(() => '');
      return (await page.title()).includes(name) || Boolean(title && title.toUpperCase().includes(name.toUpperCase()));
    },
    { timeout: 90_000, message: `the workbench to open folder ${folder}` },
  );
}

module.exports = { launchBrowser, openWorkbench, CHROMIUM_ARGS };
