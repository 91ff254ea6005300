import * as z from 'zod';
import { CardField, CardTextSchema } from '../card/card-record';
import { WireError } from '../errors';

/** Bumped on every breaking change to this file; checked in the handshake (PROTOCOL_MISMATCH). */
export const AGENT_PROTOCOL_VERSION = 2;

/** Largest frame the agent accepts from a client (P-10); larger frames close the socket with 1009. */
export const AGENT_MAX_INBOUND_BYTES = 16 * 1024;

const Nonce = z.string().regex(/^[A-Za-z0-9_-]{43}$/, '32 bytes, base64url');
const Mac = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'HMAC-SHA256, base64url');
const CallId = z.string().min(1).max(64);
const ClientId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

// ── client → agent ───────────────────────────────────────────────────────────

/**
 * Pairs a new client with the 6-digit code shown by `lhr-agent pair`. The code itself is never sent: mac =
 * HMAC(K, "v2:pair-c2a:" + agentNonce + clientNonce), K = PBKDF2-SHA256(code, "lhr-pair-v2:<agentNonce>:<clientNonce>")
 * (shared/agent-client/pair-proof.ts).
 */
export const PairRequest = z
  .object({
    type: z.literal('pair.request'),
    clientName: z.string().min(1).max(64),
    clientNonce: Nonce,
    mac: Mac,
  })
  .strict();

/** Proves the client holds its pairing secret: mac = HMAC(secret, "v1:c2a:" + agentNonce + clientNonce). */
export const AuthHello = z
  .object({
    type: z.literal('auth.hello'),
    protocol: z.number().int(),
    clientId: ClientId,
    clientNonce: Nonce,
    mac: Mac,
  })
  .strict();

/** Asks for one card read; served only for a fresh insertion (P-07). `pageOrigin` is shown in the audit log. */
export const CardReadRequest = z
  .object({
    type: z.literal('card.read'),
    id: CallId,
    fields: z.array(CardField).min(1).max(CardField.options.length),
    photo: z.boolean(),
    pageOrigin: z.string().max(200),
  })
  .strict();

export const StatusRequest = z.object({ type: z.literal('status.get'), id: CallId }).strict();
export const PingRequest = z.object({ type: z.literal('ping'), id: CallId }).strict();

export type PairRequest = z.infer<typeof PairRequest>;

/** Messages allowed before authentication. */
export const PreAuthMessage = z.discriminatedUnion('type', [PairRequest, AuthHello]);
/** Messages allowed after authentication. */
export const ClientMessage = z.discriminatedUnion('type', [CardReadRequest, StatusRequest, PingRequest]);
export type ClientMessage = z.infer<typeof ClientMessage>;

// ── agent → client ───────────────────────────────────────────────────────────

export const AgentHello = z
  .object({
    type: z.literal('agent.hello'),
    protocol: z.number().int(),
    agentVersion: z.string(),
    agentNonce: Nonce,
  })
  .strict();
/** mac = HMAC(secret, "v1:a2c:" + clientNonce + agentNonce), so a port squatter cannot pose as the agent. */
export const AuthOk = z.object({ type: z.literal('auth.ok'), mac: Mac }).strict();
/**
 * mac = HMAC(K, "v2:pair-a2c:" + clientNonce + agentNonce + ":" + clientId + ":" + secret) with the pairing key K:
 * only the agent that issued the code can produce it, so a process squatting on the port cannot become "the agent".
 */
export const PairResult = z
  .object({
    type: z.literal('pair.result'),
    clientId: ClientId,
    secret: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    mac: Mac,
  })
  .strict();

export const ReaderState = z.object({ name: z.string(), cardPresent: z.boolean() }).strict();
/** Reader and PC/SC status; carries no personal data, so it may go to every authenticated client. */
export const AgentStatus = z.object({ pcsc: z.enum(['up', 'down']), readers: z.array(ReaderState) }).strict();

export type AgentStatus = z.infer<typeof AgentStatus>;

export const StatusResult = z.object({ type: z.literal('status'), id: CallId, status: AgentStatus }).strict();
export const ReadersChanged = z.object({ type: z.literal('readers.changed'), status: AgentStatus }).strict();
export const Pong = z.object({ type: z.literal('pong'), id: CallId }).strict();
/**
 * The read is armed and waits for the card: `insert` — the reader is empty; `reinsert` — the card in the reader was
 * already there or already read (one read per insertion, P-07), so it must be taken out and put back.
 */
export const CardWaiting = z
  .object({ type: z.literal('card.waiting'), id: CallId, reason: z.enum(['insert', 'reinsert']) })
  .strict();
export const CardTextMessage = z
  .object({ type: z.literal('card.text'), id: CallId, card: CardTextSchema })
  .strict();
export const CardPhotoProgress = z
  .object({
    type: z.literal('card.photo.progress'),
    id: CallId,
    bytesRead: z.number().int(),
    bytesTotal: z.number().int(),
  })
  .strict();
export const CardPhotoMessage = z
  .object({
    type: z.literal('card.photo'),
    id: CallId,
    jpegBase64: z.string().max(16 * 1024),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export const CardDone = z.object({ type: z.literal('card.done'), id: CallId }).strict();
export const ErrorMessage = z
  .object({ type: z.literal('error'), id: CallId.nullable(), error: WireError })
  .strict();

export const AgentMessage = z.discriminatedUnion('type', [
  AgentHello,
  AuthOk,
  PairResult,
  StatusResult,
  ReadersChanged,
  Pong,
  CardWaiting,
  CardTextMessage,
  CardPhotoProgress,
  CardPhotoMessage,
  CardDone,
  ErrorMessage,
]);
export type AgentMessage = z.infer<typeof AgentMessage>;

/** Close codes the agent uses after the upgrade (rejections before it are HTTP 403/421/429). */
export const AGENT_CLOSE = {
  policy: 1008,
  tooBig: 1009,
  tryAgainLater: 1013,
  idle: 4000,
  replaced: 4001,
} as const;
