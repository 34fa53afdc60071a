// MQTT topic-filter syntax (MQTT 3.1.1 §4.7), used by TOPIC_FILTER dimension values (reference §9).
// AWS adds the substitution variable `${iot:ClientId}`, which stands for one level or part of it.

/** Why a topic filter is malformed, or undefined when it is well formed. */
export function topicFilterProblem(filter: string): string | undefined {
  if (filter.length === 0) return 'a topic filter cannot be empty';
  if (filter.includes('\u0000')) return 'a topic filter cannot contain the NUL character';
  const levels = filter.split('/');
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i]!;
    if (level.includes('#') && (level !== '#' || i !== levels.length - 1)) {
      return `'#' must be a whole level and the last one (e.g. "sensors/#"), got "${filter}"`;
    }
    if (level.includes('+') && level !== '+') {
      return `'+' must fill a whole level (e.g. "sensors/+/temp"), got level "${level}" in "${filter}"`;
    }
  }
  return undefined;
}
