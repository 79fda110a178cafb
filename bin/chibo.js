#!/usr/bin/env node
// The CLI is compiled by `npm ci` (the "prepare" script) into dist-cli/.
require("../dist-cli/src/cli/main.js").runFromProcess();
