import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { getAttribute, scanStartTags, UnsupportedHtmlError } from '../../../src/integrations/html-scan.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The reference: parse5's full tree parse, as a browser builds the DOM. */
function* treeElements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* treeElements(child);
  if ('content' in node) yield* treeElements(node.content);
}

/** What the post-build steps read from a page: script/style texts, ids, and the link attributes. */
function factsFromTree(html: string) {
  const elements = [...treeElements(parse(html))];
  const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
  const text = (element: Element) => element.childNodes.map((child) => (child.nodeName === '#text' && 'value' in child ? child.value : '')).join('');
  return {
    texts: elements.filter((e) => e.tagName === 'script' || e.tagName === 'style').map((e) => `${e.tagName}:${text(e)}`),
    ids: new Set(elements.map((e) => attr(e, 'id')).filter(Boolean)),
    hrefs: elements.map((e) => attr(e, 'href')).filter((v) => v !== undefined),
    metas: elements.filter((e) => e.tagName === 'meta').map((e) => attr(e, 'content')),
  };
}

function factsFromScan(html: string) {
  const tags = scanStartTags(html);
  return {
    texts: tags.filter((t) => t.name === 'script' || t.name === 'style').map((t) => `${t.name}:${t.text}`),
    ids: new Set(tags.map((t) => getAttribute(t, 'id')).filter(Boolean)),
    hrefs: tags.map((t) => getAttribute(t, 'href')).filter((v) => v !== undefined),
    metas: tags.filter((t) => t.name === 'meta').map((t) => getAttribute(t, 'content')),
  };
}

/** Text that is hard on a tokenizer: end tags, comment and escape openers, references, CR/LF, NUL, non-ASCII. */
const trickyText = fc
  .array(
    fc.constantFrom(
      'a()', ' ', '\n', '\r\n', '\r', '\t', '\0', '<', '>', '&', '&amp;', '&lt;', '&#x41;', '&notit;', '"', "'",
      '</script', '</script>', '</SCRIPT >', '</style>', '<script>', '<!--', '-->', '--!>', '<!', '</', 'é', '😀', 'if (a < b) {}',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const attrValue = fc.array(fc.constantFrom('a', '/', '#', '&amp;', '&quot;', '&#38;', ' ', 'é', '&copy', '?q=1'), { maxLength: 6 }).map((parts) => parts.join(''));

/** Pieces a built page is made of, several of them with tricky content. */
const piece: fc.Arbitrary<string> = fc.oneof(
  trickyText.map((text) => `<script>${text.replaceAll('</script', '</scr_')}</script>`),
  trickyText.map((text) => `<script type="module">${text}</script>`),
  fc.constant('<script type="module" src="/a.js"></script>'),
  trickyText.map((text) => `<style>${text.replaceAll('</style', '</sty_')}</style>`),
  fc.tuple(attrValue, attrValue).map(([href, id]) => `<a href="${href}" id="${id}">x</a>`),
  fc.tuple(attrValue, attrValue).map(([href, id]) => `<a href='${href}' id=${id.replaceAll(' ', '') || 'x'}>x</a>`),
  attrValue.map((id) => `<h2 id="${id}" id="second">h</h2>`),
  attrValue.map((content) => `<meta http-equiv="content-security-policy" content="${content}">`),
  trickyText.map((text) => `<!--${text.replaceAll('-->', '')}-->`),
  trickyText.map((text) => `<textarea>${text.replaceAll('</', '<_')}</textarea>`),
  trickyText.map((text) => `<title>${text.replaceAll('</', '<_')}</title>`),
  trickyText.map((text) => `<noscript>${text.replaceAll('</', '<_')}</noscript>`),
  fc.constant('<template><script>inTemplate()</script><a href="/t/" id="t"></a></template>'),
  fc.constant('<svg viewBox="0 0 1 1" aria-hidden="true"><path d="M0 0h1"/><a href="/svg/" id="s"><path d="M0 0"/></a><![CDATA[<a href="/no/">]]></svg>'),
  fc.constant('<table><tr><td><style>td{}</style><script>inTable()</script></td></tr></table>'),
  fc.constant('<p>text <b>bold</p> <img src="/i.png" alt="">'),
  trickyText,
);

describe('scanStartTags', () => {
  it('reads the same script and style texts, ids, links and CSP values as the tree a browser builds', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.array(piece, { maxLength: 10 }), (head, body) => {
        const html = `<!DOCTYPE html><html><head>${head.join('')}</head><body>${body.join('')}</body></html>`;
        expect(factsFromScan(html)).toEqual(factsFromTree(html));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a script left open at the end', '<script>a()', 'script:a()'],
    ['CR LF inside a script, as the browser normalises it', '<script>a()\r\nb()\rc()</script>', 'script:a()\nb()\nc()'],
    ['a script holding a comment that holds a script', '<script><!-- <script> x </script> y --></script>', 'script:<!-- <script> x </script> y -->'],
  ])('reads %s', (_case, html, text) => {
    const tags = scanStartTags(`<!DOCTYPE html><html><head>${html}`);
    expect(tags.filter((tag) => tag.name === 'script').map((tag) => `${tag.name}:${tag.text}`)).toEqual([text]);
    expect(text).toBe(factsFromTree(`<!DOCTYPE html><html><head>${html}`).texts[0]);
  });

  it('gives the source offsets of attribute values, for rewriting them in place', () => {
    const html = '<meta http-equiv="content-security-policy" content="default-src &apos;self&apos;">';
    const [meta] = scanStartTags(html);
    const location = meta!.attrLocations['content']!;
    expect(html.slice(location.startOffset, location.endOffset)).toBe('content="default-src &apos;self&apos;"');
    expect(getAttribute(meta!, 'content')).toBe("default-src 'self'");
  });

  it.each([
    ['a style inside an SVG', '<svg><style>a{}</style></svg>', '<style> inside <svg>'],
    ['a script inside MathML', '<math><script>a()</script></math>', '<script> inside <math>'],
    ['HTML inside an SVG', '<svg><foreignObject><div>x</div></foreignObject></svg>', 'HTML inside <svg>'],
    ['an HTML element that ends the SVG', '<svg><p>x</p></svg>', 'HTML inside <svg>'],
  ])('refuses %s rather than risk a wrong hash', (_case, body, message) => {
    expect(() => scanStartTags(`<body>${body}</body>`)).toThrow(UnsupportedHtmlError);
    expect(() => scanStartTags(`<body>${body}</body>`)).toThrow(message);
  });

  it('reads HTML again after an inline SVG ends', () => {
    const tags = scanStartTags('<svg><g><path d="M0"/></g></svg><style>b{}</style><script>c()</script>');
    expect(tags.filter((tag) => tag.text !== undefined).map((tag) => tag.text)).toEqual(['b{}', 'c()']);
  });
});
