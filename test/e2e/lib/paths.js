// @ts-check
// Where things live: the repository root, the artefacts folder, the code-server binary.
'use strict';
const path = require('path');

const E2E_DIR = path.resolve(__dirname, '..');
const REPO_ROOT = path.resolve(E2E_DIR, '..', '..');
/** Screenshots and logs of a run; gitignored (test-artifacts/). */
const ARTIFACTS_DIR = process.env.E2E_ARTIFACTS_DIR || path.join(REPO_ROOT, 'test-artifacts', 'e2e');
const CODE_SERVER_ENTRY = path.join(E2E_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';

module.exports = { E2E_DIR, REPO_ROOT, ARTIFACTS_DIR, CODE_SERVER_ENTRY, CHROMIUM };
