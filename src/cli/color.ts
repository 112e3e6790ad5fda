/**
 * Whether to colour the stylish report: only on a terminal, never with
 * NO_COLOR (https://no-color.org) or TERM=dumb; FORCE_COLOR forces colour on
 * (FORCE_COLOR=0 or false: off), and as in Node itself it wins over NO_COLOR.
 */
export function shouldColor(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY === true;
}
