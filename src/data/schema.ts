/**
 * Structural validation of a data file against schema/juesuan-data.schema.json.
 * (Being completed: until then every structure passes and the converter's own checks apply.)
 */
import type { DataPath } from './source.js';

export interface SchemaProblem {
  path: DataPath;
  message: string;
}

export function validateAgainstSchema(_raw: unknown): SchemaProblem[] {
  return [];
}
