import * as z from 'zod';

/**
 * Control channel of the virtual Thai ID card used by tests and the demo (JSON lines over a unix socket).
 * Not part of the product: it drives the test rig that stands in for a physical card.
 */
export const InsertCommand = z
  .object({
    cmd: z.literal('insert'),
    person: z.string().regex(/^[a-z0-9-]+$/),
    atr: z.enum(['modern', 'legacy3b67']).default('modern'),
    latencyMs: z.number().int().min(0).max(5000).default(0),
    /** close the connection (pull the card) right after answering this many APDUs */
    pullAfterApdu: z.number().int().min(0).nullable().default(null),
    /** put the card back this long after a pull */
    reinsertAfterMs: z.number().int().min(0).nullable().default(null),
    hasApplet: z.boolean().default(true),
    direct: z.boolean().default(false),
    lenientP2: z.boolean().default(false),
  })
  .strict();
export type InsertCommand = z.infer<typeof InsertCommand>;

export const VirtualCardCommand = z.discriminatedUnion('cmd', [
  InsertCommand,
  z.object({ cmd: z.literal('remove') }).strict(),
  z.object({ cmd: z.literal('status') }).strict(),
]);
export type VirtualCardCommand = z.input<typeof VirtualCardCommand>;

export const VirtualCardReply = z.union([
  z
    .object({
      ok: z.literal(true),
      inserted: z.boolean(),
      person: z.string().nullable(),
      apdus: z.number().int(),
    })
    .strict(),
  z.object({ ok: z.literal(false), error: z.string() }).strict(),
]);
export type VirtualCardReply = z.infer<typeof VirtualCardReply>;
