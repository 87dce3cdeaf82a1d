// @ts-check
// The workspace a test opens: a fresh copy of the repository's seeds/ and annotations/,
// so tests may edit articles and annotation files without touching the repository.
'use strict';
const fs = require('fs');
const path = require('path');
const { REPO_ROOT } = require('./paths');

/**
 * @param {string} dest an empty or missing folder
 * @param {{ from?: string, folders?: string[] }} [options]
 * @returns {string} dest
 */
function makeWorkspace(dest, options = {}) {
  const from = options.from ?? REPO_ROOT;
  const folders = options.folders ?? ['seeds', 'annotations'];
  fs.mkdirSync(dest, { recursive: true });
  for (const folder of folders) {
    const src = path.join(from, folder);
    if (fs.existsSync(src)) fs.cpSync(src, path.join(dest, folder), { recursive: true });
    else fs.mkdirSync(path.join(dest, folder), { recursive: true });
  }
  return dest;
}

module.exports = { makeWorkspace };
