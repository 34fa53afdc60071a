// JSON Schema of the repository config file defender-gitops.yaml (src/model/config.ts).
import { TARGET_PATTERN } from '../arn.js';
import { DEFS, type JsonSchema } from './defs.js';

const paths: JsonSchema = { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'files or folders to read' };
const object = (properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  properties,
  additionalProperties: false,
  ...extra,
});

export const CONFIG_SCHEMA: JsonSchema = {
  title: 'defender-gitops.yaml',
  ...object({
    paths,
    ownershipTag: object(
      {
        key: { ...(DEFS.Tags!.propertyNames as JsonSchema), type: 'string' },
        value: { type: 'string', maxLength: 256 },
      },
      { required: ['key', 'value'], description: 'tag put on resources the tool creates; only tagged resources are pruned' },
    ),
    prune: { type: 'boolean', description: 'delete tagged live resources missing from the files' },
    environments: {
      type: 'object',
      description: 'named environments: plan/apply --env NAME',
      propertyNames: { pattern: '^[a-zA-Z0-9_.-]+$' },
      additionalProperties: object({
        region: { type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-\\d$' },
        account: { type: 'string', pattern: '^\\d{12}$', description: '12-digit account id (quote it)' },
        endpoint: { type: 'string', pattern: '^https?://' },
        paths,
      }),
    },
    rules: {
      type: 'object',
      description: 'rule id → error | warning | off',
      additionalProperties: { enum: ['error', 'warning', 'off'] },
    },
    policies: object({
      requireAlertTargets: { type: 'boolean' },
      namePattern: { type: 'string', minLength: 1, description: 'regular expression every security profile name must match' },
      requiredTags: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
      forbiddenTargets: { type: 'array', uniqueItems: true, items: { type: 'string', pattern: TARGET_PATTERN } },
    }),
  }),
};
