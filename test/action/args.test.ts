import { describe, expect, it } from 'vitest';
import { argsFor, envFlagOf, splitArgs } from '../../src/action/args.js';

describe('splitArgs (the args input)', () => {
  it('splits like a shell without expanding anything', () => {
    expect(splitArgs('')).toEqual([]);
    expect(splitArgs('  --prune\n --region eu-west-1 ')).toEqual(['--prune', '--region', 'eu-west-1']);
    expect(splitArgs(`--endpoint-url "http://127.0.0.1:4566" --x 'a b' c\\ d ""`)).toEqual([
      '--endpoint-url',
      'http://127.0.0.1:4566',
      '--x',
      'a b',
      'c d',
      '',
    ]);
    expect(splitArgs(`"say \\"hi\\"" '$HOME'`)).toEqual(['say "hi"', '$HOME']);
  });
  it('rejects an unterminated quote', () => {
    expect(() => splitArgs('--x "open')).toThrow(/unterminated " quote/);
  });
});

describe('argsFor (one args input shared by several commands)', () => {
  const lint = { format: { type: 'string', short: 'f' }, 'max-warnings': { type: 'string' } } as const;
  const plan = { 'endpoint-url': { type: 'string' }, prune: { type: 'boolean' }, region: { type: 'string', short: 'r' } } as const;
  it("drops another command's flags with their values, keeps its own and unknown ones", () => {
    expect(argsFor(['--endpoint-url', 'http://x', '--max-warnings', '0', '--prune', 'a.yaml', '-r', 'eu-west-1', '--region=x', '--bogus'], lint, [plan])).toEqual({
      args: ['--max-warnings', '0', 'a.yaml', '--bogus'],
      dropped: ['--endpoint-url', '--prune', '-r', '--region'],
    });
  });
});

describe('envFlagOf', () => {
  it('reads --env in each spelling, the last one winning, never past --', () => {
    expect(envFlagOf(['--prune'])).toBeUndefined();
    expect(envFlagOf(['--env', 'prod'])).toBe('prod');
    expect(envFlagOf(['-e', 'a', '--env=b'])).toBe('b');
    expect(envFlagOf(['--', '--env', 'x'])).toBeUndefined();
  });
});
