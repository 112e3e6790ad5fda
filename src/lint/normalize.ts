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

export function normalizeWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code === FULL_COMMA || code === FULL_STOP) && !(isFullWidthDigit(text.charCodeAt(i - 1)) && isFullWidthDigit(text.charCodeAt(i + 1)))) {
      out += text[i];
    } else if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
    } else if (code === 0x3000) {
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}
