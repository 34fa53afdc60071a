import { describe, expect, it } from 'vitest';
import { splitArgs } from '../../src/action/args.js';

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
