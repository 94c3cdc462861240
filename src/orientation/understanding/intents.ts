import type { Intents } from '../../knowledge/schemas/intents.js';
import { PhraseMatcher } from '../text/phrases.js';
import type { TextPipeline } from '../text/pipeline.js';

export type SmallTalk = 'greeting' | 'thanks' | 'help';

export interface IntentDetector {
  /** Greeting, thanks or help when the message holds nothing else; null otherwise. */
  smallTalk(text: string): SmallTalk | null;
  /** Out-of-scope cues (weather, jokes, recipes…) found in the message, each counted its topic's weight. */
  outOfScopeCues(text: string): number;
  /** True when the text asks something: a question mark or a request cue ("je voudrais", "comment"). */
  isRequest(text: string): boolean;
}

export function createIntentDetector(intents: Intents, pipeline: TextPipeline): IntentDetector {
  const stopwords = pipeline.stopwords;
  const social = new PhraseMatcher<SmallTalk | 'courtesy'>();
  const addAll = (phrases: string[], kind: SmallTalk | 'courtesy') => phrases.forEach((p) => social.add(pipeline.words(p), kind));
  addAll(intents.greeting, 'greeting');
  addAll(intents.thanks, 'thanks');
  addAll(intents.help, 'help');
  addAll(intents.courtesy, 'courtesy');
  const cues = new PhraseMatcher<number>();
  for (const topic of intents.outOfScope) topic.cues.forEach((cue) => cues.add(pipeline.stems(cue), topic.weight));
  const requests = new PhraseMatcher<true>();
  intents.requestCues.forEach((cue) => requests.add(pipeline.words(cue), true));

  return {
    smallTalk(text) {
      const words = pipeline.words(text);
      const found = new Set<SmallTalk | 'courtesy'>();
      // The words left once the social phrases are taken out, scanning left to right: any but a stop word says something else.
      let rest = 0;
      for (let i = 0; i < words.length;) {
        const match = social.matchAt(words, i);
        if (match) {
          found.add(match.value);
          i += match.tokens.length;
          continue;
        }
        if (!stopwords.has(words[i]!)) return null;
        rest += 1;
        i += 1;
      }
      if (found.has('thanks')) return 'thanks';
      // "aide" alone asks for the menu; "je veux de l'aide" is a vague request.
      if (found.has('help') && rest === 0) return 'help';
      if (found.has('greeting')) return 'greeting';
      return words.length === 0 ? 'help' : null;
    },
    outOfScopeCues(text) {
      let weight = 0;
      for (const cue of cues.find(pipeline.stems(text))) weight += cue.value;
      return weight;
    },
    isRequest(text) {
      return text.includes('?') || requests.find(pipeline.words(text)).length > 0;
    },
  };
}
