#!/usr/bin/env node
// The CLI is compiled by `npm ci` (the "prepare" script) into dist-cli/, and bundled with its
// code cache (src/cli/load.ts).
require("../dist-cli/src/cli/load.js").loadCli().cli.runFromProcess();
