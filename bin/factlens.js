#!/usr/bin/env node
// The `factlens` command: the bundled CLI (built by `npm run build`, run by `npm ci` through `prepare`).
require('../dist/cli.js').run();
