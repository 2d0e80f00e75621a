import { describe, expect, it } from 'vitest';
import { brand } from '../../src/config/brand.ts';
import { promotionRules, scanHtmlForPromotion } from '../../src/content/promotion-rules.ts';

/** A page with `body` as its main content, the way the built site wraps articles. */
const page = (body: string) =>
  `<!doctype html><html><head><title>KYC Help</title><meta name="description" content="Help with verification."></head><body><main>${body}</main></body></html>`;

const rulesBrokenBy = (body: string) => [...new Set(scanHtmlForPromotion(page(body), '/test/').map((violation) => violation.rule))];

describe('promotion rules catch what the site must never contain', () => {
  it.each([
    ['referral-code', '<p>Sign up and enter referral code: CPA_8X2K91 for a fee discount.</p>'],
    ['referral-code', '<p>My Binance invite ID is 48213377.</p>'],
    ['referral-code', '<p>Save on fees: use my <strong>referral</strong> link below.</p>'],
    ['referral-code', '<p>Sign up with my link to get started.</p>'],
    ['referral-link', `<a href="${brand.exchange.officialSite}/register?ref=ABC123">Register</a>`],
    ['referral-link', `<a href="${brand.exchange.officialSite}/en/activity/referral-entry/CPA">Join</a>`],
    ['referral-link', '<a href="/go/?inviteCode=77">Start</a>'],
    ['referral-link', '<p>Open https://www.binance.com/join?referralCode=X9 now.</p>'],
    ['affiliate-link', `<a href="${brand.exchange.officialSite}/en?aff_id=42">Open</a>`],
    ['affiliate-link', `<a href="${brand.exchange.officialSite}/affiliate/landing">Open</a>`],
    ['apk-download', '<a href="/files/exchange-latest.apk">Get the app</a>'],
    ['apk-download', '<p>Download the latest Binance APK if the store does not list it.</p>'],
    ['apk-download', '<p>Grab the APK file from our mirror.</p>'],
    ['apk-download', '<p>You can sideload the app in two minutes.</p>'],
    ['apk-download', '<p>Enable unknown sources in your Android settings first.</p>'],
    ['foreign-apple-id', '<p>Not in your store? Create an overseas Apple ID.</p>'],
    ['foreign-apple-id', '<p>Log in with another region Apple ID to find it.</p>'],
    ['foreign-apple-id', '<p>Switch your App Store region to Hong Kong.</p>'],
    ['foreign-apple-id', '<p>Use the App Store of another country.</p>'],
    ['third-party-promotion', '<p>Verification faster on Bybit or OKX.</p>'],
    ['third-party-promotion', '<p>If it keeps failing, try another exchange.</p>'],
    ['third-party-promotion', '<p>Buy a verified Binance account today.</p>'],
    ['third-party-promotion', '<p>Stuck? We verify your KYC for you in one hour.</p>'],
    ['off-site-link', '<a href="https://example.org/kyc">More help</a>'],
    ['off-site-link', '<a href="//cdn.example.net/app.js">x</a>'],
    ['off-site-link', '<a href="https://www.binance.com.account-check.net/login">Log in</a>'],
    ['off-site-link', '<iframe src="https://tracker.example/pixel"></iframe>'],
  ])('%s: %s', (rule, body) => {
    expect(rulesBrokenBy(body)).toContain(rule);
  });

  it('reads the page description and alt texts, not only the body', () => {
    const html = `<html><head><meta name="description" content="Use my referral link for a bonus."></head>
      <body><img src="/a.png" alt="Scan to sideload the app"></body></html>`;
    expect(scanHtmlForPromotion(html, '/x/').map((violation) => violation.rule).sort()).toEqual(['apk-download', 'referral-code']);
  });

  it('reports the page, the rule and the offending text', () => {
    const [violation] = scanHtmlForPromotion(page('<p>Lorem ipsum. Enter referral code: ZX81 now.</p>'), '/guide/');
    expect(violation).toEqual({ rule: 'referral-code', path: '/guide/', snippet: expect.stringContaining('referral code: ZX81') });
    const [link] = scanHtmlForPromotion(page('<a href="https://example.org/?ref=1">x</a>'), '/faq/');
    expect(link).toEqual({ rule: 'referral-link', path: '/faq/', snippet: 'https://example.org/?ref=1' });
  });
});

describe('promotion rules leave legitimate help alone', () => {
  it.each([
    '<p>Download the official app from the App Store or Google Play.</p>',
    `<p>Use the links on the <a href="${brand.exchange.officialDownloadPage}">official download page</a>.</p>`,
    `<a href="${brand.exchange.supportPage}">Contact support</a> or <a href="${brand.exchange.officialSite}/">log in</a>.`,
    `<a href="${brand.siteUrl}/faq/">FAQ</a> <a href="/failures/#glare">Glare</a> <a href="#top">Top</a>`,
    '<a href="mailto:help@kyc-help.example">Mail</a> <a href="tel:+100">Call</a>',
    '<p>Enter the verification code sent by email. Support never asks for a 2FA code.</p>',
    '<p>Never share a code from your authenticator app, and ignore messages from unknown senders.</p>',
    '<p>Ignore "KYC services" offering to pass verification for you, or selling accounts already verified.</p>',
    '<p>Nobody can verify for you. Update the app to its latest version.</p>',
    '<p>Your Apple ID and your Google account are not needed here.</p>',
    '<p>The MRZ line P&lt;UTOERIKSSON&lt;&lt;ANNA&lt;MARIA holds document number L898902C3.</p>',
    '<pre><code>&lt;script src="https://kyc-help.example/embed.js"&gt;&lt;/script&gt;</code></pre>',
    '<p>Sign up for qPilot, then come back here.</p>',
  ])('%s', (body) => {
    expect(scanHtmlForPromotion(page(body), '/ok/')).toEqual([]);
  });

  it('ignores scripts, styles and the hashes in the security policy', () => {
    const html = `<html><head><meta http-equiv="content-security-policy" content="script-src 'sha256-a/okx+HTX='">
      <script>const partner = "use my referral link";</script><style>.apk{}</style></head><body></body></html>`;
    expect(scanHtmlForPromotion(html, '/x/')).toEqual([]);
  });

  it('allows exactly the site and the official exchange addresses from the brand', () => {
    const offSite = promotionRules.find((rule) => rule.id === 'off-site-link');
    const allowed = [brand.siteUrl, brand.exchange.officialSite, brand.exchange.officialDownloadPage, brand.exchange.supportPage];
    for (const address of allowed) expect(offSite?.url?.(new URL(address)), address).toBe(false);
    expect(offSite?.url?.(new URL('https://binance.com.example.net/'))).toBe(true);
  });

  it('does not flag the brand exchange as a third party', () => {
    expect(rulesBrokenBy(`<p>Open the ${brand.exchange.name} app.</p>`)).toEqual([]);
  });
});

it('gives every rule a unique id', () => {
  const ids = promotionRules.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
});
