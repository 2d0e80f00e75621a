import { z } from 'zod';

/** A stable id for one cause of rejection, e.g. `photo.blur` or `data.name`. */
export const reasonIdSchema = z
  .string()
  .regex(/^[a-z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/, 'reason ids look like "photo.blur" or "data.date-of-birth"');

/** Declares that a heading of this page explains one reason id. */
export const reasonAnchorSchema = z.object({
  /** The stable reason id that checkers and other pages link to. */
  id: reasonIdSchema,
  /** Slug of the heading on this page that explains it (as generated from the heading text). */
  anchor: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'anchors are lowercase slugs'),
});

/** Fields this site adds to Starlight's frontmatter. */
export const articleSchema = z.object({
  /** Reasons this page explains, each pointing at one of its headings. */
  reasons: z.array(reasonAnchorSchema).default([]),
});

export type ReasonAnchor = z.infer<typeof reasonAnchorSchema>;
