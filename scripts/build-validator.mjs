#!/usr/bin/env node
/**
 * Compiles schema/juesuan-data.schema.json into a standalone ajv validator
 * (dist/data/juesuan-data.validate.cjs), so that the CLI does not compile the
 * schema at every start. The schema stays the one source: the module carries
 * the key of the schema text and options it was built from, and
 * src/data/schema.ts compiles at run time when they differ. Runs after tsc
 * (npm run build): it uses the compiled dist/data/schema.js.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createAjv, PRECOMPILED_URL, SCHEMA_URL, schemaKey } from '../dist/data/schema.js';

const text = readFileSync(SCHEMA_URL, 'utf8');
const ajv = createAjv({ code: { source: true } });
const code = standaloneCode.default(ajv, ajv.compile(JSON.parse(text)));
const out = fileURLToPath(PRECOMPILED_URL);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(`${out}.tmp`, `${code}\nmodule.exports.schemaKey = ${JSON.stringify(schemaKey(text))};\n`);
renameSync(`${out}.tmp`, out);
