import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../scripts/lib/headers-file.ts';

const sample = `
# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'self'
/embed/*
  ! Content-Security-Policy
  Content-Security-Policy: frame-ancestors *
/embed.js
  Access-Control-Allow-Origin: *
`;

describe('_headers rules', () => {
  const rules = parseHeadersFile(sample);

  it.each([
    ['/', { 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'self'" }],
    ['/guide/steps/', { 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'self'" }],
    ['/embed/photo-check/', { 'x-content-type-options': 'nosniff', 'content-security-policy': 'frame-ancestors *' }],
    [
      '/embed.js',
      {
        'x-content-type-options': 'nosniff',
        'content-security-policy': "frame-ancestors 'self'",
        'access-control-allow-origin': '*',
      },
    ],
  ])('%s gets the combined headers of every matching rule', (path, expected) => {
    expect(headersForPath(rules, path)).toEqual(expected);
  });

  it('joins the same header from two rules with a comma, as the hosts do', () => {
    const joined = parseHeadersFile('/*\n  Link: <a>\n/x\n  Link: <b>\n');
    expect(headersForPath(joined, '/x')).toEqual({ link: '<a>, <b>' });
  });

  it('rejects a header line that comes before any path', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/before any path/);
  });
});
