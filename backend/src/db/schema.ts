/** Tables of the sync backend. Every row a user can see carries the org (อปท.) it belongs to. */
export interface DB {
  orgs: { code: string; type: string; name: string; province_code: string; amphoe_code: string };
  users: {
    id: string;
    username: string;
    password_hash: string;
    role: 'officer' | 'supervisor' | 'admin';
    org_code: string | null;
    province_code: string | null;
    created_at: string;
  };
  refresh_tokens: {
    token_hash: string;
    user_id: string;
    family_id: string;
    expires_at: string;
    used_at: string | null;
    revoked_at: string | null;
  };
  /** per-org change sequence: `next_seq` is the last number reserved, in commit order; cursors below `purged_seq` must reset */
  sync_streams: { org_code: string; next_seq: number; purged_seq: number };
  /** the latest version of every synced record; deletes stay as tombstones */
  records: {
    org_code: string;
    collection: string;
    record_id: string;
    rev: number;
    seq: number;
    deleted: number;
    data: string | null;
    updated_at: string;
    updated_by: string;
  };
  push_log: {
    org_code: string;
    user_id: string;
    idempotency_key: string;
    /** sha256 of the pushed changes: a key reused with other changes is refused */
    request_hash: string;
    response: string;
    created_at: string;
  };
  devices: { id: string; org_code: string; user_id: string; registered_at: string; last_seen: string };
  audit_events: {
    id: string;
    org_code: string;
    device_id: string;
    time: string;
    event: string;
    details: string;
    /** the user whose token uploaded the event (append-only table: triggers refuse UPDATE and DELETE) */
    uploaded_by: string;
    received_at: string;
  };
  settings: { key: string; value: string };
  /** province dashboard (province-migration.ts): kept by triggers on records */
  people_counts: { org_code: string; staff_type: string; n: number };
  readiness_history: {
    org_code: string;
    record_id: string;
    rev: number;
    generated_at: string;
    people_total: number;
    people_complete: number;
    certified_at: string | null;
  };
  org_readiness: {
    org_code: string;
    latest: string | null;
    certified_id: string | null;
    certified: string | null;
  };
  org_activity: { org_code: string; last_at: string };
  /** browser sessions of the province dashboard (cookie holds the id; only its hash is stored) */
  web_sessions: { id_hash: string; user_id: string; csrf: string; created_at: string; expires_at: string };
  letter_templates: { province_code: string; template: string; updated_at: string; updated_by: string };
  /** per-account login backoff: wrong passwords counted by (lower-cased) username */
  /** spot-check lists drawn per อปท. (province/spot-check-draws.ts) */
  spot_check_draws: {
    org_code: string;
    seed: string;
    n: number;
    population: number;
    drawn_at: string;
    drawn_by: string;
  };
  login_failures: { username: string; failures: number; last_failed_at: string; locked_until: string | null };
}
