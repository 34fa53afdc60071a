// ValidateSecurityProfileBehaviors (reference §13): semantic and range problems answer 200 with
// valid:false and `Behavior <name> is malformed. <detail>` messages; only a request that cannot be read
// (wrong types, no behaviors) is an InvalidRequestException.
import { invalid } from '../errors.js';
import type { Route } from '../request.js';
import { referencesOf } from '../store.js';
import type { Behavior } from '../../model/types.js';
import { behaviorListProblems } from '../validation/behaviors.js';
import { describeViolations, parseJson } from '../validation/body.js';
import { VALIDATE_BEHAVIORS_BODY } from '../validation/models.js';
import { check, validationMessage, type Violation } from '../validation/shapes.js';

export const validateBehaviorsRoutes: Route[] = [
  {
    operation: 'ValidateSecurityProfileBehaviors',
    method: 'POST',
    path: '/security-profile-behaviors/validate',
    mutates: false,
    handle(request, ctx) {
      const body = parseJson(request);
      const violations: Violation[] = [];
      const cleaned = check(VALIDATE_BEHAVIORS_BODY, body, '', violations) as { behaviors?: Behavior[] };
      const { behaviorMessages, others } = describeViolations(body, violations);
      if (others.length > 0) throw invalid(validationMessage(others));
      const skip = new Set(violations.map((v) => Number(/^behaviors\[(\d+)\]/.exec(v.path)?.[1])));
      const messages = [...behaviorMessages, ...behaviorListProblems(cleaned.behaviors ?? [], referencesOf(ctx.state), skip)];
      return { valid: messages.length === 0, validationErrors: messages.map((errorMessage) => ({ errorMessage })) };
    },
  },
];
