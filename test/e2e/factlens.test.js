// @ts-check
// FactLens in the real VS Code UI: the packaged VSIX installed into code-server, driven in
// Chromium. A seed's problems in the Problems panel (count from the CLI on the same
// workspace), a figure's hover, Annotate Selection from the palette writing the YAML file on
// disk, and a claim code lens opening the other article's mention in the peek view.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { startSession, waitFor, REPO_ROOT } = require('./lib');

/** The VSIX run.mjs builds (`npm run package`); FACTLENS_VSIX overrides. */
const VSIX = process.env.FACTLENS_VSIX || path.join(REPO_ROOT, 'factlens.vsix');
const SOURCE = 'FactLens';
const ARTICLE_001 = '001_b94a0f8f42044d4b.txt';
const YAML_001 = path.join('annotations', '001_b94a0f8f42044d4b.yaml');
const ARTICLE_004 = '004_69413d4e2793735c.txt';
const AT_LEAST_45 = 'Unverified figure “at least 45”: check it against a source and annotate it';
const SOURCE_URL = 'https://www.reuters.com/world/middle-east/gaza-health-ministry-daily-toll-2025-06-25/';
const NOTE = 'Gaza Health Ministry daily report for 25 June: 45 killed';

/** @typedef {{ file: string, line: number, column: number, message: string, code: string, severity: string }} CliProblem */

/**
 * Every problem `factlens check --format json` reports for `workspace` (its default globs).
 * @param {string} workspace
 * @returns {CliProblem[]}
 */
function cliCheck(workspace) {
  const cli = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'factlens.js'), 'check', '--format', 'json'], {
    cwd: workspace,
    encoding: 'utf8',
  });
  // Exit 1 only means the check found errors; 2 is a usage or internal error.
  assert.ok(cli.status === 0 || cli.status === 1, `factlens check exited ${cli.status}: ${cli.stderr}`);
  return JSON.parse(cli.stdout).problems;
}

/** The CLI's problems in one article of seeds/. @param {string} workspace @param {string} file */
function cliProblems(workspace, file) {
  return cliCheck(workspace).filter((p) => p.file === `seeds/${file}`);
}

