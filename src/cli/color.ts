// One place that decides colour (conventions §11.3): explicit flag > NO_COLOR > FORCE_COLOR > TTY.
// chalk ignores NO_COLOR, so it is handled here.
import { Chalk, type ChalkInstance } from 'chalk';

export interface ColorChoice {
  /** --color (true) or --no-color (false); undefined when neither was given. */
  flag?: boolean;
  env?: NodeJS.ProcessEnv;
  stream?: { isTTY?: boolean };
}

export function colorLevel({ flag, env = process.env, stream = process.stdout }: ColorChoice): 0 | 1 | 3 {
  if (flag !== undefined) return flag ? 1 : 0;
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    return force === '3' ? 3 : 1;
  }
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return 1;
}

export function makeChalk(choice: ColorChoice): ChalkInstance {
  return new Chalk({ level: colorLevel(choice) });
}
