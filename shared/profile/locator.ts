import * as z from 'zod';

/**
 * How a profile finds one element. Exactly one key; each must resolve to exactly one element, otherwise the
 * profile is stale for that field and detection falls back to heuristics.
 */
export const Locator = z.union([
  z.object({ id: z.string().min(1) }).strict(),
  /** exact name, or an ASP.NET name ending in `$<suffix>` */
  z.object({ name: z.string().min(1) }).strict(),
  z.object({ css: z.string().min(1) }).strict(),
  /** normalised label text, resolved with the heuristics' label inference */
  z.object({ label: z.string().min(1) }).strict(),
]);
export type Locator = z.infer<typeof Locator>;
