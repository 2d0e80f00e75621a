/**
 * "No promotion, ever": the rules that keep referral codes, affiliate links, sideloaded apps,
 * foreign-store tricks and third-party offers off the site, and a scanner that applies them to a
 * built HTML page. Pure: HTML in, violations out; `tests/browser/no-promotion.test.ts` runs it
 * over every page of the build.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { brand } from '../config/brand.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One thing the site must never contain. */
export interface PromotionRule {
  /** Stable id, printed with each violation. */
  id: string;
  /** What the rule forbids, in a few words. */
  forbids: string;
  /** Phrases that break the rule, looked for in the page's visible text and text attributes. */
  phrases?: readonly RegExp[];
  /** Whether a URL breaks the rule; checked on link targets and on URLs written out in the text. */
  url?: (url: URL) => boolean;
  /** Check `url` on the page's real links only, not on URLs written out in the text. */
  linksOnly?: boolean;
}

export interface PromotionViolation {
  rule: string;
  /** URL path of the page, as given to the scanner. */
  path: string;
  /** The offending link, or the offending phrase with a little context. */
  snippet: string;
}

/** Hosts a page may link to: the site itself and the exchange's official addresses. */
export const allowedLinkHosts: ReadonlySet<string> = new Set(
  [brand.siteUrl, brand.exchange.officialSite, brand.exchange.officialDownloadPage, brand.exchange.supportPage].map(
    (address) => new URL(address).host,
  ),
);

/** Other exchanges and trading apps; the brand's own exchange is left out so a re-skin keeps working. */
const otherExchanges = [
  'Binance', 'Bybit', 'OKX', 'KuCoin', 'Coinbase', 'Kraken', 'Bitget', 'MEXC', 'Gate.io', 'HTX', 'Huobi',
  'Crypto.com', 'Bitfinex', 'Bitstamp', 'Gemini', 'BingX', 'BitMart', 'Bitpanda', 'eToro', 'Robinhood',
  'Pionex', 'Phemex', 'Upbit', 'Bithumb', 'WhiteBIT', 'LBank', 'CoinEx', 'Poloniex', 'BitMEX', 'Deribit',
].filter((name) => name.toLowerCase() !== brand.exchange.name.toLowerCase());

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const referralParam = /^(?:ref|ref_?(?:code|id)|referr?al(?:_?(?:code|id))?|referrer_?id|invit(?:e|ation)(?:_?code)?|inviter(?:_?id)?|promo_?code)$/i;
const affiliateParam = /^(?:aff|aff_?id|affiliate(?:_?id)?|partner_?id)$/i;
const hasParam = (url: URL, name: RegExp) => [...url.searchParams.keys()].some((key) => name.test(key));

