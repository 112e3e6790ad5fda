/** Terminal behaviour of the CLI: when to colour, and the progress line on standard error. */
import { describe, expect, it } from 'vitest';
import { shouldColor } from '../../src/cli/color.js';
import { createProgress } from '../../src/cli/progress.js';

describe('when to colour', () => {
  it('colours a terminal only, never with NO_COLOR or TERM=dumb; FORCE_COLOR forces it', () => {
    expect(shouldColor({}, true)).toBe(true);
    expect(shouldColor({}, false)).toBe(false);
    expect(shouldColor({}, undefined)).toBe(false);
    expect(shouldColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(shouldColor({ NO_COLOR: '' }, true)).toBe(true);
    expect(shouldColor({ TERM: 'dumb' }, true)).toBe(false);
    expect(shouldColor({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(shouldColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(shouldColor({ FORCE_COLOR: '0' }, true)).toBe(false);
  });
});

describe('progress', () => {
  function stream(isTTY: boolean) {
    const writes: string[] = [];
    return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
  }

  it('shows 审校中 n/total in place on a terminal for many documents, and clears it', () => {
    const s = stream(true);
    const p = createProgress(30, s.stream);
    p.update(1);
    p.update(30);
    p.clear();
    expect(s.writes[0]).toBe('\r审校中 1/30\u001b[K');
    expect(s.writes).toContain('\r审校中 30/30\u001b[K');
    expect(s.writes.at(-1)).toBe('\r\u001b[K');
  });

  it('shows nothing when not a terminal or for few documents', () => {
    for (const [tty, total] of [[false, 100], [true, 20]] as const) {
      const s = stream(tty);
      const p = createProgress(total, s.stream);
      p.update(total);
      p.clear();
      expect(s.writes).toEqual([]);
    }
  });
});
