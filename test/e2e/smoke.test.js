// @ts-check
// Proves the harness on a throwaway extension: diagnostics in the Problems panel, a hover,
// code lenses, palette commands with a quick pick and an input box, notifications.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startSession } = require('./lib');
const { buildSmokeExtension } = require('./fixtures/smokeExtension');

describe('e2e harness smoke test (throwaway extension in code-server)', function () {
  /** @type {Awaited<ReturnType<typeof startSession>>} */
  let session;
  /** @type {Awaited<ReturnType<typeof startSession>>['workbench']} */
  let wb;
  const ARTICLE = '001_b94a0f8f42044d4b.txt'; // its first number is "1" at line 5, column 1

  before(async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-smoke-ext-'));
    const { vsix, id } = buildSmokeExtension(dir);
    session = await startSession({ name: 'smoke', vsix });
    wb = session.workbench;
    assert.deepStrictEqual(session.extensionIds, [id]);
    console.log('      timings (ms):', JSON.stringify(session.timings));
  });

  after(async function () {
    if (session) await session.dispose();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await wb.screenshot(`smoke-FAILED-${this.currentTest.title}`).catch(() => {});
  });

  it('opens a seed and shows the extension diagnostic in the Problems panel', async function () {
    await wb.openFile(ARTICLE);
    await wb.screenshot('smoke-01-seed-open');
    await wb.openProblems();
    const markers = await wb.waitForMarkers((m) => m.length === 1, { source: 'e2e-smoke', what: 'one e2e-smoke problem' });
    assert.deepStrictEqual(
      { ...markers[0], label: undefined },
      { kind: 'marker', severity: 'warning', message: 'E2E smoke: first number 1', line: 5, character: 1, source: 'e2e-smoke', code: 'smoke.first-number', file: ARTICLE, label: undefined },
    );
    const files = (await wb.readProblems()).filter((e) => e.kind === 'file');
    assert.deepStrictEqual(files.map((f) => f.kind === 'file' && [f.file, f.count]), [[ARTICLE, 1]]);
    assert.strictEqual((await wb.statusBarProblems()).warnings, 1);
    await wb.screenshot('smoke-02-problems');
  });

  it('runs a command from the palette and shows its notification', async function () {
    await wb.runCommand('E2E Smoke: Say Hello');
    const text = await wb.waitForNotification('Hello from the E2E smoke extension');
    assert.strictEqual(text, 'Hello from the E2E smoke extension');
    await wb.screenshot('smoke-03-notification');
    await wb.clearNotifications();
  });

  it('answers a quick pick and an input box, and sees a validation message', async function () {
    await wb.runCommand('E2E Smoke: Ask Name');
    await wb.pickItem('formal');
    await assert.rejects(wb.answerInput('   ', { expectPrompt: 'Your name', timeout: 3000 }), /rejected "   ": A name, please/);
    await wb.screenshot('smoke-04-input-validation');
    await wb.answerInput('Ada');
    await wb.waitForNotification('Good day, Ada');
    await wb.screenshot('smoke-05-input-answered');
    await wb.clearNotifications();
  });

  it('hovers the flagged number and reads the hover', async function () {
    await wb.openFile(ARTICLE);
    const hover = await wb.hoverText('1.', { contains: 'E2E smoke hover' });
    assert.match(hover, /E2E smoke hover for 1/);
    await wb.screenshot('smoke-06-hover');
    await wb.dismissHover();
  });

  it('reads the code lenses and clicks one', async function () {
    await wb.selectText('1.');
    await wb.waitForCodeLens('smoke lens: 1');
    const lenses = await wb.codeLenses();
    assert.deepStrictEqual(lenses.map((l) => [l.text, l.clickable]), [['smoke lens: 1', true], ['smoke info', false]]);
    await wb.clickCodeLens('smoke lens: 1');
    await wb.waitForNotification('Lens clicked for 1');
    await wb.screenshot('smoke-07-code-lens-clicked');
  });
});
