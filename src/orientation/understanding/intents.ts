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
      const rest = social.replace(words, (kind) => {
        found.add(kind);
        return [];
      });
      if (rest.some((w) => !stopwords.has(w))) return null;
      if (found.has('thanks')) return 'thanks';
      // "aide" alone asks for the menu; "je veux de l'aide" is a vague request.
      if (found.has('help') && rest.length === 0) return 'help';
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
