// Types for the part of wink-naive-bayes-text-classifier (CommonJS, untyped) that the classifier uses.
declare module 'wink-naive-bayes-text-classifier' {
  export interface NaiveBayesTextClassifier {
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    /** Learns one example given as tokens (no preparation tasks defined). */
    learn(tokens: string[], label: string): boolean;
    consolidate(): boolean;
    /** [label, log2 odds] for every label, best first; [["unknown", 0]] when no token is known. */
    computeOdds(tokens: string[]): [string, number][];
    /** [config, samples per label, token counts per label, tokens per label, vocabulary]. */
    exportJSON(): string;
  }
  export default function naiveBayesTextClassifier(): NaiveBayesTextClassifier;
}
