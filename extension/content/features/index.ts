import { checklistRuns, guardRuns } from '../checklist/where-checked';
import { staleProfilePages } from '../detect/resolve-profile';
import { isDraftPage } from '../drafts/draft-page';
import { fiscalYearSelect } from '../forms/fiscal-year-select';
import { formRoles } from '../forms/form-roles';
import { personSections } from '../forms/person-sections';
import { portraitInput } from '../forms/portrait-file';
import { isStatusChangeForm } from '../forms/status-form';
import { targetSelects } from '../forms/transfer-target';
import { isProvincePage } from '../province/province-page-ids';
import { cardFillFeature } from './card-fill';
import { HISTORY_HEADING } from './certified';
import { dynamicPageFeature } from './dynamic-page';
import type { Feature } from './feature-manager';
import { guardFeature } from './guard';
import { lazyFeature } from './lazy-feature';

/**
 * Every assist of the content script, in the order they start. Add a feature here and nowhere else. An eager feature
 * is imported; a lazy one (its own script, extension/entrypoints/feature-<file>.ts, injected only on the pages it
 * applies to) is named with the same id and include as its module's Feature — features-list.test.ts checks both.
 */
export const FEATURES: readonly Feature[] = [
  lazyFeature('checklist', 'feature-checklist', checklistRuns),
  lazyFeature('checklist-panel', 'feature-checklist-panel', checklistRuns),
  lazyFeature('form-checks', 'feature-form-checks', (session) => formRoles(session.fields).length > 0),
  guardFeature,
  lazyFeature('guard-panel', 'feature-guard-panel', guardRuns),
  lazyFeature('drafts', 'feature-drafts', isDraftPage),
  lazyFeature('draft-offer', 'feature-draft-offer', isDraftPage),
  cardFillFeature,
  lazyFeature('register-fill', 'feature-register-fill', (session) => session.hasSubjectFields),
  lazyFeature('fill-preview', 'feature-fill-preview', (session) => session.hasSubjectFields),
  lazyFeature('fill-report', 'feature-fill-report', (session) => session.hasSubjectFields),
  lazyFeature('history-rows', 'feature-history-rows', (session) => session.page?.history !== undefined),
  lazyFeature(
    'capture',
    'feature-capture',
    (session) => (session.page?.saveActions?.length ?? 0) > 0 || session.page?.history !== undefined,
  ),
  lazyFeature('staff-list', 'feature-staff-list', (session) => session.page?.staffList !== undefined),
  lazyFeature('province-pages', 'feature-province-pages', (session) => isProvincePage(session.page?.id)),
  lazyFeature('readiness-jump', 'feature-readiness-jump', (session) => session.page?.staffList !== undefined),
  lazyFeature(
    'certified',
    'feature-certified',
    (session) => session.doc.body?.textContent?.includes(HISTORY_HEADING) ?? false,
  ),
  lazyFeature(
    'profile-health',
    'feature-profile-health',
    (session) =>
      staleProfilePages(session.doc, new URL(session.doc.location.href), session.profiles).length > 0,
  ),
  dynamicPageFeature,
  lazyFeature(
    'transfer-order',
    'feature-transfer-order',
    (session) => targetSelects(session.fields) !== null,
  ),
  lazyFeature('status-change', 'feature-status-change', (session) => isStatusChangeForm(session.fields)),
  lazyFeature(
    'section-picker',
    'feature-section-picker',
    (session) => personSections(session.fields).length >= 2,
  ),
  lazyFeature(
    'fiscal-year-note',
    'feature-fiscal-year-note',
    (session) => fiscalYearSelect(session.fields) !== null,
  ),
  lazyFeature('portrait-photo', 'feature-portrait-photo', (session) => portraitInput(session.doc) !== null),
];
