#!/usr/bin/env node
// Runs the compiled CLI (npm install builds dist/), so start-up pays for no TypeScript loader;
// start.js picks the bundle when it is current.
import { loadApp } from '../dist/cli/start.js';

process.exitCode = await (await loadApp()).main(process.argv);
