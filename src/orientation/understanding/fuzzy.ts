import Fuse from 'fuse.js';

const MIN_FUZZY_LENGTH = 5;
/** A known stem that starts an unknown word counts when it covers this much of it ("declaraton" → "declar"). */
const PREFIX_COVER = 0.6;

/**
 * Typo correction: an unknown stem ("pasport") becomes the closest known stem
 * ("paseport"). fuse.js searches only known stems with the same first letter and
 * a similar length, so a miss costs well under a millisecond. Results are cached.
 */
export function createSpellingCorrector(vocabulary: Iterable<string>, maxCache = 20_000): (stem: string) => string {
  const known = new Set(vocabulary);
  const words = [...known].filter((w) => w.length >= 4 && /^[a-z]+$/.test(w));
  const buckets = new Map<string, Fuse<string>>();
  const bucket = (first: string, length: number) => {
    const key = `${first}${length}`;
    let fuse = buckets.get(key);
    if (!fuse) {
      const near = words.filter((w) => w[0] === first && Math.abs(w.length - length) <= 2);
      fuse = new Fuse(near, { includeScore: true, threshold: 0.25, ignoreLocation: true });
      buckets.set(key, fuse);
    }
    return fuse;
  };
  const cache = new Map<string, string>();
  const fix = (stem: string): string => {
    // Elision typed without its apostrophe: "laah", "lapl", "dimpot".
    if (/^[ldjmnst]/.test(stem) && stem.length >= 3 && known.has(stem.slice(1))) return stem.slice(1);
    if (stem.length < MIN_FUZZY_LENGTH) return stem;
    const best = bucket(stem[0] ?? '', stem.length).search(stem, { limit: 1 })[0];
    if (best && (best.score ?? 1) <= 0.2) return best.item;
    for (let end = stem.length - 1; end >= Math.max(MIN_FUZZY_LENGTH, Math.ceil(stem.length * PREFIX_COVER)); end--) {
      if (known.has(stem.slice(0, end))) return stem.slice(0, end);
    }
    return stem;
  };
  return (stem) => {
    if (known.has(stem) || !/^[a-z]+$/.test(stem)) return stem;
    const cached = cache.get(stem);
    if (cached !== undefined) return cached;
    const fixed = fix(stem);
    if (cache.size < maxCache) cache.set(stem, fixed);
    return fixed;
  };
}
