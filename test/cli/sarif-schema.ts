/** The official SARIF 2.1.0 JSON Schema, compiled with the project's ajv, for validating --format sarif. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';

/** The SARIF 2.1.0 schema as @microsoft/jest-sarif ships it (draft-04), read by the project's ajv 8. */
export function sarifValidator() {
  const require = createRequire(import.meta.url);
  const dir = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas');
  const file = readdirSync(dir).find((f) => /^sarif-2\.1\.0.*\.json$/u.test(f))!;
  const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  // draft-04's `id` is draft-07's `$id`; the schema uses nothing else that differs between the two.
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({
    allErrors: true, strict: false,
    // The schema's language pattern is not a valid Unicode-mode regular expression.
    unicodeRegExp: false,
    formats: {
      uri: (s: string) => URL.canParse(s),
      'uri-reference': /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/u,
      'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
    },
  });
  return ajv.compile(schema);
}
