import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import wxtConfig from '../../wxt.config';
import { AgentConfig, DEV_EXTENSION_ID, pinnedExtensionIds, STORE_EXTENSION_IDS } from './config';

describe('agent config', () => {
  it('pins the id that the development manifest key gives the extension', () => {
    const manifestFor = wxtConfig.manifest as (env: { browser: string; mode: string; command: string }) => {
      key?: string;
    };
    // Only development (and e2e/practice) builds carry the key; a release build has none (tests/e2e/release-build).
    const manifest = manifestFor({ browser: 'chrome', mode: 'development', command: 'serve' });
    const der = Buffer.from(manifest.key ?? '', 'base64');
    // Chromium's extension id: the first 16 bytes of sha256(public key DER), hex digits mapped to a–p.
    const id = [...createHash('sha256').update(der).digest('hex').slice(0, 32)]
      .map((c) => String.fromCharCode(97 + Number.parseInt(c, 16)))
      .join('');
    expect(id).toBe(DEV_EXTENSION_ID);
  });

  it('defaults to loopback-safe values and rejects unknown keys', () => {
    expect(AgentConfig.parse({})).toMatchObject({
      port: 47_321,
      allowedExtensionIds: [...STORE_EXTENSION_IDS],
      allowDevelopmentExtension: false,
      presenceWindowSec: 10,
    });
    expect(AgentConfig.safeParse({ host: '0.0.0.0' }).success).toBe(false);
    expect(AgentConfig.safeParse({ allowedExtensionIds: ['not-an-id'] }).success).toBe(false);
  });

  it('pins the store ids and admits the development id only when configured (issue 15, finding 13)', () => {
    expect(pinnedExtensionIds(AgentConfig.parse({}))).not.toContain(DEV_EXTENSION_ID);
    // Listing the development id is not enough: it needs the explicit switch.
    expect(AgentConfig.safeParse({ allowedExtensionIds: [DEV_EXTENSION_ID] }).success).toBe(false);
    const other = 'abcdefghijklmnopabcdefghijklmnop';
    expect(pinnedExtensionIds(AgentConfig.parse({ allowedExtensionIds: [other] }))).toEqual([other]);
    expect(
      pinnedExtensionIds(
        AgentConfig.parse({ allowedExtensionIds: [other], allowDevelopmentExtension: true }),
      ),
    ).toEqual([other, DEV_EXTENSION_ID]);
  });
});
