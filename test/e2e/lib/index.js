// @ts-check
// The harness's public surface, for test files: `const e2e = require('./lib')`.
'use strict';
module.exports = {
  ...require('./session'),
  ...require('./poll'),
  ...require('./paths'),
  ...require('./workspace'),
  ...require('./vsix'),
};
