import * as z from 'zod';

/**
 * Runtime messages between the frames of one tab (issue 14 item 4: the overlay stays in one frame and fills the
 * right frame). A sub-frame's content script reports what its form is — counts, field types and labels, never a
 * value — to the background, which relays it to the tab's overlay frame (the host); the host's commands go back to
 * that frame only (background/frame-relay.ts). Both ends are content scripts on assisted pages of the same tab.
 */

const count = z.number().int().min(0).max(10_000);
const fieldType = z.string().regex(/^[A-Za-z]{1,40}$/);

/** The frame's fill as the host shows it: phase, the labels (not values) the preview will fill, the result's counts. */
export const FrameFill = z
  .object({
    phase: z.enum([
      'idle',
      'connecting',
      'waiting',
      'preview',
      'filling',
      'filled',
      'undone',
      'error',
      'guard',
    ]),
    /** preview: the page's labels of the fields the fill would write (labels only, no values) */
    steps: z.array(z.object({ label: z.string().max(200), type: fieldType }).strict()).max(300),
    /** close calls in the preview, settled only in the frame itself */
    questions: count,
    filled: count,
    failed: count,
    /** the error's code (NOT_PAIRED, LOCKED, …), never its message */
    error: z
      .string()
      .regex(/^[A-Z_]{1,40}$/)
      .nullable(),
  })
  .strict();
export type FrameFill = z.infer<typeof FrameFill>;

/** A frame's form: what the host's overlay lists for it. */
export const FrameForm = z
  .object({
    title: z.string().max(200),
    path: z.string().max(300),
    fields: count,
    /** the card holder's own fields (what a card or register fill can write) */
    subjectFields: count,
    types: z.array(fieldType).max(100),
    fill: FrameFill,
    /** drafts of this form offered back (their values stay in the frame) */
    drafts: count,
    /** how many fields the last draft restore put back */
    restored: count.nullable(),
  })
  .strict();
export type FrameForm = z.infer<typeof FrameForm>;

export const FrameEntry = FrameForm.extend({ frameId: z.number().int().min(0) }).strict();
export type FrameEntry = z.infer<typeof FrameEntry>;

/** What the host asks a frame to do: the same actions as its own overlay's buttons. */
export const FrameCommand = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('card') }).strict(),
  z.object({ kind: z.literal('register'), citizenId: z.string().regex(/^\d{13}$/) }).strict(),
  z.object({ kind: z.literal('fill'), overwrite: z.boolean() }).strict(),
  z.object({ kind: z.literal('undo') }).strict(),
  z.object({ kind: z.literal('reset') }).strict(),
  /** put the newest offered draft back into the frame's form */
  z.object({ kind: z.literal('draft') }).strict(),
]);
export type FrameCommand = z.infer<typeof FrameCommand>;

/** The frame that shows the overlay for the whole tab says so; the reply lists the frames' forms so far. */
export const FrameHostRequest = z.object({ type: z.literal('frame.host') }).strict();
/** A sub-frame's form (null: the frame went away or has no form any more). */
export const FrameReportRequest = z
  .object({ type: z.literal('frame.report'), form: FrameForm.nullable() })
  .strict();
/** The host's command for one frame of its tab. */
export const FrameCommandRequest = z
  .object({ type: z.literal('frame.command'), frameId: z.number().int().min(1), command: FrameCommand })
  .strict();

export const FRAME_REQUESTS = [FrameHostRequest, FrameReportRequest, FrameCommandRequest] as const;
export const FRAME_REPLIES = [
  z.object({ ok: z.literal(true), frames: z.array(FrameEntry) }).strict(),
] as const;

/** Background → host frame (tabs.sendMessage with its frameId): every frame's form, whenever one changes. */
export const FramesPush = z.object({ type: z.literal('frame.forms'), frames: z.array(FrameEntry) }).strict();
export type FramesPush = z.infer<typeof FramesPush>;
/** Background → the frame that holds the form. */
export const FrameCommandPush = z
  .object({ type: z.literal('frame.command'), command: FrameCommand })
  .strict();
export type FrameCommandPush = z.infer<typeof FrameCommandPush>;
