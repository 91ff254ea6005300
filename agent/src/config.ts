import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import { AppError } from '../../shared/errors';

/** The agent's default port (documented in docs/agent-protocol.md); `--port` or config.json override it. */
export const DEFAULT_PORT = 47_321;

/**
 * The development/test build's extension id, fixed by the manifest `key` in wxt.config.ts. That key is public, so
 * any unpacked extension can carry this id: the agent admits it only when `allowDevelopmentExtension` is set.
 */
export const DEV_EXTENSION_ID = 'okenknpdciigdnknbacgjolbbhkngbcb';

/**
 * The released extension's ids (Chrome Web Store, Edge Add-ons), assigned by the stores at publication: what an
 * agent pins by default. Empty until the extension is published, so until then an agent without config.json
 * admits no extension at all rather than the development id.
 */
export const STORE_EXTENSION_IDS: readonly string[] = [];

const ExtensionId = z.string().regex(/^[a-p]{32}$/);

export const AgentConfig = z
  .object({
    port: z.number().int().min(1024).max(65_535).default(DEFAULT_PORT),
    /** chrome-extension:// ids allowed to connect (P-03); the store ids by default */
    allowedExtensionIds: z.array(ExtensionId).default([...STORE_EXTENSION_IDS]),
    /** development and demo only: also admit the development build (DEV_EXTENSION_ID) */
    allowDevelopmentExtension: z.boolean().default(false),
    presenceWindowSec: z.number().int().min(0).max(60).default(10),
    pairingWindowSec: z.number().int().min(10).max(600).default(120),
  })
  .strict()
  .refine((c) => c.allowDevelopmentExtension || !c.allowedExtensionIds.includes(DEV_EXTENSION_ID), {
    path: ['allowedExtensionIds'],
    message: `${DEV_EXTENSION_ID} is the development build's id, which any unpacked extension can carry; set allowDevelopmentExtension: true to admit it`,
  });
export type AgentConfig = z.infer<typeof AgentConfig>;

/** The extension ids whose `chrome-extension://` origin may open the socket. */
export function pinnedExtensionIds(config: AgentConfig): string[] {
  const ids = new Set(config.allowedExtensionIds);
  if (config.allowDevelopmentExtension) ids.add(DEV_EXTENSION_ID);
  return [...ids];
}

/** Where the agent keeps config, paired clients, the admin token and the audit log. */
export function defaultConfigDir(): string {
  return (
    process.env.LHR_AGENT_HOME ?? join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'lhr-agent')
  );
}

/** Reads `<dir>/config.json` if present; a malformed file stops the agent with a clear message. */
export function loadConfig(dir: string, overrides: Partial<AgentConfig> = {}): AgentConfig {
  let fromFile: unknown = {};
  try {
    fromFile = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new AppError('CONFIG_INVALID', `อ่าน config.json ไม่ได้ (cannot read ${join(dir, 'config.json')})`, {
        cause: error,
      });
    }
  }
  const parsed = AgentConfig.safeParse({ ...(fromFile as object), ...overrides });
  if (!parsed.success) {
    throw new AppError('CONFIG_INVALID', `config.json ไม่ถูกต้อง: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
