import { parseTarget, type TargetKey } from '../../model/arn.js';
import { MAX_PROFILES_PER_TARGET } from '../../model/constraints.js';
import type { Report, Rule } from '../rule.js';
import { profiles, report, type ProfileRef } from '../walk.js';

export const maxProfilesPerTarget: Rule = {
  id: 'max-profiles-per-target',
  severity: 'error',
  description: `More than ${MAX_PROFILES_PER_TARGET} profiles attached to one target`,
  docs: {
    details:
      `A thing group or account-level target takes at most ${MAX_PROFILES_PER_TARGET} security profiles (quota L-FF03CD81, not adjustable). ` +
      'Short forms and ARNs of the same target count together; each attachment beyond the limit is reported. `plan` also counts profiles attached outside the repository.',
    failing: `${Array.from({ length: MAX_PROFILES_PER_TARGET + 1 }, (_, i) => `kind: SecurityProfile\nname: profile-${i + 1}\ntargets:\n  - thing-group/cameras${i === MAX_PROFILES_PER_TARGET ? ' # ✗' : ''}\n`).join('---\n')}`,
    passing: `${Array.from({ length: MAX_PROFILES_PER_TARGET }, (_, i) => `kind: SecurityProfile\nname: profile-${i + 1}\ntargets:\n  - thing-group/cameras\n`).join('---\n')}`,
  },
  check: (context) => {
    const attached = new Map<TargetKey, { ref: ProfileRef; index: number }[]>();
    for (const ref of profiles(context)) {
      (ref.profile.targets ?? []).forEach((target, index) => {
        const key = parseTarget(target)?.key;
        if (key) attached.set(key, [...(attached.get(key) ?? []), { ref, index }]);
      });
    }
    const reports: Report[] = [];
    for (const [key, list] of attached) {
      for (const { ref, index } of list.slice(MAX_PROFILES_PER_TARGET)) {
        const names = list.map((a) => a.ref.profile.name).join(', ');
        reports.push(report(ref.loaded, ['targets', index], `${list.length} profiles are attached to ${key} (${names}); a target takes at most ${MAX_PROFILES_PER_TARGET}`));
      }
    }
    return reports;
  },
};