/** The rules, one row each. Phrases are matched on whitespace-normalised text. */
export const promotionRules: readonly PromotionRule[] = [
  {
    id: 'referral-code',
    forbids: 'referral, invite or promo codes and "use my link" pitches',
    phrases: [
      // A code handed out: "referral code: AB12CD", "invite ID 123456".
      /\b(?:referr?al|invite|invitation|promo|affiliate|bonus)[\s-]*(?:code|id)\b\s*(?:is\s*)?[:=]?\s*["'“‘]?(?=[A-Z0-9_-]*\d)[A-Z0-9_-]{4,}/i,
      /\b(?:use|using|with|via|through|enter)\s+(?:my|our|this)\s+(?:referr?al|invite|invitation|affiliate|partner)\b/i,
      /\bsign[\s-]*up\s+(?:with|using|via|through)\s+(?:my|our|this)\s+link\b/i,
    ],
  },
  {
    id: 'referral-link',
    forbids: 'links carrying a referral or invite parameter or path',
    url: (url) => hasParam(url, referralParam) || /\/(?:referr?al[\w-]*|invite[\w-]*|invitation)(?:\/|$)/i.test(url.pathname),
  },
  {
    id: 'affiliate-link',
    forbids: 'affiliate links',
    url: (url) => hasParam(url, affiliateParam) || /\/(?:aff|affiliates?[\w-]*)(?:\/|$)/i.test(url.pathname),
  },
  {
    id: 'apk-download',
    forbids: 'APK files and sideloading advice',
    phrases: [
      /\b(?:download|install|get|grab|sideload)(?:s|ed|ing)?\s+(?:the\s+|an?\s+|this\s+|our\s+)?(?:[\w.-]+\s+){0,3}?apks?\b/i,
      /\bapks?\s+(?:files?|downloads?|installers?|versions?|links?|mirrors?)\b/i,
      /\bsideload(?:s|ed|ing)?\b/i,
      /\b(?:allow|enable|permit|turn\s+on)\s+(?:(?:apps?|installs?|installation)\s+from\s+)?unknown\s+sources\b/i,
      /\binstall(?:s|ing|ation)?\s+(?:apps?\s+)?from\s+unknown\s+sources\b/i,
    ],
    url: (url) => /\.x?apk$/i.test(url.pathname),
  },
  {
    id: 'foreign-apple-id',
    forbids: 'advice to use an overseas or other-region Apple ID or App Store',
    phrases: [
      /\b(?:overseas|foreign|another|different|other|non-local|us|u\.s\.|american)[\s-]+(?:(?:region|country|store)\s+)?apple[\s-]?ids?\b/i,
      /\b(?:change|switch|set|move)\s+(?:your\s+)?(?:apple[\s-]?id|app\s*store)(?:['’]s)?\s+(?:region|country)\b/i,
      /\b(?:apple[\s-]?id|app\s*store)\s+(?:of|from|in|for)\s+(?:another|a\s+different|a\s+foreign|an?\s+overseas)\s+(?:country|region)\b/i,
    ],
  },
  {
    id: 'third-party-promotion',
    forbids: 'other exchanges, trading apps or paid verification services',
    phrases: [
      new RegExp(`(?<![\\w.])(?:${otherExchanges.map(escapeRegExp).join('|')})(?![\\w])`, 'i'),
      /\b(?:try|use|switch\s+to|move\s+to|sign\s+up\s+(?:on|at|with)|open\s+an\s+account\s+(?:on|at|with))\s+(?:another|a\s+different|other)\s+exchanges?\b/i,
      /\b(?:buy|purchase|order|rent)\s+(?:an?\s+)?(?:pre-?)?(?:verified|kyc(?:-verified)?)\s+(?:\w+\s+)?accounts?\b/i,
      /\b(?:we|i)\s+(?:can\s+|will\s+)?(?:verify|pass|complete|do)\s+(?:your\s+)?(?:kyc|verification)\s+for\s+you\b/i,
    ],
  },
  {
    id: 'off-site-link',
    forbids: `links to sites other than this one and ${[...allowedLinkHosts].join(', ')}`,
    url: (url) => !allowedLinkHosts.has(url.host),
    linksOnly: true,
  },
];

/** Where elements point: the attribute that holds a link, by tag. */
const LINK_ATTRIBUTES: Readonly<Record<string, string>> = {
  a: 'href',
  area: 'href',
  link: 'href',
  form: 'action',
  iframe: 'src',
  img: 'src',
  script: 'src',
  source: 'src',
};

/** Attributes whose text a reader sees or hears. */
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'placeholder']);

/** Elements that end a run of text, so words on either side do not run together. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'button', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label', 'li',
  'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'title', 'tr', 'ul',
]);

/** Elements whose content is not text for the reader. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'svg']);

/** `<meta>` tags whose content is shown to people (titles and descriptions in search and previews). */
function isTextMeta(element: Element): boolean {
  const key = element.attrs.find((attr) => attr.name === 'name' || attr.name === 'property')?.value ?? '';
  return /(?:^|:)(?:title|description)$/.test(key);
}

interface PageContent {
  text: string;
  links: string[];
}

function readPage(html: string): PageContent {
  const parts: string[] = [];
  const links: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeName === '#text' && 'value' in node) {
      parts.push(node.value);
      return;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) node.childNodes.forEach(visit);
      return;
    }
    const element: Element = node;
    const linkAttribute = LINK_ATTRIBUTES[element.tagName];
    for (const attr of element.attrs) {
      if (attr.name === linkAttribute) links.push(attr.value);
      if (TEXT_ATTRIBUTES.has(attr.name)) parts.push(` ${attr.value} `);
    }
    if (element.tagName === 'meta' && isTextMeta(element)) {
      const content = element.attrs.find((attr) => attr.name === 'content')?.value;
      if (content) parts.push(` ${content} `);
    }
    if (SKIPPED_ELEMENTS.has(element.tagName)) return;
    const block = BLOCK_ELEMENTS.has(element.tagName);
    if (block) parts.push(' ');
    element.childNodes.forEach(visit);
    if (element.tagName === 'template') (element as DefaultTreeAdapterMap['template']).content.childNodes.forEach(visit);
    if (block) parts.push(' ');
  };
  visit(parse(html));
  return { text: parts.join('').replace(/\s+/g, ' '), links };
}

/** Absolute http(s) URL of a link, or undefined for same-site paths, anchors, mailto: and the like. */
function externalUrl(link: string): URL | undefined {
  if (!/^(?:https?:)?\/\//i.test(link.trim())) return undefined;
  try {
    return new URL(link.trim(), 'https://site.invalid');
  } catch {
    return undefined;
  }
}

/** A same-site link, resolved against a placeholder origin so its path and query can be read. */
function anyUrl(link: string): URL | undefined {
  try {
    return new URL(link.trim(), 'https://site.invalid/');
  } catch {
    return undefined;
  }
}

function around(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  const end = Math.min(text.length, index + length + 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Every way one page of built HTML breaks a promotion rule; empty when it is clean. */
export function scanHtmlForPromotion(html: string, path: string): PromotionViolation[] {
  const { text, links } = readPage(html);
  const textUrls = [...text.matchAll(/\b(?:https?:\/\/|www\.)[^\s"'<>]+/gi)].map((match) => match[0]);
  const violations: PromotionViolation[] = [];
  for (const rule of promotionRules) {
    for (const phrase of rule.phrases ?? []) {
      for (const match of text.matchAll(new RegExp(phrase.source, `${phrase.flags}g`))) {
        violations.push({ rule: rule.id, path, snippet: around(text, match.index, match[0].length) });
      }
    }
    if (!rule.url) continue;
    for (const link of links) {
      const url = rule.linksOnly ? externalUrl(link) : anyUrl(link);
      if (url && rule.url(url)) violations.push({ rule: rule.id, path, snippet: link });
    }
    if (rule.linksOnly) continue;
    for (const written of textUrls) {
      const url = anyUrl(/^www\./i.test(written) ? `https://${written}` : written);
      if (url && rule.url(url)) violations.push({ rule: rule.id, path, snippet: written });
    }
  }
  return violations;
}
