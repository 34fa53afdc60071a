declare const __VERSION__: string | undefined;

/** Injected by the bundler from package.json; `dev` when running from sources. */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
