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

type OptionTable = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/**
 * One `args` input often serves several steps (lint and plan in a matrix), so flags that belong to
 * another command are dropped (and named) rather than failing; anything unknown to every command
 * stays, so the command's own parser reports it with a did-you-mean.
 */
export function argsFor(argv: readonly string[], accepted: OptionTable, others: readonly OptionTable[]): { args: string[]; dropped: string[] } {
  const args: string[] = [];
  const dropped: string[] = [];
  const longOf = (table: OptionTable, token: string) => {
    if (token.startsWith('--')) return Object.hasOwn(table, token.slice(2).split('=')[0]!) ? token.slice(2).split('=')[0] : undefined;
    const short = token.slice(1, 2);
    return token.length >= 2 ? Object.keys(table).find((k) => table[k]!.short === short) : undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (!token.startsWith('-') || token === '-' || longOf(accepted, token)) {
      args.push(token);
      continue;
    }
    const table = others.find((t) => longOf(t, token));
    if (!table) {
      args.push(token);
      continue;
    }
    dropped.push(token.split('=')[0]!);
    const takesValue = table[longOf(table, token)!]!.type === 'string' && !token.includes('=') && !(token.length > 2 && !token.startsWith('--'));
    if (takesValue) i++;
  }
  return { args, dropped };
}

/** The flags of `plan` and `apply` the Action passes on (the CLI's plan/apply tables). */
export const PLAN_OPTIONS = {
  env: { type: 'string', short: 'e' },
  local: { type: 'boolean' },
  'endpoint-url': { type: 'string' },
  region: { type: 'string' },
  prune: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
} as const;
/** Flags that choose the account: lint takes them only with --remote. */
const SESSION_KEYS = ['env', 'local', 'endpoint-url', 'region'] as const;

/** The `args` input as lint flags: plan/apply flags dropped, account flags kept only with --remote. */
export function lintArgsOf(argv: readonly string[], lintOptions: OptionTable, environment: string | undefined): { args: string[]; dropped: string[] } {
  const first = argsFor(argv, lintOptions, [PLAN_OPTIONS]);
  if (!first.args.includes('--remote')) {
    const offline = Object.fromEntries(Object.entries(lintOptions).filter(([k]) => !(SESSION_KEYS as readonly string[]).includes(k)));
    const second = argsFor(first.args, offline, [PLAN_OPTIONS]);
    return { args: second.args, dropped: [...first.dropped, ...second.dropped] };
  }
  const hasEnv = first.args.some((a) => a === '--env' || a.startsWith('--env=') || a === '-e');
  return { args: environment && !hasEnv ? [...first.args, '--env', environment] : first.args, dropped: first.dropped };
}

/** The value of `--env NAME` / `-e NAME` / `--env=NAME` in the args, if any. */
export function envFlagOf(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const token = argv[i]!;
    if ((token === '--env' || token === '-e') && i + 1 < argv.length) found = argv[++i];
    else if (token.startsWith('--env=')) found = token.slice('--env='.length);
  }
  return found;
}
