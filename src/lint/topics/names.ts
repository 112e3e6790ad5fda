/** Name variants prose uses for one thing: classes with their level marker, quoted names. */

/** 一般公共服务支出 → the ways prose names this class. */
export function classVariants(name: string): string[] {
  const bare = name.replace(/支出$/u, '');
  return [name, `${bare}(类)支出`, `${name}(类)`, `${bare}(类)`, `“${bare}”`, `"${bare}"`, `${bare}类`];
}

export function quoteVariants(core: string, suffixes: string[]): string[] {
  const out: string[] = [];
  for (const q of [['“', '”'], ['"', '"'], ['‘', '’'], ['', '']] as const) {
    for (const s of suffixes) out.push(`${q[0]}${core}${q[1]}${s}`);
  }
  return out;
}
