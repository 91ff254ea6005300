import { DEFAULT_READINESS_RULES } from './default-rules';
import { ReadinessRules } from './readiness-rules';

/**
 * The rules to check with: the ones the backend served (synced `rules/readiness`) when they parse, else the ones
 * this release ships. A served copy that fails the schema was written for a newer release; checking with the
 * bundled rules is better than checking with nothing.
 */
export function effectiveRules(served: unknown): ReadinessRules {
  if (served === undefined || served === null) return DEFAULT_READINESS_RULES;
  const parsed = ReadinessRules.safeParse(served);
  return parsed.success ? parsed.data : DEFAULT_READINESS_RULES;
}
