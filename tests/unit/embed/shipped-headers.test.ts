import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../../scripts/lib/headers-file.ts';

/** The `_headers` the site ships, read the way Cloudflare Pages and `npm start` read it. */
const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const NO_CAMERA = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()';
const OWN_CAMERA = 'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()';

describe('the shipped _headers', () => {
  it.each([
    ['/', "frame-ancestors 'self'", 'SAMEORIGIN', NO_CAMERA],
    ['/guide/steps/', "frame-ancestors 'self'", 'SAMEORIGIN', NO_CAMERA],
    ['/integrators/embed/', "frame-ancestors 'self'", 'SAMEORIGIN', NO_CAMERA],
    ['/tools/photo-check/', "frame-ancestors 'self'", 'SAMEORIGIN', OWN_CAMERA],
    ['/embed/data-match/', 'frame-ancestors *', undefined, NO_CAMERA],
    ['/embed/photo-check/', 'frame-ancestors *', undefined, OWN_CAMERA],
  ])('%s: CSP %s, X-Frame-Options %s, %s', (path, csp, frameOptions, permissions) => {
    const headers = headersForPath(rules, path);
    expect(headers['content-security-policy']).toBe(csp);
    expect(headers['x-frame-options']).toBe(frameOptions);
    expect(headers['permissions-policy']).toBe(permissions);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  it('lets any origin load the loader as a module script, and nothing else', () => {
    expect(headersForPath(rules, '/embed.js')['access-control-allow-origin']).toBe('*');
    expect(headersForPath(rules, '/embed/data-match/')['access-control-allow-origin']).toBeUndefined();
    expect(headersForPath(rules, '/')['access-control-allow-origin']).toBeUndefined();
  });

  it.each([
    ['/_astro/client.DTfT9tzw.js', 'public, max-age=31536000, immutable'],
    ['/pagefind/index/en_4f3a2b1.pf_index', 'public, max-age=31536000, immutable'],
    ['/pagefind/fragment/en_9c8d7e6.pf_fragment', 'public, max-age=31536000, immutable'],
    ['/pagefind/pagefind.js', undefined],
    ['/pagefind/pagefind-entry.json', undefined],
    ['/guide/steps/', undefined],
    ['/embed.js', undefined],
  ])('caches %s: %s', (path, cacheControl) => {
    expect(headersForPath(rules, path)['cache-control']).toBe(cacheControl);
  });
});
