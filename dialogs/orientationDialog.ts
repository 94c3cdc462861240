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
  /** What the core understood; null when the procedure is already known (`otherThan`). */
  analysis: Analysis | null;
  /** The (redacted) message, kept for the feedback log and to guess the situation. */
  text: string;
  /** "Autre situation": the procedure answered and the situation shown; the user picks among the others. */
  otherThan?: { procedure: string; situation: string };
}

interface Values {
  candidates?: string[];
  procedureId?: string;
  /** Ids of the situations offered in the situation question, in order. */
  offered?: string[];
  situationId?: string;
  /** The situation was guessed from the message: the other ones are offered after the answer. */
  guessed?: boolean;
  sitesShown?: boolean;
}

/** Choice indexes of the MSA question. */
const YES = 0;
const OTHER_SITUATION = 2;

/**
 * From an understood message to the answer, in one turn when the message says enough: which procedure,
 * which situation (guessed from the message, or asked), then the answer for the general scheme; the MSA
 * question comes after the answer, and "Oui" shows it again with the MSA.
 */
export class OrientationDialog extends ComponentDialog {
  constructor(private readonly services: BotServices) {
    super(ORIENTATION_DIALOG);
    addPrompts(this);
    this.addDialog(
      new WaterfallDialog(ORIENTATION_WATERFALL, [this.clarifyStep.bind(this), this.situationStep.bind(this), this.answerStep.bind(this), this.regimeStep.bind(this)]),
    );
    this.initialDialogId = ORIENTATION_WATERFALL;
  }

  /** Several procedures are close: the user picks one (or "Autre chose"). */
  private async clarifyStep(step: WaterfallStepContext<OrientationOptions>): Promise<DialogTurnResult> {
    const { analysis, otherThan } = step.options;
    const values = step.values as Values;
    if (otherThan || !analysis?.clarify) {
      values.procedureId = otherThan?.procedure ?? analysis?.procedure?.id;
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

  /** The situation the message describes, or the question when documents differ and the message does not say. */
  private async situationStep(step: WaterfallStepContext<OrientationOptions>): Promise<DialogTurnResult> {
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
    const { otherThan } = step.options;
    const offered = procedure.situations.filter((s) => s.id !== otherThan?.situation);
    if (offered.length < 2) {
      values.situationId = offered[0]?.id;
      return step.next(SKIPPED);
    }
    const guessed = otherThan ? null : this.guessSituation(step, procedure);
    if (guessed) {
      values.situationId = guessed;
      values.guessed = true;
      return step.next(SKIPPED);
    }
    values.offered = offered.map((s) => s.id);
    const labels = offered.map((s) => s.label);
    const prompt = await this.services.responder.question(step.context, this.services.messages.orientation.situationQuestion, labels);
    return step.prompt(CHOICE_PROMPT, { prompt, choices: toChoices(labels) });
  }

  /** The answer for the general scheme (or the MSA when known), then the MSA question or the feedback question. */
  private async answerStep(step: WaterfallStepContext<OrientationOptions>): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const procedure = this.procedure(step);
    if (!procedure) return step.endDialog();
    if (!isSkipped(step.result)) {
      const picked = step.result as FoundChoice | undefined;
      if (!picked) return step.endDialog(REDIRECT);
      values.situationId = values.offered?.[picked.index];
    }
    const { context } = step;
    const { messages, responder, state } = this.services;
    const profile = await state.getProfile(context);
    await this.sendAnswer(step, procedure, procedure.msaAlternative && profile.regime === 'msa');
    const conversation = await state.getConversation(context);
    const situation = values.situationId;
    conversation.lastAnswer = situation && procedure.situations.length > 1 ? { procedure: procedure.id, situation, text: step.options.text } : undefined;
    const location = step.options.analysis?.location;
    values.sitesShown = location?.status === 'found';
    if (location?.status === 'found') await showNearestSites(context, this.services, location.commune);
    await logAnswer(context, this.services, { intent: 'procedure', procedure: procedure.id, partner: this.partnerId(procedure, profile.regime === 'msa'), unanswered: false });
    if (!procedure.msaAlternative || profile.regime) return this.close(step, procedure);
    const m = messages.orientation;
    const prompt = await responder.question(context, m.regimeQuestion, [m.yes, m.no]);
    // "Autre situation" is understood here too, without being shown next to a yes/no question.
    const other = values.guessed ? [m.otherSituation] : [];
    const choices = toChoices([m.yes, m.no, ...other], [['oui', 'yes', 'affilié', 'affiliée', 'agriculteur'], ['non', 'no'], messages.commands.otherSituation]);
    return step.prompt(CHOICE_PROMPT, { prompt, choices });
  }

  /** "Oui": the answer again with the MSA; "Non": noted. Both remembered for this user. */
  private async regimeStep(step: WaterfallStepContext<OrientationOptions>): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const procedure = this.procedure(step);
    const picked = step.result as FoundChoice | undefined;
    if (!procedure || !picked) return step.endDialog(REDIRECT);
    if (picked.index === OTHER_SITUATION && values.situationId) {
      return step.replaceDialog(ORIENTATION_WATERFALL, { ...step.options, otherThan: { procedure: procedure.id, situation: values.situationId } } satisfies OrientationOptions);
    }
    const profile = await this.services.state.getProfile(step.context);
    profile.regime = picked.index === YES ? 'msa' : 'general';
    if (picked.index === YES) {
      await this.services.responder.say(step.context, this.services.messages.orientation.regimeMsa);
      await this.sendAnswer(step, procedure, true);
    }
    return this.close(step, procedure);
  }

