/** Maps over all communes, built once: name keys, postal codes, INSEE codes (current and former). */
import type { Commune } from '../../knowledge/schemas/commune.js';
import { nameHeads, nameKeys } from './nameKeys.js';
import { NameResolver, type NameMatches } from './resolve.js';

function push<K>(map: Map<K, Commune[]>, key: K, commune: Commune): void {
  const list = map.get(key);
  if (!list) map.set(key, [commune]);
  else if (!list.includes(commune)) list.push(commune);
}

export class CommuneTables {
  readonly official = new Map<string, Commune[]>();
  readonly localities = new Map<string, Commune[]>();
  /** Heads of Oise names only ("CREVECOEUR" for Crèvecœur-le-Grand and Crèvecœur-le-Petit). */
  readonly heads = new Map<string, Commune[]>();
  readonly byPostalCode = new Map<string, Commune[]>();
  readonly byInsee = new Map<string, Commune>();
  /** First word of every name → the longest name it starts, in words: bounds the n-grams tried in free text. */
  readonly firstTokens = new Map<string, number>();
  /** Every name key of the three name maps: most n-grams of a message are none, and are told so by one look-up. */
  private readonly keys = new Set<string>();

  /** Resolution that prefers the département served. */
  readonly resolver: NameResolver;

  constructor(communes: readonly Commune[], home: string) {
    this.resolver = new NameResolver(home);
    for (const commune of communes) this.add(commune);
    for (const commune of communes) {
      for (const former of commune.formerCodes) if (!this.byInsee.has(former)) this.byInsee.set(former, commune);
    }
  }

  private add(commune: Commune): void {
    this.byInsee.set(commune.insee, commune);
    for (const code of commune.postalCodes) push(this.byPostalCode, code, commune);
    for (const key of nameKeys(commune.name)) {
      push(this.official, key, commune);
      this.noteKey(key);
      if (!this.resolver.isHome(commune)) continue;
      for (const head of nameHeads(key)) {
        push(this.heads, head, commune);
        this.noteKey(head);
      }
    }
    for (const locality of commune.localities) {
      for (const key of nameKeys(locality)) {
        push(this.localities, key, commune);
        this.noteKey(key);
      }
    }
  }

  private noteKey(key: string): void {
    const tokens = key.split(' ');
    this.firstTokens.set(tokens[0]!, Math.max(this.firstTokens.get(tokens[0]!) ?? 1, tokens.length));
    this.keys.add(key);
  }

  /** Every commune a name key may designate, or undefined when none. */
  matches(key: string): NameMatches | undefined {
    if (!this.keys.has(key)) return undefined;
    const official = this.official.get(key) ?? [];
    const localities = this.localities.get(key) ?? [];
    const heads = this.heads.get(key) ?? [];
    if (official.length + localities.length + heads.length === 0) return undefined;
    return { official, localities, heads };
  }
}
