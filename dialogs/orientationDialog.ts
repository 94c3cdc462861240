import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Procedure, Situation } from '../src/knowledge/schemas/procedure.js';
import type { Analysis } from '../src/orientation/types.js';
import { rememberedCommune, showNearestSites } from '../src/bot/nearbySites.js';
import { answerCard, answerText } from '../src/bot/render/answer.js';
import type { BotServices } from '../src/bot/services.js';
import { askFeedback, logAnswer } from '../src/bot/usage.js';
import { addPrompts, CHOICE_PROMPT, isSkipped, REDIRECT, SKIPPED, toChoices } from './prompts.js';

export const ORIENTATION_DIALOG = 'orientationDialog';
const ORIENTATION_WATERFALL = 'orientationWaterfall';

export interface OrientationOptions {
  analysis: Analysis;
  /** The (redacted) message, kept for the feedback log. */
  text: string;
}

interface Values {
  candidates?: string[];
  procedureId?: string;
}

/** From an understood message to the answer: which procedure, which regime, which situation. */
export class OrientationDialog extends ComponentDialog {
  constructor(private readonly services: BotServices) {
    super(ORIENTATION_DIALOG);
    addPrompts(this);
    this.addDialog(
      new WaterfallDialog(ORIENTATION_WATERFALL, [
        this.clarifyStep.bind(this),
        this.regimeStep.bind(this),
        this.situationStep.bind(this),
        this.answerStep.bind(this),
      ]),
    );
    this.initialDialogId = ORIENTATION_WATERFALL;
  }

  /** Several procedures are close: the user picks one (or "Autre chose"). */
  private async clarifyStep(step: WaterfallStepContext<OrientationOptions>): Promise<DialogTurnResult> {
    const { analysis } = step.options;
    const values = step.values as Values;
    if (!analysis.clarify) {
      values.procedureId = analysis.procedure?.id;
      return step.next(SKIPPED);
    }
    const procedures = analysis.alternatives.map((a) => this.services.orientation.procedure(a.id)).filter((p): p is Procedure => !!p).slice(0, 4);
    values.candidates = procedures.map((p) => p.id);
    const other = this.services.messages.commands.other[0] ?? '';
    const labels = [...procedures.map((p) => p.title), other];
    // A shorter name ("Passeport") also picks the choice.
    const synonyms = procedures.map((p) => [p.title.split(/\s*:\s*/)[0] ?? p.title]);
    const prompt = await this.services.responder.question(step.context, this.services.messages.orientation.clarify, labels);
    return step.prompt(CHOICE_PROMPT, { prompt, choices: toChoices(labels, synonyms) });
  }

  /** Procedures that the MSA handles for farm workers: ask the regime once, remember it. */
  private async regimeStep(step: WaterfallStepContext<OrientationOptions>): Promise<DialogTurnResult> {
    const values = step.values as Values;
    if (!isSkipped(step.result)) {
      const picked = step.result as FoundChoice | undefined;
      if (!picked) return step.endDialog(REDIRECT);
      values.procedureId = values.candidates?.[picked.index];
      if (!values.procedureId) {
        await this.services.responder.say(step.context, this.services.messages.replies.otherThing);
        return step.endDialog();
      }
    }
    const procedure = this.procedure(step);
    if (!procedure) return step.endDialog();
    const profile = await this.services.state.getProfile(step.context);
    if (!procedure.msaAlternative || profile.regime) return step.next(SKIPPED);
    const m = this.services.messages.orientation;
    const prompt = await this.services.responder.question(step.context, m.regimeQuestion, [m.yes, m.no]);
    return step.prompt(CHOICE_PROMPT, { prompt, choices: toChoices([m.yes, m.no], [['oui', 'yes', 'affilié', 'affiliée'], ['non', 'no']]) });
  }

  /** Documents differ by situation: the user picks theirs. */
  private async situationStep(step: WaterfallStepContext<OrientationOptions>): Promise<DialogTurnResult> {
    if (!isSkipped(step.result)) {
      const picked = step.result as FoundChoice | undefined;
      if (!picked) return step.endDialog(REDIRECT);
      const profile = await this.services.state.getProfile(step.context);
      profile.regime = picked.index === 0 ? 'msa' : 'general';
    }
    const procedure = this.procedure(step);
    if (!procedure || procedure.situations.length < 2) return step.next(SKIPPED);
    const labels = procedure.situations.map((s) => s.label);
    const prompt = await this.services.responder.question(step.context, this.services.messages.orientation.situationQuestion, labels);
    return step.prompt(CHOICE_PROMPT, { prompt, choices: toChoices(labels) });
  }

  /** The answer card, the nearest sites when the commune is known from the message, then the feedback question. */
  private async answerStep(step: WaterfallStepContext<OrientationOptions>): Promise<DialogTurnResult> {
    const procedure = this.procedure(step);
    if (!procedure) return step.endDialog();
    let situation: Situation | undefined = procedure.situations[0];
    if (!isSkipped(step.result)) {
      const picked = step.result as FoundChoice | undefined;
      if (!picked) return step.endDialog(REDIRECT);
      situation = procedure.situations[picked.index];
    }
    const { context } = step;
    const { orientation, messages, responder, state } = this.services;
    const profile = await state.getProfile(context);
    const msa = procedure.msaAlternative && profile.regime === 'msa';
    const partnerId = msa ? 'msa' : procedure.partner;
    const location = step.options.analysis.location;
    const commune = location?.status === 'found' ? location.commune : await rememberedCommune(context, this.services);
    const view = { procedure, partner: orientation.partner(partnerId), msa, situation: situation ?? null, printableUrl: this.printableUrl(procedure.id, situation?.id, commune?.insee) };
    await responder.card(context, answerCard(view, messages.answer), answerText(view, messages.answer));
    const showSites = location?.status === 'found';
    if (showSites) await showNearestSites(context, this.services, location.commune);
    await logAnswer(context, this.services, { intent: 'procedure', procedure: procedure.id, partner: partnerId, unanswered: false });
    await askFeedback(context, this.services, { intent: 'procedure', procedure: procedure.id, partner: partnerId, text: step.options.text }, !showSites);
    return step.endDialog();
  }

  private procedure(step: WaterfallStepContext<OrientationOptions>): Procedure | undefined {
    const id = (step.values as Values).procedureId;
    return id ? this.services.orientation.procedure(id) : undefined;
  }

  /** Our printable fiche: `${publicBaseUrl}/fiches/<id>?situation=<sid>&commune=<insee>`. */
  private printableUrl(id: string, situation: string | undefined, insee: string | undefined): string {
    const url = new URL(`fiches/${encodeURIComponent(id)}`, `${this.services.publicBaseUrl.replace(/\/+$/, '')}/`);
    if (situation) url.searchParams.set('situation', situation);
    if (insee) url.searchParams.set('commune', insee);
    return url.toString();
  }
}

