#!/usr/bin/env node
// The event-data command: src/cli/main.ts's runCli, built to dist/cli.js. Exit codes and the
// removal of a half-written output on Ctrl-C are runCli's work, so tests can run the same code
// from the sources.
import { runCli } from '../dist/cli.js';

runCli(process.argv.slice(2));
