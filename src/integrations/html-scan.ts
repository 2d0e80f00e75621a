/**
 * Reads a built page once, at the tokenizer level: every start tag with its attributes (values
 * decoded, with their source offsets) and, for `<script>` and `<style>`, the text the browser
 * gives the element. Both post-build steps need no more than this, and a tree parse of every page
 * cost about four times as much (see BENCHMARKS.md).
 *
 * parse5's tokenizer does the HTML tokenizing (character references, comments, attribute quoting,
 * raw-text end tags, CR/LF and NUL handling); the one thing a tokenizer needs from the tree
 * builder, which elements switch it to raw text, is done here as the tree builder does it for
 * HTML elements. Inline SVG and MathML are followed as far as Astro's output uses them (nested
 * elements, no HTML inside); anything beyond that, whose text the tree builder would treat
 * differently, throws rather than risk a wrong CSP hash.
 * Pure: HTML in, start tags out.
 */
import { foreignContent, Token, Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';

export interface StartTag {
  /** Lower-case tag name. */
  name: string;
  /** Attribute values as the DOM has them (character references decoded); a repeated attribute keeps its first value. */
  attrs: readonly Token.Attribute[];
  /** Source offsets of each attribute (`attrs['content'].startOffset`…), of the page's original text. */
  attrLocations: Readonly<Record<string, Token.Location>>;
  /** For `<script>` and `<style>`: the element's text, exactly as the browser hashes it. */
  text?: string;
}

export class UnsupportedHtmlError extends Error {}

/** HTML elements whose content the tree builder has the tokenizer read as text (scripting on, as in a browser). */
const TEXT_MODES: Readonly<Record<string, Tokenizer['state']>> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

/** SVG and MathML elements inside which HTML would be parsed again: not followed here. */
const INTEGRATION_POINTS = new Set(['foreignobject', 'desc', 'title', 'annotation-xml', 'mi', 'mo', 'mn', 'ms', 'mtext']);

export function getAttribute(tag: StartTag, name: string): string | undefined {
  return tag.attrs.find((attr) => attr.name === name)?.value;
}

export function scanStartTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  /** Open SVG/MathML elements, outermost first; empty in HTML content. */
  const foreign: string[] = [];
  /** The `<script>`/`<style>` whose text is being read, and its text so far. */
  let reading: { tag: StartTag; parts: string[] } | undefined;

  const unsupported = (what: string, offset: number | undefined) => {
    throw new UnsupportedHtmlError(`${what} at offset ${offset ?? '?'}: the page scanner does not follow this (see html-scan.ts)`);
  };
  const finishText = () => {
    if (reading) reading.tag.text = reading.parts.join('');
    reading = undefined;
  };
  const onText = (token: Token.CharacterToken) => {
    reading?.parts.push(token.chars);
  };

  const handler: TokenHandler = {
    onStartTag(token) {
      const tag: StartTag = { name: token.tagName, attrs: token.attrs, attrLocations: token.location?.attrs ?? {} };
      tags.push(tag);
      const offset = token.location?.startOffset;
      if (foreign.length > 0) {
        if (tag.name === 'script' || tag.name === 'style') unsupported(`<${tag.name}> inside <${foreign[0]}>`, offset);
        if (foreignContent.causesExit(token) || INTEGRATION_POINTS.has(foreign.at(-1)!)) unsupported(`HTML inside <${foreign[0]}>`, offset);
        if (!token.selfClosing) foreign.push(tag.name);
      } else if ((tag.name === 'svg' || tag.name === 'math') && !token.selfClosing) {
        foreign.push(tag.name);
      } else {
        const mode = TEXT_MODES[tag.name];
        if (mode !== undefined) tokenizer.state = mode;
        if (tag.name === 'script' || tag.name === 'style') reading = { tag, parts: [] };
      }
      tokenizer.inForeignNode = foreign.length > 0;
    },
    onEndTag(token) {
      finishText();
      if (foreign.length === 0) return;
      if (token.tagName === 'br' || token.tagName === 'p') unsupported(`</${token.tagName}> inside <${foreign[0]}>`, token.location?.startOffset);
      const open = foreign.lastIndexOf(token.tagName);
      if (open >= 0) foreign.length = open;
      tokenizer.inForeignNode = foreign.length > 0;
    },
    onCharacter: onText,
    onWhitespaceCharacter: onText,
    onNullCharacter: onText,
    onComment() {},
    onDoctype() {},
    onEof: finishText,
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
  return tags;
}
