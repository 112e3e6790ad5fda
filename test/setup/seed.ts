/**
 * The seed of a property that fixes its own (to keep its cases apart from the global seed's, or
 * to share them with a generator's sample). FC_SEED replays the seed a failure printed; `npm run
 * fuzz` (FUZZ=1) draws a fresh one, as test/setup/fast-check.ts does for every other property —
 * a fixed seed here would draw the same cases in every round; else (npm test) the fixed one.
 */
export function propertySeed(fixed: number): number {
  if (process.env.FC_SEED !== undefined) return Number(process.env.FC_SEED);
  // fast-check's own draw when no seed is given
  if (process.env.FUZZ) return (Date.now() ^ (Math.random() * 0x1_0000_0000)) | 0;
  return fixed;
}
