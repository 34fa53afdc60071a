// Entry point for scripts/build-generated.mjs: what docs/rules.md is rendered from.
export { rulesMarkdown } from '../src/lint/docs.js';
export { ALL_RULES } from '../src/lint/rules/index.js';
