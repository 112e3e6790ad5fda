import { readFileSync } from 'node:fs';

export interface PackageInfo {
  name: string;
  version: string;
  /** package.json's homepage, else the package's page on npm */
  informationUri: string;
}

let cached: PackageInfo | undefined;

/** juesuan's own package.json (dist/cli/ → the package root). */
export function packageInfo(): PackageInfo {
  if (!cached) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string; homepage?: string };
    cached = { name: pkg.name, version: pkg.version, informationUri: pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}` };
  }
  return cached;
}
