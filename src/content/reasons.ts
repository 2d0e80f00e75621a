/** Astro binding of the reason index: reads the docs collection once per build. */
import { getCollection, render } from 'astro:content';
import { assertReasonsExist, buildReasonIndex, type ResolvedReason } from './reason-index.ts';

let cached: Promise<Map<string, ResolvedReason>> | undefined;

function hrefOf(id: string): string {
  const path = id.replace(/(^|\/)index$/, '');
  return path ? `/${path}/` : '/';
}

/** Every reason id the site defines, resolved to its page and heading. */
export function getReasonIndex(): Promise<Map<string, ResolvedReason>> {
  cached ??= (async () => {
    const entries = await getCollection('docs');
    const articles = await Promise.all(
      entries.map(async (entry) => {
        const { headings } = await render(entry);
        return {
          href: hrefOf(entry.id),
          title: entry.data.title,
          reasons: entry.data.reasons,
          headingSlugs: headings.map((heading) => heading.slug),
          headingText: Object.fromEntries(headings.map((heading) => [heading.slug, heading.text])),
        };
      }),
    );
    return buildReasonIndex(articles);
  })();
  return cached;
}

/**
 * The links a checker needs, id → `href`; fails the build when the checker uses an id no page
 * defines.
 */
export async function getReasonLinks(ids: readonly string[], usedBy: string): Promise<Record<string, string>> {
  const index = await getReasonIndex();
  assertReasonsExist(index, ids, usedBy);
  return Object.fromEntries(ids.map((id) => [id, index.get(id)!.href]));
}
