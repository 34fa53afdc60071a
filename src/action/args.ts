// The `args` input: extra CLI flags written as on a command line. Split like a POSIX shell
// (quotes, backslash escapes; no expansion), so `--endpoint-url "http://…"` reads as expected.
export function splitArgs(input: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < input.length && '"\\$`'.includes(input[i + 1]!)) word += input[++i]!;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (ch === '\\' && i + 1 < input.length) {
      word = (word ?? '') + input[++i]!;
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote) throw new Error(`args: unterminated ${quote} quote in "${input}"`);
  if (word !== undefined) words.push(word);
  return words;
}
