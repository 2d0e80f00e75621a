import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineHashes, setHashSources, sha256Source } from '../../../src/integrations/inline-hashes.ts';

/** The browsers' hash, computed independently of the module under test. */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline';";

function page(head: string, body = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${POLICY}">${head}</head><body>${body}</body></html>`;
}

function policyOf(html: string): string {
  return /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
}

describe('addInlineHashes', () => {
  it('adds the hash of each inline script, byte for byte, and leaves external scripts alone', () => {
    const theme = "\n\twindow.theme = 'dark';\n";
    const result = addInlineHashes(page(`<script>${theme}</script><script type="module" src="/a.js"></script>`, '<script type="module">go()</script>'));
    expect(result.scriptHashes).toEqual([hashOf(theme), hashOf('go()')]);
    expect(policyOf(result.html)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashOf(theme)} ${hashOf('go()')}; style-src 'self'; style-src-attr 'unsafe-inline';`,
    );
  });

  it("drops the hashes of bundled files, which 'self' allows, and keeps only this page's inline code", () => {
    const html = page('<script>a()</script>').replace("script-src 'self'", "script-src 'self' 'sha256-bundledFile='");
    expect(policyOf(addInlineHashes(html).html)).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashOf('a()')};`);
  });

  it('adds inline <style> hashes to style-src, never to style-src-attr', () => {
    const result = addInlineHashes(page('<style>:root{--a:1}</style>'));
    expect(policyOf(result.html)).toContain(`style-src 'self' ${hashOf(':root{--a:1}')};`);
    expect(policyOf(result.html)).toContain("style-src-attr 'unsafe-inline';");
  });

  it('hashes a script inside a <template>, which runs once inserted', () => {
    expect(addInlineHashes(page('', '<template><script>later()</script></template>')).scriptHashes).toEqual([hashOf('later()')]);
  });

  it('lists the same script once however often it appears', () => {
    expect(addInlineHashes(page('<script>a()</script>', '<script>a()</script>')).scriptHashes).toEqual([hashOf('a()')]);
  });

  it('changes nothing but the policy', () => {
    const html = page('<script>a()</script><title>T &amp; "q"</title>', '<p data-x=\'1\'>é</p>');
    const result = addInlineHashes(html);
    expect(result.html.replace(policyOf(result.html), '')).toBe(html.replace(POLICY, ''));
  });

  it('keeps the policy attribute valid when a hash holds "+" and "/"', () => {
    const result = addInlineHashes(page('<script>x</script>'));
    expect(sha256Source('x')).toMatch(/[+/]/);
    expect(policyOf(result.html)).toContain(sha256Source('x'));
  });

  it('says when a page has no policy, and leaves it as it is', () => {
    const html = '<!DOCTYPE html><html><head><script>a()</script></head><body></body></html>';
    expect(addInlineHashes(html)).toMatchObject({ html, hasPolicy: false });
  });
});

describe('setHashSources', () => {
  it.each([
    ["script-src 'self'", ["'sha256-a'"], "script-src 'self' 'sha256-a';"],
    ["script-src 'self' 'sha256-other' 'wasm-unsafe-eval'", ["'sha256-a'"], "script-src 'self' 'wasm-unsafe-eval' 'sha256-a';"],
    ["script-src 'self' 'sha256-a'", ["'sha256-a'", "'sha256-b'"], "script-src 'self' 'sha256-a' 'sha256-b';"],
    ["script-src 'self'; script-src-elem 'self';", ["'sha256-a'"], "script-src 'self' 'sha256-a'; script-src-elem 'self' 'sha256-a';"],
    ["script-src 'sha256-file'", ["'sha256-a'"], "script-src 'sha256-file' 'sha256-a';"],
    ["script-src 'self' 'sha256-file' 'strict-dynamic'", ["'sha256-a'"], "script-src 'self' 'sha256-file' 'strict-dynamic' 'sha256-a';"],
    ["script-src-attr 'none'", ["'sha256-a'"], "script-src-attr 'none';"],
    ["script-src 'unsafe-inline'", ["'sha256-a'"], "script-src 'unsafe-inline';"],
  ])('%s + %j → %s', (policy, sources, expected) => {
    expect(setHashSources(policy, ['script-src', 'script-src-elem'], sources)).toBe(expected);
  });
});
