import type { AssistSession } from '../assist-session';

/**
 * One assist on LHR pages (card fill, drafts, checklist, …), modelled on Refined GitHub's feature manager: the pages
 * it applies to, and an `init` that installs its listeners with `signal` so they all go when the script is unloaded.
 */
export interface Feature {
  /** stable id, used in the error report instead of any page data */
  id: string;
  /** whether the feature applies to this page (its profile page, its fields, its buttons) */
  include(session: AssistSession): boolean;
  /** installs the feature (sync or async); its listeners must go when `signal` aborts */
  init(session: AssistSession, signal: AbortSignal): unknown;
}

export type FeatureReport = (id: string, error: unknown) => void;

/** Only the feature id and the error's name: messages may quote page values, which must not reach a log. */
const consoleReport: FeatureReport = (id, error) => {
  console.warn(`LHR Assist: feature "${id}" failed (${error instanceof Error ? error.name : 'error'})`);
};

/** The features whose pages include this one (an include that throws counts as not applying). */
export function featuresFor(features: readonly Feature[], session: AssistSession): Feature[] {
  return features.filter((f) => {
    try {
      return f.include(session);
    } catch {
      return false;
    }
  });
}

/**
 * Starts every feature that applies. Each `init` runs on its own and is not awaited, so one failing feature — a
 * throw or a rejected promise — never stops the others (Refined GitHub: "Do not await, or else an error on a page
 * will break the feature completely"). Returns the ids started, in list order.
 */
export function startFeatures(
  features: readonly Feature[],
  session: AssistSession,
  signal: AbortSignal,
  report: FeatureReport = consoleReport,
): string[] {
  const started: string[] = [];
  for (const feature of featuresFor(features, session)) {
    try {
      const result = feature.init(session, signal);
      if (result instanceof Promise) result.catch((error: unknown) => report(feature.id, error));
      started.push(feature.id);
    } catch (error) {
      report(feature.id, error);
    }
  }
  return started;
}
