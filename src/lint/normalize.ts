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

export function isFullWidthDigit(code: number | undefined): boolean {
  return code !== undefined && code >= 0xff10 && code <= 0xff19;
}

/** The unit text[i] becomes, one for one: the reader compacts a document unit by unit with it. */
export function widthNormalized(text: string, i: number): number {
  const code = text.charCodeAt(i);
  // Everything below the ideographic space stays: most of a text goes no further.
  if (code < 0x3000) return code;
  if (code === FULL_COMMA || code === FULL_STOP) {
    return isFullWidthDigit(text.charCodeAt(i - 1)) && isFullWidthDigit(text.charCodeAt(i + 1)) ? code - 0xfee0 : code;
  }
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code === 0x3000 ? 0x20 : code;
}

// Anything normalizeWidth changes; most text has none, and is returned as it is.
const WIDE = /[\uff01-\uff5e\u3000]/u;

export function normalizeWidth(text: string): string {
  if (!WIDE.test(text)) return text;
  let out = '';
  // Unchanged runs are copied as slices, not character by character.
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = widthNormalized(text, i);
    if (unit === text.charCodeAt(i)) continue;
    out += text.slice(run, i) + String.fromCharCode(unit);
    run = i + 1;
  }
  return out + text.slice(run);
}
