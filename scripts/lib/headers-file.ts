/**
 * Reads the `_headers` file format of Netlify and Cloudflare Pages: a URL pattern on its own
 * line, then indented `Name: value` lines; `! Name` detaches a header set by an earlier rule.
 * Every rule whose pattern matches a path applies, in file order, and values of the same header
 * from several rules are joined with a comma, as those hosts do.
 */
export interface HeaderRule {
  pattern: string;
  matcher: RegExp;
  entries: Array<{ name: string; value: string } | { detach: string }>;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('')
    .map((char) => (char === '*' ? '.*' : char.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
    .replace(/:[A-Za-z_]\w*/g, '[^/]+');
  return new RegExp(`^${source}$`);
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    if (!rawLine.trim() || rawLine.trim().startsWith('#')) continue;
    const indented = /^\s/.test(rawLine);
    const line = rawLine.trim();
    if (!indented) {
      rules.push({ pattern: line, matcher: patternToRegExp(line), entries: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: header line before any path pattern: "${line}"`);
    if (line.startsWith('!')) {
      rule.entries.push({ detach: line.slice(1).trim().toLowerCase() });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`_headers: expected "Name: value", got "${line}"`);
    rule.entries.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return rules;
}

/** The headers a path gets, keyed by lowercase name. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.matcher.test(pathname)) continue;
    for (const entry of rule.entries) {
      if ('detach' in entry) {
        headers.delete(entry.detach);
        continue;
      }
      const key = entry.name.toLowerCase();
      const existing = headers.get(key);
      headers.set(key, existing === undefined ? entry.value : `${existing}, ${entry.value}`);
    }
  }
  return Object.fromEntries(headers);
}
