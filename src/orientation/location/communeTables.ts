/**
 * Look-ups over all communes, built once: name keys, postal codes, INSEE codes (current and former).
 * The national list has ~35,000 communes: instead of maps holding a list per key, each table is one sorted
 * array of keys searched by bisection, with the communes of each key as numbers in a typed array (a
 * tenth of the memory of the maps). Lists are made when a key is found, in the order the communes came.
 */
import type { Commune } from '../../knowledge/schemas/commune.js';
import { nameHeads, nameKeys } from './nameKeys.js';
import { NameResolver, type NameMatches } from './resolve.js';

/** Index of `key` in the sorted `keys`, or -1. */
function find(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = keys[mid]!;
    if (at === key) return mid;
    if (at < key) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** FNV-1a hash of a key's characters. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Where each of a list of distinct keys stands, by hashing (open addressing in one typed array): a word of a
 * message is looked up in a probe or two instead of ~16 string comparisons of a bisection, for every word.
 * Built at the first look-up; 4 bytes per slot, at least 1.5 slots per key.
 */
class KeyPositions {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly keys: readonly string[]) {
    let size = 1;
    while (size < keys.length * 1.5) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    keys.forEach((key, at) => {
      let slot = hashOf(key) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = at;
    });
  }

  /** Position of `key` in the keys, or -1. */
  indexOf(key: string): number {
    for (let slot = hashOf(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot]!;
      if (at === -1 || this.keys[at] === key) return at;
    }
  }
}

