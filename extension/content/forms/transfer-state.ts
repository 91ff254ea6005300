import type { OrgEntry } from '../../../shared/forms/org-search';

/** What the transfer order's overlay shows: the type-ahead's matches and how the last pick went. */
export interface TransferState {
  /** the officer's own อปท. code (the target must differ), null when not logged in */
  own: string | null;
  /** matches of the last search; null before the first */
  orgs: OrgEntry[] | null;
  /** the code being set in the site's selects, then kept as the pick */
  picked: string | null;
  /** the select the cascade could not set (its option never loaded), or null */
  failed: 'province' | 'amphoe' | 'org' | null;
  busy: boolean;
  /** the org registry answered with an error (LOCKED: log in and unlock first) */
  error: string | null;
}
