/**
 * Width normalisation for matching, one character for one character so every
 * offset stays valid: full-width ASCII forms become ASCII (（类） → (类),
 * ４ → 4, ％ → %), the ideographic space a space. The full-width comma and
 * full stop are the Chinese clause comma and a list-ordinal point almost
 * everywhere, so they become "," and "." only between full-width digits
 * (４，３４０．１６ → 4,340.16).
 */
const FULL_COMMA = 0xff0c;
const FULL_STOP = 0xff0e;

function isFullWidthDigit(code: number | undefined): boolean {
  return code !== undefined && code >= 0xff10 && code <= 0xff19;
}

// Anything normalizeWidth changes; most text has none, and is returned as it is.
const WIDE = /[\uff01-\uff5e\u3000]/u;

export function normalizeWidth(text: string): string {
  if (!WIDE.test(text)) return text;
  let out = '';
  // Unchanged runs are copied as slices, not character by character.
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string;
    if (code === FULL_COMMA || code === FULL_STOP) {
      if (!(isFullWidthDigit(text.charCodeAt(i - 1)) && isFullWidthDigit(text.charCodeAt(i + 1)))) continue;
      replacement = String.fromCharCode(code - 0xfee0);
    } else if (code >= 0xff01 && code <= 0xff5e) {
      replacement = String.fromCharCode(code - 0xfee0);
    } else if (code === 0x3000) {
      replacement = ' ';
    } else {
      continue;
    }
    out += text.slice(run, i) + replacement;
    run = i + 1;
  }
  return out + text.slice(run);
}
