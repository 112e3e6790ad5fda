/**
 * Every match of a global regular expression, without String.prototype.matchAll:
 * matchAll clones its regex on each call, which for the large name pattern
 * costs more than the search itself.
 */
export function* execAll(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    yield m;
    if (m[0].length === 0) pattern.lastIndex++;
  }
}