  /** The feedback question, with "find a France services" when no site was shown and "Autre situation" when guessed. */
  private async close(step: WaterfallStepContext<OrientationOptions>, procedure: Procedure): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const profile = await this.services.state.getProfile(step.context);
    const partner = this.partnerId(procedure, profile.regime === 'msa');
    const situation = values.guessed ? values.situationId : undefined;
    await askFeedback(step.context, this.services, { intent: 'procedure', procedure: procedure.id, partner, text: step.options.text, situation }, !values.sitesShown);
    return step.endDialog();
  }

  private async sendAnswer(step: WaterfallStepContext<OrientationOptions>, procedure: Procedure, msa: boolean): Promise<void> {
    const { context } = step;
    const { orientation, messages, responder } = this.services;
    const situationId = (step.values as Values).situationId;
    const situation: Situation | null = procedure.situations.find((s) => s.id === situationId) ?? null;
    const location = step.options.analysis?.location;
    const commune = location?.status === 'found' ? location.commune : await rememberedCommune(context, this.services);
    // The texts as this person sees them today: dated figures, and the MSA's own version for an MSA member.
    const shown = orientation.procedureView(procedure.id, { regime: msa ? 'msa' : 'general' })!;
    const shownSituation = shown.situations.find((s) => s.id === situation?.id) ?? null;
    const view = { procedure: shown, partner: orientation.partner(this.partnerId(procedure, msa)), msa, situation: shownSituation, printableUrl: this.printableUrl(procedure.id, situation?.id, commune?.insee, msa && procedure.msaAlternative) };
    await responder.card(context, answerCard(view, messages.answer, messages.figures), answerText(view, messages.answer, messages.figures));
  }

  /** The situation the message describes, for the procedure finally chosen. */
  private guessSituation(step: WaterfallStepContext<OrientationOptions>, procedure: Procedure): string | null {
    const { analysis, text } = step.options;
    if (analysis?.procedure?.id === procedure.id) return analysis.situation;
    return this.services.orientation.situationOf(text, procedure.id);
  }

  private partnerId(procedure: Procedure, msa: boolean): string {
    return procedure.msaAlternative && msa ? 'msa' : procedure.partner;
  }

  private procedure(step: WaterfallStepContext<OrientationOptions>): Procedure | undefined {
    const id = (step.values as Values).procedureId;
    return id ? this.services.orientation.procedure(id) : undefined;
  }

  /** Our printable fiche: `${publicBaseUrl}/fiches/<id>?situation=<sid>&commune=<insee>`. */
  private printableUrl(id: string, situation: string | undefined, insee: string | undefined, msa = false): string {
    const url = new URL(`fiches/${encodeURIComponent(id)}`, `${this.services.publicBaseUrl.replace(/\/+$/, '')}/`);
    if (situation) url.searchParams.set('situation', situation);
    if (msa) url.searchParams.set('regime', 'msa');
    if (insee) url.searchParams.set('commune', insee);
    return url.toString();
  }
}
