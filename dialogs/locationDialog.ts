import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Commune } from '../src/knowledge/schemas/commune.js';
import type { CommuneLookup } from '../src/orientation/types.js';
import { rememberedCommune, showNearestSites } from '../src/bot/nearbySites.js';
import type { BotServices } from '../src/bot/services.js';
import { fill } from '../src/bot/texts.js';
import { addPrompts, CHOICE_PROMPT, REDIRECT, TEXT_PROMPT } from './prompts.js';

export const LOCATION_DIALOG = 'locationDialog';
const LOCATION_WATERFALL = 'locationWaterfall';

export interface LocationOptions {
  /** What the user's message said about their commune, if anything. */
  lookup?: CommuneLookup;
  /** Unknown communes given so far: after two, we stop asking. */
  failures?: number;
}

interface Values {
  candidates?: Commune[];
}

/** An answer with more words than this is a new question rather than a commune name. */
const MAX_COMMUNE_WORDS = 5;

/** Finds the user's commune (message, memory or question) and shows the nearest France services. */
export class LocationDialog extends ComponentDialog {
  constructor(private readonly services: BotServices) {
    super(LOCATION_DIALOG);
    addPrompts(this);
    this.addDialog(new WaterfallDialog(LOCATION_WATERFALL, [this.askStep.bind(this), this.resolveStep.bind(this), this.showStep.bind(this)]));
    this.initialDialogId = LOCATION_WATERFALL;
  }

  /** Uses the commune we know, or asks for it; an ambiguous name becomes a choice. */
  private async askStep(step: WaterfallStepContext<LocationOptions>): Promise<DialogTurnResult> {
    const { lookup, failures = 0 } = step.options;
    const m = this.services.messages.location;
    const { responder } = this.services;
    if (lookup?.status === 'found') return step.next({ commune: lookup.commune });
    if (lookup?.status === 'ambiguous') {
      (step.values as Values).candidates = lookup.candidates;
      const labels = lookup.candidates.map(communeLabel);
      const prompt = await responder.question(step.context, fill(m.ambiguous, { query: lookup.query }), labels);
      return step.prompt(CHOICE_PROMPT, { prompt, choices: labels.map((value) => ({ value })) });
    }
    if (lookup?.status === 'unknown') {
      if (failures >= 2) {
        await responder.say(step.context, m.giveUp);
        return step.endDialog();
      }
      return step.prompt(TEXT_PROMPT, { prompt: await responder.question(step.context, fill(m.unknown, { query: lookup.query }), []) });
    }
    const remembered = await rememberedCommune(step.context, this.services);
    if (remembered) return step.next({ commune: remembered });
    return step.prompt(TEXT_PROMPT, { prompt: await responder.question(step.context, m.ask, []) });
  }

  /** Turns the answer into a commune, or asks again with what the user typed. */
  private async resolveStep(step: WaterfallStepContext<LocationOptions>): Promise<DialogTurnResult> {
    const result = step.result as { commune: Commune } | FoundChoice | string | undefined;
    if (result && typeof result === 'object' && 'commune' in result) return step.next(result.commune);
    if (result && typeof result === 'object' && 'index' in result) {
      return step.next((step.values as Values).candidates?.[result.index]);
    }
    const text = typeof result === 'string' ? result : (step.context.activity.text ?? '');
    const lookup = this.services.orientation.lookupCommune(text);
    if (lookup.status === 'unknown' && text.trim().split(/\s+/).length > MAX_COMMUNE_WORDS) return step.endDialog(REDIRECT);
    const failures = (step.options.failures ?? 0) + (lookup.status === 'unknown' ? 1 : 0);
    return step.replaceDialog(LOCATION_WATERFALL, { lookup, failures } satisfies LocationOptions);
  }

  private async showStep(step: WaterfallStepContext<LocationOptions>): Promise<DialogTurnResult> {
    const commune = step.result as Commune | undefined;
    if (commune) await showNearestSites(step.context, this.services, commune);
    return step.endDialog();
  }
}

/** "Saint-Crépin-Ibouvillers (60149)": name and first postal code tell homonyms apart. */
function communeLabel(commune: Commune): string {
  return `${commune.name} (${commune.postalCodes[0] ?? commune.departement})`;
}
