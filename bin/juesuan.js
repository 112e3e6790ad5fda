#!/usr/bin/env node
// Runs the compiled CLI (npm install builds dist/), so start-up pays for no TypeScript loader.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