/** Index of the first key of the sorted `keys` that is not below `key` (keys.length when none). */
function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keys[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Numbers by key while the tables are built, each distinct number once per key, in the order added. */
type Pairs = Map<string, number[]>;

function addPair(pairs: Pairs, key: string, value: number): void {
  const list = pairs.get(key);
  if (!list) pairs.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** A MultiTable as plain data (the saved orientation model, src/orientation/model.ts). */
export interface MultiTableData {
  keys: string[];
  starts: Uint32Array;
  values: Uint32Array;
}

/** Keys → numbers, several per key, kept in the order they were added. */
class MultiTable {
  private readonly keys: string[];
  private readonly starts: Uint32Array;
  private readonly values: Uint32Array;
  /** Hashed positions of the keys, for tables looked up at every word of a message (`hashed`). */
  private positions: KeyPositions | undefined;

  /** `hashed`: looked up by hashing, not by bisection (the name keys, looked up for words of messages). */
  constructor(
    pairs: Pairs | MultiTableData,
    private readonly hashed = false,
  ) {
    if (!(pairs instanceof Map)) {
      ({ keys: this.keys, starts: this.starts, values: this.values } = pairs);
      return;
    }
    this.keys = [...pairs.keys()].sort();
    this.starts = new Uint32Array(this.keys.length + 1);
    let count = 0;
    for (const list of pairs.values()) count += list.length;
    this.values = new Uint32Array(count);
    let at = 0;
    this.keys.forEach((key, i) => {
      this.starts[i] = at;
      for (const value of pairs.get(key)!) this.values[at++] = value;
    });
    this.starts[this.keys.length] = at;
  }

  /** The numbers of a key, or undefined when the key is unknown. */
  get(key: string): Uint32Array | undefined {
    const at = this.hashed ? (this.positions ??= new KeyPositions(this.keys)).indexOf(key) : find(this.keys, key);
    return at < 0 ? undefined : this.values.subarray(this.starts[at]!, this.starts[at + 1]!);
  }

  /** Whether some key starts with `prefix`: the first key not below it does then. */
  hasKeyStartingWith(prefix: string): boolean {
    const at = lowerBound(this.keys, prefix);
    return at < this.keys.length && this.keys[at]!.startsWith(prefix);
  }

  toData(): MultiTableData {
    return { keys: this.keys, starts: this.starts, values: this.values };
  }
}

/** Name kinds, stored with the commune's number: value = commune × 4 + kind. */
const OFFICIAL = 0;
const LOCALITY = 1;
const HEAD = 2;

/** The built tables as plain data: restored by `new CommuneTables(communes, home, data)` without reading a name again. */
export interface CommuneTablesData {
  names: MultiTableData;
  postalCodes: MultiTableData;
  insee: MultiTableData;
  tokens: string[];
  tokenLengths: Uint8Array;
}

export class CommuneTables {
  /** Resolution that prefers the département served. */
  readonly resolver: NameResolver;

  private readonly communes: readonly Commune[];
  /** Official names, localities and heads of Oise names ("CREVECOEUR" for Crèvecœur-le-Grand and Crèvecœur-le-Petit). */
  private readonly names: MultiTable;
  private readonly postalCodes: MultiTable;
  private readonly insee: MultiTable;
  private readonly tokens: string[];
  private readonly tokenLengths: Uint8Array;

  /** `data`: tables saved by `toData` for the same communes and département (the orientation model). */
  constructor(communes: readonly Commune[], home: string, data?: CommuneTablesData) {
    this.resolver = new NameResolver(home);
    this.communes = communes;
    ({
      names: this.names,
      postalCodes: this.postalCodes,
      insee: this.insee,
      tokens: this.tokens,
      tokenLengths: this.tokenLengths,
    } = data
      ? { ...data, names: new MultiTable(data.names, true), postalCodes: new MultiTable(data.postalCodes), insee: new MultiTable(data.insee) }
      : this.build(communes));
  }

  /** The tables as plain data. */
  toData(): CommuneTablesData {
    return {
      names: this.names.toData(),
      postalCodes: this.postalCodes.toData(),
      insee: this.insee.toData(),
      tokens: this.tokens,
      tokenLengths: this.tokenLengths,
    };
  }

  private build(communes: readonly Commune[]) {
    const names: Pairs = new Map();
    const postal: Pairs = new Map();
    const insee: Pairs = new Map();
    /** First word of every name → the longest name it starts, in words: bounds the n-grams tried in free text. */
    const firstTokens = new Map<string, number>();
    const addName = (key: string, index: number, kind: number) => {
      addPair(names, key, index * 4 + kind);
      const space = key.indexOf(' ');
      const first = space < 0 ? key : key.slice(0, space);
      const words = space < 0 ? 1 : key.split(' ').length;
      firstTokens.set(first, Math.max(firstTokens.get(first) ?? 1, words));
    };
    communes.forEach((commune, index) => {
      addPair(insee, commune.insee, index);
      for (const code of commune.postalCodes) addPair(postal, code, index);
      const home = this.resolver.isHome(commune);
      for (const key of nameKeys(commune.name)) {
        addName(key, index, OFFICIAL);
        if (home) for (const head of nameHeads(key)) addName(head, index, HEAD);
      }
      for (const locality of commune.localities) for (const key of nameKeys(locality)) addName(key, index, LOCALITY);
    });
    // A former code names its current commune unless it is itself a current code.
    const current = new Set(insee.keys());
    communes.forEach((commune, index) => {
      for (const former of commune.formerCodes) if (!current.has(former)) addPair(insee, former, index);
    });
    const tokens = [...firstTokens.keys()].sort();
    return {
      names: new MultiTable(names, true),
      postalCodes: new MultiTable(postal),
      insee: new MultiTable(insee),
      tokens,
      tokenLengths: Uint8Array.from(tokens, (t) => Math.min(255, firstTokens.get(t)!)),
    };
  }

  /** Current commune for a current or former INSEE code (the first commune listing a former code). */
  readonly byInsee = {
    get: (code: string): Commune | undefined => {
      const found = this.insee.get(code);
      return found && found.length > 0 ? this.communes[found[0]!] : undefined;
    },
  };

  /** The communes of a postal code, or undefined when none. */
  readonly byPostalCode = {
    get: (code: string): Commune[] | undefined => {
      const found = this.postalCodes.get(code);
      return found ? Array.from(found, (i) => this.communes[i]!) : undefined;
    },
  };

  /** The longest name, in words, that a first word starts; undefined when no name starts with it. */
  private tokenPositions: KeyPositions | undefined;

  readonly firstTokens = {
    get: (token: string): number | undefined => {
      const at = (this.tokenPositions ??= new KeyPositions(this.tokens)).indexOf(token);
      return at < 0 ? undefined : this.tokenLengths[at];
    },
  };

  /** Whether some name key starts with `prefix` ("LA NEUVILLE" for "LA NEUVILLE EN HEZ"): no longer name goes on from a text that none starts. */
  startsSomeName(prefix: string): boolean {
    return this.names.hasKeyStartingWith(prefix);
  }

  /** Every commune a name key may designate, or undefined when none. */
  matches(key: string): NameMatches | undefined {
    const found = this.names.get(key);
    if (!found || found.length === 0) return undefined;
    const matches: NameMatches = { official: [], localities: [], heads: [] };
    for (const value of found) {
      const commune = this.communes[value >> 2]!;
      const kind = value & 3;
      (kind === OFFICIAL ? matches.official : kind === LOCALITY ? matches.localities : matches.heads).push(commune);
    }
    return matches;
  }
}
