/**
 * The address of one of our printable fiches: `${publicBaseUrl}/fiches/<id>?<params>`, as the WHATWG URL
 * parser writes it, built at every answer. The base is parsed once per base; an id and values made of
 * letters, digits, "-", "_" and "." (procedure and situation ids, INSEE codes, languages) need no
 * encoding and are joined as they are; anything else goes through the URL parser, as before.
 */
const PLAIN = /^[\w.-]*$/;
const prefixes = new Map<string, string>();

function parsed(base: string, id: string, params: readonly (readonly [string, string])[]): string {
  const url = new URL(`fiches/${encodeURIComponent(id)}`, `${base.replace(/\/+$/, '')}/`);
  for (const [key, value] of params) url.searchParams.set(key, value);
  return url.toString();
}

/** `params` in the order they are written; each key once. */
export function ficheUrl(base: string, id: string, params: readonly (readonly [string, string])[] = []): string {
  // "." and ".." would be path segments of their own: the parser's case.
  if (!PLAIN.test(id) || id === '.' || id === '..' || !params.every(([key, value]) => PLAIN.test(key) && PLAIN.test(value))) return parsed(base, id, params);
  let prefix = prefixes.get(base);
  if (prefix === undefined) {
    prefix = parsed(base, '', []);
    prefixes.set(base, prefix);
  }
  return params.length === 0 ? `${prefix}${id}` : `${prefix}${id}?${params.map(([key, value]) => `${key}=${value}`).join('&')}`;
}
