// Every route of the emulator, one group per resource.
import type { Route } from '../request.js';
import { customMetricRoutes } from './custom-metrics.js';
import { dimensionRoutes } from './dimensions.js';
import { securityProfileRoutes } from './security-profiles.js';
import { stsRoutes } from './sts.js';
import { tagRoutes } from './tags.js';
import { targetRoutes } from './targets.js';
import { thingGroupRoutes } from './thing-groups.js';
import { validateBehaviorsRoutes } from './validate-behaviors.js';
import { violationRoutes } from './violations.js';

export const ROUTES: readonly Route[] = [
  ...securityProfileRoutes,
  ...targetRoutes,
  ...validateBehaviorsRoutes,
  ...dimensionRoutes,
  ...customMetricRoutes,
  ...tagRoutes,
  ...thingGroupRoutes,
  ...violationRoutes,
  ...stsRoutes,
];
