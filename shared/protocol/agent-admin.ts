import * as z from 'zod';

/** `GET /admin/challenge` (no token): a single-use nonce for one admin call (agent/src/admin-auth.ts). */
export const AdminChallenge = z.object({ nonce: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }).strict();
export type AdminChallenge = z.infer<typeof AdminChallenge>;

/** `POST /admin/pairing` (local admin token): opens a pairing window and returns its code. */
export const PairingOpened = z
  .object({ code: z.string().regex(/^\d{6}$/), expiresInSec: z.number().int().positive() })
  .strict();
export type PairingOpened = z.infer<typeof PairingOpened>;

/** `GET /admin/status` (local admin token). */
export const AdminStatus = z
  .object({
    agentVersion: z.string(),
    protocol: z.number().int(),
    port: z.number().int(),
    pcsc: z.enum(['up', 'down']),
    readers: z.array(z.object({ name: z.string(), cardPresent: z.boolean() }).strict()),
    clients: z.array(z.object({ clientId: z.string(), name: z.string(), pairedAt: z.string() }).strict()),
    connections: z.number().int(),
  })
  .strict();
export type AdminStatus = z.infer<typeof AdminStatus>;

/** `GET /health`: reachable without a token, says nothing about cards or clients. */
export const Health = z.object({ ok: z.literal(true) }).strict();
