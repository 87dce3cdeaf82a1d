#!/usr/bin/env node
// The `factlens` command: the bundled CLI (built by `npm run build`).
require('../dist/cli.js');
