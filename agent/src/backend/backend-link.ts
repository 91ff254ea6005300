import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { type AuditUpload, TokenPair } from '../../../shared/protocol/sync';
import { postJson } from '../../../shared/sync/backend-fetch';

const LinkFile = z
  .object({
    url: z.string().regex(/^https?:\/\/[^/]+$/),
    deviceId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
    refreshToken: z.string(),
    uploadedBytes: z.number().int().min(0),
    /** inode of the audit file `uploadedBytes` points into, so a rotation is noticed and its tail still uploaded */
    uploadedFile: z.number().int().min(0).optional(),
  })
  .strict();
type LinkFile = z.infer<typeof LinkFile>;

/**
 * The agent's optional link to the sync backend: this PC registered as a device of the officer's อปท., and its audit
 * trail uploaded. It carries audit events only — card data never leaves the agent except over the local socket.
 * The refresh token lives in `<config>/backend.json` (mode 0600).
 */
export class BackendLink {
  private access: { token: string; until: number } | null = null;

  private constructor(
    private readonly file: string,
    private state: LinkFile,
  ) {}

  static path(dir: string): string {
    return join(dir, 'backend.json');
  }

  /** The link configured for this config folder, or null when the agent works without a backend. */
  static load(dir: string): BackendLink | null {
    try {
      return new BackendLink(
        BackendLink.path(dir),
        LinkFile.parse(JSON.parse(readFileSync(BackendLink.path(dir), 'utf8'))),
      );
    } catch {
      return null;
    }
  }

  /** Logs in as the officer, registers this PC as a device and keeps the session for uploads. */
  static async connect(dir: string, url: string, username: string, password: string): Promise<BackendLink> {
    const pair = TokenPair.parse(await postJson(url, '/v1/auth/login', { username, password }));
    const deviceId = randomBytes(18).toString('base64url');
    await postJson(url, '/v1/devices', { deviceId }, pair.accessToken);
    const link = new BackendLink(BackendLink.path(dir), {
      url,
      deviceId,
      refreshToken: pair.refreshToken,
      uploadedBytes: 0,
    });
    link.save(dir);
    return link;
  }

  get uploadedBytes(): number {
    return this.state.uploadedBytes;
  }

  get uploadedFile(): number | undefined {
    return this.state.uploadedFile;
  }

  get deviceId(): string {
    return this.state.deviceId;
  }

  /** Sends `events` and then records how far into which audit file (inode) the upload got. */
  async upload(events: AuditUpload['events'], uploadedBytes: number, uploadedFile?: number): Promise<void> {
    if (events.length > 0)
      await postJson(
        this.state.url,
        '/v1/audit',
        { deviceId: this.state.deviceId, events },
        await this.token(),
      );
    this.state = { ...this.state, uploadedBytes, ...(uploadedFile === undefined ? {} : { uploadedFile }) };
    this.write();
  }

  private async token(): Promise<string> {
    if (this.access && Date.now() < this.access.until) return this.access.token;
    const pair = TokenPair.parse(
      await postJson(this.state.url, '/v1/auth/refresh', { refreshToken: this.state.refreshToken }),
    );
    this.state = { ...this.state, refreshToken: pair.refreshToken };
    this.write();
    this.access = { token: pair.accessToken, until: Date.now() + (pair.expiresInSec - 30) * 1000 };
    return pair.accessToken;
  }

  private save(dir: string): void {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.write();
  }

  private write(): void {
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state, null, 2), { mode: 0o600 });
    renameSync(tmp, this.file);
  }
}
