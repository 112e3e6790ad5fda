// (filled in by the draft work)
export function runDraftCommand(_data: string, _options: { output?: string }): number {
  return 0;
}
