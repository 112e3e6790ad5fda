/**
 * 审校中 123/1000 on standard error, updated in place, for a terminal and
 * many documents only; cleared when done. Nothing when stderr is not a TTY.
 */
export interface Progress {
  update(done: number): void;
  clear(): void;
}

const SHOW_ABOVE = 20;
const INTERVAL_MS = 80;

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= SHOW_ABOVE) return { update() {}, clear() {} };
  let last = 0;
  let shown = false;
  return {
    update(done) {
      const now = Date.now();
      if (done < total && now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      stream.write(`\r审校中 ${done}/${total}\u001b[K`);
    },
    clear() {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
