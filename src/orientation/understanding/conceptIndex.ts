/**
 * BM25-like concept index over procedures. Features are stems and bigrams of
 * adjacent stems, so a whole concept ("cart gris") outweighs one incidental
 * word ("cart"). Built once; scoring a message is a few map look-ups.
 */
export interface WeightedText {
  terms: readonly string[];
  weight: number;
}

const K1 = 1.2;
const B = 0.4;
/** A bigram names a concept: it counts more than its two words. */
const BIGRAM_BOOST = 1.6;

export function features(terms: readonly string[]): string[] {
  const out = new Set(terms);
  for (let i = 1; i < terms.length; i++) out.add(`${terms[i - 1]} ${terms[i]}`);
  return [...out];
}

/**
 * A built index as plain data (the saved orientation model, src/orientation/model.ts): the size and,
 * per feature in the order first met, its documents and weights as [doc, weight, doc, weight…].
 */
export interface ConceptIndexData {
  size: number;
  postings: [feature: string, docsAndWeights: number[]][];
}

/** The documents one feature occurs in, with what it weighs there. */
interface Posting {
  /** Its document index, weight, document index, weight… are pairs[from…to]. */
  from: number;
  to: number;
  /** idf × the bigram boost: the feature's weight before the message's own term weights. */
  weight: number;
  /** Last scoring that counted it (a feature counts once per message). */
  seenAt: number;
}

export class ConceptIndex {
  /** Every posting's document index, weight, document index, weight…: one typed array rather than an array per pair. */
  private readonly pairs: Float64Array;
  /** feature → its posting, in the order features were first met. */
  private readonly postings = new Map<string, Posting>();
  /** Stems, then first stem → second stem for bigrams: scoring looks features up without building their strings. */
  private readonly unigrams = new Map<string, Posting>();
  private readonly bigrams = new Map<string, Map<string, Posting>>();
  private scoring = 0;
  /** Scores of one call of addScaled, added to the caller's right away. */
  private scratch: Float64Array | undefined;
  readonly size: number;

  /** Builds the index of `documents`, or restores one saved by `toData`. */
  constructor(documents: WeightedText[][] | ConceptIndexData) {
    const lists = Array.isArray(documents) ? countPostings(documents) : documents.postings;
    this.size = Array.isArray(documents) ? documents.length : documents.size;
    this.pairs = new Float64Array(lists.reduce((n, [, list]) => n + list.length, 0));
    let at = 0;
    for (const [feature, list] of lists) {
      this.pairs.set(list, at);
      const space = feature.indexOf(' ');
      const posting: Posting = { from: at, to: at + list.length, weight: this.idf(list.length / 2) * (space >= 0 ? BIGRAM_BOOST : 1), seenAt: 0 };
      at += list.length;
      this.postings.set(feature, posting);
      if (space < 0) this.unigrams.set(feature, posting);
      else {
        const first = feature.slice(0, space);
        const seconds = this.bigrams.get(first) ?? new Map<string, Posting>();
        seconds.set(feature.slice(space + 1), posting);
        this.bigrams.set(first, seconds);
      }
    }
  }

  /** The index as plain data, restored by `new ConceptIndex(data)` to the same index. */
  toData(): ConceptIndexData {
    return { size: this.size, postings: [...this.postings].map(([feature, { from, to }]) => [feature, Array.from(this.pairs.subarray(from, to))]) };
  }

  /**
   * Raw relevance of every document for the message terms; `termWeight` scales some terms down.
   * Features are counted in the order of `features(terms)` (stems, then bigrams), each once.
   */
  score(terms: readonly string[], termWeight: (term: string) => number = () => 1): Float64Array {
    return this.scoreInto(new Float64Array(this.size), terms, termWeight);
  }

  /** `score`, times `scale`, added to `scores` (one per document): scores[doc] += scale × score[doc]. */
  addScaled(scores: Float64Array, scale: number, terms: readonly string[], termWeight?: (term: string) => number): void {
    this.scratch ??= new Float64Array(this.size);
    const own = this.scoreInto(this.scratch.fill(0), terms, termWeight);
    for (let doc = 0; doc < own.length; doc++) scores[doc] = (scores[doc] ?? 0) + scale * own[doc]!;
  }

  private scoreInto(own: Float64Array, terms: readonly string[], termWeight: (term: string) => number = () => 1): Float64Array {
    const scoring = ++this.scoring;
    const add = (posting: Posting, termWeight: number) => {
      if (posting.seenAt === scoring) return;
      posting.seenAt = scoring;
      const weight = posting.weight * termWeight;
      const pairs = this.pairs;
      for (let at = posting.from; at < posting.to; at += 2) {
        const doc = pairs[at]!;
        own[doc] = (own[doc] ?? 0) + weight * pairs[at + 1]!;
      }
    };
    for (const term of terms) {
      const posting = this.unigrams.get(term);
      if (posting) add(posting, termWeight(term));
    }
    for (let i = 1; i < terms.length; i++) {
      const first = terms[i - 1]!;
      const second = terms[i]!;
      const posting = this.bigrams.get(first)?.get(second);
      if (posting) add(posting, Math.min(termWeight(first), termWeight(second)));
    }
    return own;
  }

  /** Per-feature contributions to one document's score (for tuning and debugging). */
  explain(terms: readonly string[], doc: number): [string, number][] {
    return features(terms)
      .map((feature): [string, number] => {
        const { from = 0, to = 0 } = this.postings.get(feature) ?? {};
        let w = 0;
        for (let at = from; at < to; at += 2) if (this.pairs[at] === doc) w = this.pairs[at + 1]!;
        return [feature, w * this.idf((to - from) / 2) * (feature.includes(' ') ? BIGRAM_BOOST : 1)];
      })
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1]);
  }

  /** True when the stem appears somewhere in the knowledge. */
  knows(stem: string): boolean {
    return this.unigrams.has(stem);
  }

  vocabulary(): string[] {
    return [...this.unigrams.keys()];
  }

  private idf(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }
}

/** BM25 weights of every feature, per document: [feature, [document index, weight, …]] in the order features are first met. */
function countPostings(documents: WeightedText[][]): [string, number[]][] {
  const counts = documents.map(weightedCounts);
  const lengths = counts.map((c) => [...c.values()].reduce((a, b) => a + b, 0));
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const lists = new Map<string, number[]>();
  counts.forEach((byFeature, doc) => {
    const norm = K1 * (1 - B + (B * (lengths[doc] ?? avg)) / avg);
    for (const [feature, tf] of byFeature) {
      const list = lists.get(feature) ?? [];
      list.push(doc, (tf * (K1 + 1)) / (tf + norm));
      lists.set(feature, list);
    }
  });
  return [...lists];
}

/** Weighted feature counts of one document; a feature counts once per text. */
function weightedCounts(texts: WeightedText[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { terms, weight } of texts) {
    for (const feature of features(terms)) counts.set(feature, (counts.get(feature) ?? 0) + weight);
  }
  return counts;
}