describe('FactLens in VS Code (code-server + Chromium)', function () {
  /** @type {Awaited<ReturnType<typeof startSession>>} */
  let session;
  /** @type {Awaited<ReturnType<typeof startSession>>['workbench']} */
  let wb;
  /** @type {CliProblem[]} */
  let expected001;
  let cliTotal = 0;

  before(async function () {
    if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} not found: run \`npm run package\` at the repository root (node test/e2e/run.mjs does)`);
    // Word wrap keeps the long article lines on screen in the screenshots.
    session = await startSession({ name: 'factlens', vsix: VSIX, settings: { 'editor.wordWrap': 'on' } });
    wb = session.workbench;
    assert.deepStrictEqual(session.extensionIds, ['factlens.factlens']);
    expected001 = cliProblems(session.workspace, ARTICLE_001);
    cliTotal = cliCheck(session.workspace).length;
    console.log('      timings (ms):', JSON.stringify(session.timings));
  });

  after(async function () {
    if (session) await session.dispose();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) await wb.screenshot(`factlens-FAILED-${this.currentTest.title}`).catch(() => {});
  });

  it('shows the seed’s FactLens problems in the Problems panel, as many as the CLI reports', async function () {
    assert.ok(expected001.some((p) => p.message === AT_LEAST_45), `the CLI reports "${AT_LEAST_45}" for ${ARTICLE_001}`);
    await wb.openFile(ARTICLE_001);
    await wb.openProblems();
    const markers = await wb.waitForMarkers((m) => m.length === expected001.length, {
      source: SOURCE,
      file: ARTICLE_001,
      what: `${expected001.length} FactLens problems in ${ARTICLE_001}`,
    });
    const at45 = markers.find((m) => m.message === AT_LEAST_45);
    assert.ok(at45, `"${AT_LEAST_45}" in the panel; saw ${JSON.stringify(markers.map((m) => m.message))}`);
    const cli45 = expected001.find((p) => p.message === AT_LEAST_45);
    assert.deepStrictEqual(
      { line: at45.line, character: at45.character, severity: at45.severity, code: at45.code },
      { line: cli45?.line, character: cli45?.column, severity: 'warning', code: 'figure.unverified' },
    );
    // Every CLI problem is in the panel at the same place with the same code.
    const where = (/** @type {{ line: number, code?: string }} */ p, /** @type {number} */ col) => `${p.line}:${col} ${p.code}`;
    assert.deepStrictEqual(
      markers.map((m) => where(m, m.character)).sort(),
      expected001.map((p) => where(p, p.column)).sort(),
    );
    // The whole panel (read by scrolling its virtualised list) matches the whole CLI run.
    const all = await wb.readMarkers({ source: SOURCE });
    assert.strictEqual(all.length, cliTotal, `FactLens problems in the panel: ${all.length}, from the CLI: ${cliTotal}`);
    await wb.screenshot('factlens-01-problems');
  });

  it('hovers "45" and reads that it is an unverified figure', async function () {
    await wb.openFile(ARTICLE_001);
    const hover = await wb.hoverText('45', { contains: 'Unverified figure' });
    assert.match(hover, /Unverified figure/);
    assert.match(hover, /at least 45/);
    await wb.screenshot('factlens-02-hover');
    await wb.dismissHover();
  });

  it('annotates "45" as verified from the palette: the YAML file is written and the problem goes', async function () {
    const yamlFile = path.join(session.workspace, YAML_001);
    const before = fs.readFileSync(yamlFile, 'utf8');
    const comments = before.split('\n').filter((l) => /^\s*#/.test(l));
    assert.ok(comments.length > 5, 'the seed annotation file has comments to keep');
    assert.ok(!before.includes(SOURCE_URL));

    await wb.openFile(ARTICLE_001);
    await wb.selectText('45');
    await wb.runCommand('FactLens: Annotate Selection');
    await wb.pickItem('Verified');
    await wb.screenshot('factlens-03-status-picked');
    await wb.answerInput(SOURCE_URL, { expectPrompt: 'Address of the source' });
    await wb.answerInput(NOTE, { expectPrompt: 'A note for the other fact-checkers' });
    await wb.pickItem('No claim');

    // The server edits the YAML through workspace/applyEdit; the client saves it.
    const after = await waitFor(
      () => {
        const text = fs.readFileSync(yamlFile, 'utf8');
        return text.includes(SOURCE_URL) ? text : undefined;
      },
      { timeout: 30_000, message: `${YAML_001} on disk to contain ${SOURCE_URL}` },
    );
    const added = after.slice(after.indexOf('- id:', after.lastIndexOf('- id:', after.indexOf(SOURCE_URL))));
    assert.match(added, /quote: "?45"?\n/, `the new annotation quotes "45":\n${added}`);
    assert.match(added, /status: verified\n/);
    assert.match(added, new RegExp(`url: "?${SOURCE_URL.replace(/[.?/]/g, '\\$&')}"?\n`));
    assert.ok(added.includes(NOTE), `the note is written:\n${added}`);
    for (const comment of comments) assert.ok(after.includes(comment), `comment kept: ${comment}`);
    assert.ok(after.includes('id: wednesday-deaths-45'), 'the existing annotations are kept');

    const markers = await wb.waitForMarkers((m) => m.length === expected001.length - 1 && !m.some((x) => x.message === AT_LEAST_45), {
      source: SOURCE,
      file: ARTICLE_001,
      what: `the "at least 45" problem to go (${expected001.length - 1} left)`,
    });
    assert.deepStrictEqual(
      markers.map((m) => m.message).sort(),
      expected001.filter((p) => p.message !== AT_LEAST_45).map((p) => p.message).sort(),
    );
    // The YAML buffer was saved, not left dirty.
    assert.strictEqual(await wb.page.locator('.tab.dirty').count(), 0, 'no unsaved editors');
    await wb.screenshot('factlens-04-annotated');
    // The YAML file as VS Code shows it: the new annotation at the end, under the old ones.
    await wb.openFile(path.basename(YAML_001));
    await wb.selectText(SOURCE_URL);
    await wb.screenshot('factlens-05-annotation-yaml');
  });

  it('follows the claim code lens in 004 to the mention in 001 (peek references)', async function () {
    await wb.openFile(ARTICLE_004);
    await wb.selectText('US attack on Iran’s nuclear facilities');
    const lens = await wb.waitForCodeLens(/claim `us-strikes-iran-nuclear`/);
    assert.match(lens.text, /claim `us-strikes-iran-nuclear` · 1 more mention in 1 other article/);
    await wb.screenshot('factlens-06-claim-lens');
    await wb.clickCodeLens(/claim `us-strikes-iran-nuclear`/);

    // The lens passes the other mentions to editor.action.showReferences: the peek widget
    // opens on 004 and previews the one mention in 001.
    const peek = wb.page.locator('.peekview-widget').first();
    await waitFor(() => peek.isVisible(), { timeout: 20_000, message: 'the peek references widget' });
    const title = wb.page.locator('.peekview-widget .peekview-title');
    const shown = await waitFor(
      async () => {
        const text = ((await title.first().innerText()) ?? '').replace(/\s+/g, ' ');
        return text.includes(ARTICLE_001) ? text : undefined;
      },
      { timeout: 20_000, message: `the peek title to name ${ARTICLE_001}` },
    );
    assert.match(shown, /Locations \(1\)|1 reference/, `one mention listed: ${shown}`);
    const references = await wb.page.locator('.peekview-widget .ref-tree .monaco-list-row').evaluateAll((rows) =>
      rows.map((r) => (r.getAttribute('aria-label') || r.textContent || '').replace(/\u00a0/g, ' ')),
    );
    assert.ok(references.some((r) => r.includes('U.S. military’s recent strikes')), `001's mention in the list: ${JSON.stringify(references)}`);
    const preview = wb.page.locator('.peekview-widget .preview .view-lines').first();
    await waitFor(async () => ((await preview.innerText()) ?? '').replace(/\u00a0/g, ' ').includes('strikes on Iranian nuclear facilities'), {
      timeout: 20_000,
      message: `the peek preview to show 001's "strikes on Iranian nuclear facilities"`,
    });
    await wb.screenshot('factlens-07-claim-mentions');
  });
});
