#!/usr/bin/env node
/**
 * Builds the report page's script and styles (src/page) into dist/page/desk.js
 * and dist/page/desk.css, minified: every HTML report inlines them
 * (src/report/html-assets.ts). The script is type-checked by
 * `tsc -p tsconfig.page.json` (DOM types, kept apart from the Node code's).
 * Browsers from Chromium 90 on, as office machines run.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { absWorkingDir: root, bundle: true, minify: true, logLevel: 'warning', target: ['chrome90', 'firefox90', 'safari15', 'edge90'] };
await build({ ...common, entryPoints: ['src/page/desk.ts'], outfile: 'dist/page/desk.js', format: 'iife' });
await build({ ...common, entryPoints: ['src/page/desk.css'], outfile: 'dist/page/desk.css' });
