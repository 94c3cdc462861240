/** The keys under which a place name is indexed, built on the core's placeKey (text/normalize.ts). */
import { placeKey } from '../text/normalize.js';

/** Keys under which a name is indexed: also without the elision space ("LISLE ADAM"), as people type it. */
export function nameKeys(name: string): string[] {
  const key = placeKey(name);
  const joined = key.replace(/\b([LD]) (?=[A-Z])/g, '$1');
  return joined === key ? [key] : [key, joined];
}

/** Words that link the head of a name to its complement: "Crèvecœur-le-Grand" is often just "Crèvecœur". */
const connectors = new Set(['LE', 'LA', 'LES', 'L', 'EN', 'SUR', 'SOUS', 'AUX', 'AU', 'DU', 'DES', 'DE', 'D', 'ST', 'STE', 'ET', 'LES']);

/** Heads of a name before a connector: "ST JUST EN CHAUSSEE" → ["ST JUST"], "LA NEUVILLE EN HEZ" → ["LA NEUVILLE"]. */
export function nameHeads(key: string): string[] {
  const tokens = key.split(' ');
  const heads: string[] = [];
  for (let end = 1; end < tokens.length; end++) {
    if (connectors.has(tokens[end]!) && !connectors.has(tokens[end - 1]!)) heads.push(tokens.slice(0, end).join(' '));
  }
  return heads;
}
