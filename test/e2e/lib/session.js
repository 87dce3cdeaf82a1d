// @ts-check
// One end-to-end session: a workspace copy, code-server with the given VSIX installed,
// chromium on the workbench, and the UI helpers bound to its page. dispose() tears all of
// it down and is safe to call after a failed start or twice.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ARTIFACTS_DIR } = require('./paths');
const { createProfile, installExtension, startCodeServer } = require('./codeServer');
const { launchBrowser, openWorkbench } = require('./browser');
const { makeWorkspace } = require('./workspace');
const quickInput = require('./quickInput');
const editor = require('./editor');
const problems = require('./problems');
const notifications = require('./notifications');

/** @param {string} step */
const fileSafe = (step) => step.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '');

/**
 * @param {import('playwright-core').Page} page
 * @param {string} artifactsDir
 */
function bindWorkbench(page, artifactsDir) {
  return {
    page,
    runCommand: (/** @type {string} */ title) => quickInput.runCommand(page, title),
    quickOpen: (/** @type {string} */ name) => quickInput.quickOpen(page, name),
    /** Quick Open, then wait until the file is the active editor. @param {string} name */
    openFile: async (name) => {
      await quickInput.quickOpen(page, name);
      await editor.waitForActiveEditor(page, name.split('/').pop() ?? name);
    },
    pickItem: (/** @type {string} */ label) => quickInput.pickItem(page, label),
    /** @param {string} text @param {{ expectPrompt?: string, timeout?: number }} [o] */
    answerInput: (text, o) => quickInput.answerInput(page, text, o),
    quickInputMessage: () => quickInput.message(page),
    closeQuickInput: () => quickInput.close(page),
    activeEditorName: () => editor.activeEditorName(page),
    waitForActiveEditor: (/** @type {string} */ name) => editor.waitForActiveEditor(page, name),
    /** @param {string} text @param {{ occurrence?: number }} [o] */
    selectText: (text, o) => editor.selectText(page, text, o),
    /** @param {string} text @param {{ occurrence?: number, contains?: string }} [o] */
    hoverText: (text, o) => editor.hoverText(page, text, o),
    dismissHover: () => editor.dismissHover(page),
    codeLenses: () => editor.codeLenses(page),
    waitForCodeLens: (/** @type {string | RegExp} */ m) => editor.waitForCodeLens(page, m),
    clickCodeLens: (/** @type {string | RegExp} */ m) => editor.clickCodeLens(page, m),
    openProblems: () => problems.openProblems(page),
    readProblems: () => problems.readProblems(page),
    /** @param {{ source?: string, file?: string }} [f] */
    readMarkers: (f) => problems.readMarkers(page, f),
    /** @param {Parameters<typeof problems.waitForMarkers>[1]} p @param {Parameters<typeof problems.waitForMarkers>[2]} [o] */
    waitForMarkers: (p, o) => problems.waitForMarkers(page, p, o),
    statusBarProblems: () => problems.statusBarCounts(page),
    notifications: () => notifications.notifications(page),
    /** @param {string | RegExp} m @param {{ timeout?: number }} [o] */
    waitForNotification: (m, o) => notifications.waitForNotification(page, m, o),
    clearNotifications: () => notifications.clearNotifications(page),
    /** Saves test-artifacts/e2e/<step>.png and returns its path. @param {string} step */
    screenshot: async (step) => {
      const file = path.join(artifactsDir, `${fileSafe(step)}.png`);
      await page.screenshot({ path: file });
      return file;
    },
  };
}

/** @typedef {ReturnType<typeof bindWorkbench>} Workbench */

/**
 * @param {{ name: string, vsix: string | string[], workspace?: string, settings?: Record<string, unknown> }} options
 *   name: prefix for logs; workspace: a folder to open (default: a fresh copy of seeds/ + annotations/)
 */
async function startSession(options) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-e2e-'));
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const name = fileSafe(options.name);
  /** @type {(() => Promise<void>)[]} */
  const cleanups = [];
  let disposed = false;
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error(`e2e teardown: ${e}`));
    if (!process.env.E2E_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  };
  const timings = /** @type {Record<string, number>} */ ({});
  const timed = async (/** @type {string} */ what, /** @type {() => Promise<any>} */ fn) => {
    const start = Date.now();
    try {
      return await fn();
    } finally {
      timings[what] = Date.now() - start;
    }
  };
  try {
    const workspace = options.workspace ?? makeWorkspace(path.join(tmp, 'workspace'));
    const profile = createProfile(path.join(tmp, 'profile'), {
      logFile: path.join(ARTIFACTS_DIR, `${name}-code-server.log`),
      settings: options.settings,
    });
    fs.writeFileSync(profile.logFile, '');
    const extensionIds = [];
    for (const vsix of [options.vsix].flat()) {
      extensionIds.push(await timed(`install ${path.basename(vsix)}`, () => installExtension(profile, vsix)));
    }
    const server = await timed('code-server start', () => startCodeServer(profile));
    cleanups.push(server.stop);
    const { context, page } = await timed('chromium launch', () => launchBrowser(path.join(tmp, 'chromium')));
    cleanups.push(() => context.close());
    const browserLog = path.join(ARTIFACTS_DIR, `${name}-browser.log`);
    fs.writeFileSync(browserLog, '');
    page.on('console', (/** @type {import('playwright-core').ConsoleMessage} */ m) => m.type() === 'error' && fs.appendFileSync(browserLog, `${m.text()}\n`));
    page.on('pageerror', (/** @type {Error} */ e) => fs.appendFileSync(browserLog, `pageerror: ${e.message}\n`));
    await timed('workbench open', () => openWorkbench(page, server.url, workspace));
    return { workbench: bindWorkbench(page, ARTIFACTS_DIR), page, context, server, workspace, profile, extensionIds, timings, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}

module.exports = { startSession, bindWorkbench };
