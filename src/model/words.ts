/** `1 warning`, `2 warnings`: counts in messages, summaries and plan notes. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
