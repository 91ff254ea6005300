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
  /** per-account login backoff: wrong passwords counted by (lower-cased) username */
  login_failures: { username: string; failures: number; last_failed_at: string; locked_until: string | null };
}
