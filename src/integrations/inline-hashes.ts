/**
 * Gives each built HTML page's `<meta http-equiv="content-security-policy">` the hashes of exactly
 * the inline `<script>` and `<style>` elements of that page. Astro hashes what it bundles, but not
 * `<script is:inline>` blocks (Starlight has five); hashing the bytes that were actually built
 * keeps the policy right whatever Starlight, Expressive Code or a page emits, release after release.
 * Astro also lists the hashes of every bundled file of the whole site on every page; where
 * `'self'` already allows those files, they are dropped (about 1 KB gzipped per page).
 * Pure: HTML in, HTML out; `built-pages.ts` applies it to the build.
 */
import { createHash } from 'node:crypto';
import { getAttribute, scanStartTags, type StartTag } from './html-scan.ts';

/** The directives each kind of inline element is checked against. */
const DIRECTIVES = {
  script: ['script-src', 'script-src-elem'],
  style: ['style-src', 'style-src-elem'],
} as const;

export interface InlineHashResult {
  html: string;
  /** Distinct sources added per directive family, e.g. `'sha256-…'`. */
  scriptHashes: string[];
  styleHashes: string[];
  /** Whether the page had a CSP `<meta>` to add them to. */
  hasPolicy: boolean;
}

/** A CSP source expression for this text: `'sha256-<base64>'`, as browsers hash it. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const HASH_SOURCE = /^'sha(256|384|512)-/;

/**
 * Sets the hash sources of the named directives of a policy to `sources`. Other hashes are kept
 * only where they may matter: a directive without `'self'`, or with `'strict-dynamic'`.
 * A directive that allows all inline code is left alone: a hash beside `'unsafe-inline'` would
 * switch `'unsafe-inline'` off.
 */
export function setHashSources(policy: string, directiveNames: readonly string[], sources: readonly string[]): string {
  return policy
    .split(';')
    .map((directive) => {
      const tokens = directive.trim().split(/\s+/);
      const [name] = tokens;
      if (!name || !directiveNames.includes(name) || tokens.includes("'unsafe-inline'")) return directive.trim();
      const selfCoversFiles = tokens.includes("'self'") && !tokens.includes("'strict-dynamic'");
      const kept = selfCoversFiles ? tokens.filter((token) => !HASH_SOURCE.test(token)) : tokens;
      return [...kept, ...sources.filter((source) => !kept.includes(source))].join(' ');
    })
    .filter(Boolean)
    .join('; ')
    .concat(';');
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/** `tags`: the page's start tags (`scanStartTags(html)`), when the caller has them already. */
export function addInlineHashes(html: string, tags: readonly StartTag[] = scanStartTags(html)): InlineHashResult {
  const scriptHashes = new Set<string>();
  const styleHashes = new Set<string>();
  const policies: StartTag[] = [];
  for (const tag of tags) {
    // `text` is absent only on an SVG/MathML element, which the scanner refuses to read.
    if (tag.name === 'script' && getAttribute(tag, 'src') === undefined) scriptHashes.add(sha256Source(tag.text ?? ''));
    if (tag.name === 'style') styleHashes.add(sha256Source(tag.text ?? ''));
    if (tag.name === 'meta' && getAttribute(tag, 'http-equiv')?.toLowerCase() === 'content-security-policy') policies.push(tag);
  }
  const result = { scriptHashes: [...scriptHashes], styleHashes: [...styleHashes], hasPolicy: policies.length > 0 };
  // Rewrite each policy's content attribute in place, from the last so earlier offsets stay valid.
  let output = html;
  for (const meta of policies.reverse()) {
    const location = meta.attrLocations['content'];
    const policy = getAttribute(meta, 'content');
    if (!location || policy === undefined) continue;
    const updated = setHashSources(setHashSources(policy, DIRECTIVES.script, result.scriptHashes), DIRECTIVES.style, result.styleHashes);
    output = `${output.slice(0, location.startOffset)}content="${escapeAttribute(updated)}"${output.slice(location.endOffset)}`;
  }
  return { html: output, ...result };
}
