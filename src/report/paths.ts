/**
 * Paths for CI reports: GitHub wants files relative to the repository root
 * (the working directory of the job) with forward slashes.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The file relative to `baseDir` with forward slashes, or undefined when it lies outside. */
export function relativeToBase(filePath: string, baseDir: string): string | undefined {
  const rel = relative(baseDir, resolve(baseDir, filePath));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** A path for display in an annotation: relative when inside `baseDir`, else absolute (forward slashes). */
export function annotationPath(filePath: string, baseDir: string): string {
  return relativeToBase(filePath, baseDir) ?? resolve(baseDir, filePath).split(sep).join('/');
}

/**
 * A SARIF artifact location: a percent-encoded relative URI against the
 * SRCROOT base when the file is inside `baseDir`, else an absolute file URI.
 */
export function sarifLocation(filePath: string, baseDir: string): { uri: string; uriBaseId?: string } {
  const rel = relativeToBase(filePath, baseDir);
  if (rel !== undefined) return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  return { uri: pathToFileURL(resolve(baseDir, filePath)).href };
}

/** `baseDir` as a file URI ending in a slash, for SARIF's originalUriBaseIds. */
export function directoryUri(baseDir: string): string {
  const href = pathToFileURL(resolve(baseDir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}
