import type { TurnContext } from 'botbuilder';
import type { Commune } from '../src/knowledge/schemas/commune.js';
import type { FollowUpTopic } from '../src/knowledge/schemas/conversation.js';
import type { Procedure, Situation } from '../src/knowledge/schemas/procedure.js';
import type { Site } from '../src/knowledge/schemas/site.js';
import type { ConversationStateData, PendingQuestion } from '../src/bot/conversationState.js';
import { answerCard, answerText } from '../src/bot/render/answer.js';
import { deskText } from '../src/bot/render/desk.js';
import {
  costsText,
  documentsText,
  onlineText,
  siteAddressText,
  siteAppointmentText,
  siteDayText,
  siteMobileText,
  sitePhoneText,
  siteWeekText,
} from '../src/bot/render/followUp.js';
import { sitesCard, sitesText } from '../src/bot/render/sites.js';
import type { BotServices } from '../src/bot/services.js';
import type { UserProfile } from '../src/bot/state.js';
import { fill, frenchList, isOneOf, simplify } from '../src/bot/texts.js';
import { logAnswer, logClarification, logHandover, logSites } from '../src/bot/usage.js';
import type { ConversationReader } from '../src/orientation/conversation/reader.js';
import { isMsaFor, regimeView } from '../src/orientation/conversation/regimeView.js';
import { linesAbout } from '../src/orientation/conversation/inProcedure.js';
import { splitAlternatives, splitNeeds } from '../src/orientation/conversation/needs.js';
import { forSituation, type ProcedureView } from '../src/orientation/procedures/view.js';
import type { Analysis, CommuneLookup } from '../src/orientation/types.js';

/** A procedure named with less confidence than this does not replace the one being discussed. */
const SWITCH_CONFIDENCE = 0.35;
const SITES_SHOWN = 3;
/** When a message changes the regime, the current procedure stays if it scores this much… */
const STILL_CANDIDATE = 0.4;
/** …unless the other procedure is this sure. */
const SURE_SWITCH = 0.7;
/** Unreadable answers to one question before the general answer and the way to a person. */
const MAX_MISSES = 2;
/** Up to this many words, a message naming another procedure with a follow-up word asks that about it. */
const SHORT_MESSAGE = 8;
/** Up to this many words, an unsure message about the current procedure is looked for in its texts. */
const DETAIL_QUESTION = 14;
/** Below this confidence, the core is not sure the message names a procedure. */
const SURE_PROCEDURE = 0.5;
const SITE_TOPICS: readonly FollowUpTopic[] = ['hours', 'appointment', 'phone', 'address', 'next'];
const PROCEDURE_TOPICS: readonly FollowUpTopic[] = ['cost', 'online', 'documents', 'delay', 'child'];

/**
 * One turn of the conversation, read in this order: commands; an answer to the pending question (free
 * words, yes/no, a commune, a number); a follow-up on what was just shown; a new request. What the
 * message says about the regime or the commune is remembered whatever else it says.
 */
export class Conversation {
  private analysis!: Analysis;
  private text = '';
  /** The message changed what we know of the regime ("oui je suis exploitant agricole"). */
  private regimeChanged = false;

  constructor(
    private readonly services: BotServices,
    private readonly reader: ConversationReader,
    private readonly prefixCommune: (text: string) => Commune | null,
    private readonly context: TurnContext,
    private readonly state: ConversationStateData,
    private readonly profile: UserProfile,
  ) {
    if (state.regime === 'unknown' && profile.regime) state.regime = profile.regime === 'msa' ? 'msa' : 'no';
    if (!state.commune && profile.commune) state.commune = profile.commune.insee;
  }

  /** The texts in the conversation's language. */
  private get m() {
    return this.services.texts(this.state.language);
  }

  private get agent(): boolean {
    return this.state.mode === 'agent';
  }

  async read(raw: string): Promise<void> {
    const text = raw.trim();
    this.text = text;
    if (await this.command(text)) return;
    // A digit answers the pending numbered question; out of range, the choices again.
    const digit = /^(\d{1,2})\s*[.)]?$/.exec(text);
    if (digit && this.state.pending && this.state.pending.choices.length > 0) {
      const choice = this.state.pending.choices[Number(digit[1]) - 1];
      if (!choice) return this.repeatChoices(this.state.pending);
      return this.choose(this.state.pending, choice);
    }
    // No regime context: `analysis.regime` then says what this message itself tells (the partner is chosen here).
    this.analysis = this.services.orientation.analyze(text);
    this.regimeChanged = this.rememberRegime();
    const commune = this.rememberCommune(this.analysis.location) ?? this.placeInQuestion();
    const pending = this.state.pending;
    if (this.regimeChanged && pending?.kind !== 'regime')
      await this.say(this.state.regime === 'msa' ? this.m.conversation.regimeNoted : this.m.conversation.regimeNo);
    if (pending && (await this.answerPending(pending, commune))) return;
    await this.feeling();
    const current = this.procedure();
    if (this.regimeChanged && current && !this.newProcedure()) {
      await this.answerProcedure(current, { repeat: true });
      if (commune) await this.showSites(commune);
      return;
    }
    if (await this.followUp(commune)) return;
    await this.newRequest(commune);
  }

  // ——— commands ———

  private async command(text: string): Promise<boolean> {
    const { commands } = this.m;
    if (isOneOf(text, commands.reset)) {
      await this.services.state.resetConversation(this.context);
      const fresh = await this.services.state.getConversation(this.context);
      fresh.welcomed = true;
      await this.menu(this.m.replies.reset, fresh);
      return true;
    }
    if (isOneOf(text, commands.help)) {
      await this.help();
      return true;
    }
    const simple = simplify(text);
    const [word = '', ...rest] = simple.replace(/^\//, '').split(' ');
    const query = rest.join(' ').trim();
    const known = this.m.conversation.agentCommands.find((c) => c.name === word);
    const deskPrefix = simplify(commands.desk).replace(/^\//, '');
    if (simple.startsWith('/') || (known && (this.agent || query))) {
      if (word === deskPrefix || word === 'fiche') return this.deskCommand(query).then(() => true);
      if (word === 'sites' || word === 'horaires') return this.sitesCommand(query, word === 'horaires');
    }
    return false;
  }

  private async help(): Promise<void> {
    if (this.agent) {
      const c = this.m.conversation;
      const lines = [c.agentHelp, ...c.agentCommands.map((cmd) => `- ${cmd.name} : ${cmd.description} (« ${cmd.example} »)`)];
      await this.services.responder.say(this.context, lines.join('\n'));
      return;
    }
    await this.menu(this.m.replies.help);
  }

  private async deskCommand(query: string): Promise<void> {
    const { orientation } = this.services;
    if (!query) return this.services.responder.say(this.context, fill(this.m.conversation.agentUsage, { example: this.example('fiche') }));
    const procedure = orientation.procedure(simplify(query).replace(/\s+/g, '-')) ?? this.procedureOf(orientation.analyze(query));
    if (!procedure) {
      logAnswer(this.context, this.services, { intent: 'desk', procedure: null, partner: null, unanswered: true, text: query });
      return this.services.responder.say(
        this.context,
        `${fill(this.m.desk.notFound, { query })}\n${fill(this.m.conversation.agentUsage, { example: this.example('fiche') })}`,
      );
    }
    this.setProcedure(procedure);
    this.state.situation = null;
    await this.desk(procedure);
  }

  private async sitesCommand(query: string, hours: boolean): Promise<boolean> {
    if (!query) {
      await this.services.responder.say(this.context, fill(this.m.conversation.agentUsage, { example: this.example(hours ? 'horaires' : 'sites') }));
      return true;
    }
    const found = this.findCommune(query);
    // "horaires du vendredi ?": not a commune, so a follow-up on the sites shown, read as any message.
    if (!found) return false;
    await this.showSites(found);
    const first = this.site();
    if (hours && first) await this.say(siteWeekText(first, this.m.conversation, this.m.hours));
    return true;
  }

  private example(name: string): string {
    return this.m.conversation.agentCommands.find((c) => c.name === name)?.example ?? name;
  }

  // ——— what any message says about the person ———

  /** "oui je suis exploitant agricole", "jsuis agriculteur", "non je suis pas agricultrice". */
  private rememberRegime(): boolean {
    if (this.analysis.regime !== 'msa') return false;
    const next = this.reader.negated(this.text) ? 'no' : 'msa';
    if (next === this.state.regime) return false;
    this.setRegime(next);
    return true;
  }

  private setRegime(regime: 'msa' | 'no'): void {
    this.state.regime = regime;
    this.profile.regime = regime === 'msa' ? 'msa' : 'general';
  }

  private rememberCommune(location: CommuneLookup | null): Commune | null {
    const commune = this.resolve(location);
    if (!commune) return null;
    this.state.commune = commune.insee;
    this.profile.commune = { insee: commune.insee, name: commune.name };
    return commune;
  }

  /** A found commune, or among homonyms ("60400", "crepy en valoi") the one of our département. */
  private resolve(location: CommuneLookup | null): Commune | null {
    if (location?.status === 'found') return location.commune;
    if (location?.status === 'ambiguous') return location.candidates.find((c) => c.departement === this.services.departement) ?? null;
    return null;
  }

  /**
   * A commune typed as a query ("sites nogent sur oize", "jsuis a grandviliers", "pont ste max"): the
   * commune the message names, the whole query, then its last or first words; parts of the query only
   * count for a commune of our département, so that an ordinary word never becomes a place far away.
   */
  private findCommune(query: string): Commune | null {
    const { orientation, departement } = this.services;
    const inDepartement = (lookup: CommuneLookup): Commune | null =>
      lookup.status === 'found'
        ? lookup.commune.departement === departement
          ? lookup.commune
          : null
        : lookup.status === 'ambiguous'
          ? (lookup.candidates.find((c) => c.departement === departement) ?? null)
          : null;
    const fromMessage = orientation.analyze(query).location;
    const whole = orientation.lookupCommune(query);
    const home = (fromMessage && inDepartement(fromMessage)) ?? inDepartement(whole);
    if (home) return home;
    const words = query.trim().split(/\s+/);
    const parts = [...words.map((_, i) => words.slice(i + 1).join(' ')), ...words.map((_, i) => words.slice(0, words.length - 1 - i).join(' '))].filter(
      (p) => p.replace(/[^\p{L}\d]/gu, '').length >= 4,
    );
    for (const part of parts) {
      const found = inDepartement(orientation.lookupCommune(part)) ?? this.prefixCommune(part);
      if (found) return found;
    }
    if (fromMessage?.status === 'found') return fromMessage.commune;
    return whole.status === 'found' ? whole.commune : null;
  }

  /** "je cherche une france services à beauvai", "horaires pont ste max": a place the core did not see. */
  private placeInQuestion(): Commune | null {
    const topics = this.reader.topics(this.text);
    const asksPlace =
      this.state.pending?.kind === 'commune' ||
      topics.includes('sites') ||
      topics.includes('human') ||
      (this.site() === null && topics.some((t) => SITE_TOPICS.includes(t)));
    if (!asksPlace) return null;
    const found = this.findCommune(this.text);
    return found ? this.rememberCommune({ status: 'found', commune: found }) : null;
  }

  private commune(): Commune | null {
    if (!this.state.commune) return null;
    const lookup = this.services.orientation.lookupCommune(`insee:${this.state.commune}`);
    return lookup.status === 'found' ? lookup.commune : null;
  }

  private async feeling(): Promise<void> {
    const feeling = this.reader.feeling(this.text);
    if (feeling && !this.agent) await this.say(this.m.conversation.feelings[feeling]);
  }

  // ——— (a) the pending question ———

  private async answerPending(pending: PendingQuestion, commune: Commune | null): Promise<boolean> {
    const byLabel = this.reader.choice(
      this.text,
      pending.choices.map((c) => c.label),
    );
    if (pending.kind === 'situation') {
      const procedure = this.procedure();
      if (!procedure) return false;
      const offered = pending.choices.map((c) => procedure.situations.find((s) => s.id === c.id)).filter((s): s is Situation => !!s);
      const id = this.reader.situation(this.text, offered) ?? (byLabel !== null ? pending.choices[byLabel]?.id : null);
      if (id) {
        this.state.pending = null;
        this.state.situation = id;
        await this.answerProcedure(procedure, {});
        if (commune) await this.showSites(commune);
        return true;
      }
      const yesNo = this.reader.yesNo(this.text);
      if (yesNo && procedure.msaAlternative && this.state.regime === 'unknown') {
        // "non, salarié normal": the answer to the MSA question the user expected.
        this.setRegime(yesNo === 'yes' ? 'msa' : 'no');
        this.state.pending = null;
        await this.say(yesNo === 'yes' ? this.m.conversation.regimeNoted : this.m.conversation.regimeNo);
        await this.answerProcedure(procedure, { repeat: true });
        return true;
      }
      if (this.regimeChanged && !this.newProcedure()) {
        this.state.pending = null;
        await this.answerProcedure(procedure, { repeat: true });
        return true;
      }
      return this.missed(pending, commune);
    }
    if (pending.kind === 'regime') {
      const procedure = this.procedure();
      const said = this.analysis.regime === 'msa' ? (this.reader.negated(this.text) ? 'no' : 'msa') : this.reader.yesNo(this.text);
      if (said && procedure) {
        this.state.pending = null;
        const regime = said === 'yes' || said === 'msa' ? 'msa' : 'no';
        this.setRegime(regime);
        if (regime === 'msa') {
          await this.say(this.m.orientation.regimeMsa);
          await this.answerProcedure(procedure, { repeat: true });
        } else await this.regimeNoWithPartner(procedure);
        if (commune) await this.showSites(commune);
        return true;
      }
      return this.missed(pending, commune);
    }
    if (pending.kind === 'commune') {
      const found = commune ?? this.lookupAnswer();
      if (found) {
        this.state.pending = null;
        await this.showSites(found);
        await this.partnerLine();
        return true;
      }
      return this.missed(pending, commune);
    }
    if (byLabel !== null) {
      const choice = pending.choices[byLabel];
      if (choice) {
        await this.choose(pending, choice);
        return true;
      }
    }
    // Menus, choices of procedures and details: anything else is a new message.
    this.state.pending = null;
    return false;
  }

  /** A short answer to "dans quelle commune ?": a name (with typos) or a postal code. */
  private lookupAnswer(): Commune | null {
    if (this.reader.length(this.text) > 6) return null;
    const found = this.findCommune(this.text);
    return found ? this.rememberCommune({ status: 'found', commune: found }) : null;
  }

  /**
   * An answer that does not answer: a new request or a follow-up is read as such (the question is
   * dropped); otherwise the question once more in other words, then the general answer and a person.
   */
  private async missed(pending: PendingQuestion, commune: Commune | null): Promise<boolean> {
    const newRequest = this.analysis.intent !== 'procedure' ? this.analysis.intent !== 'out_of_scope' : this.newProcedure() !== null;
    const topics = this.reader.topics(this.text);
    if (newRequest || topics.length > 0 || this.reader.elliptic(this.text) || this.reader.weekday(this.text)) {
      this.state.pending = null;
      return false;
    }
    // "comment je fais pour l'APL ?" while its situation is asked: the answer for every situation.
    const procedure = this.procedure();
    if (pending.kind === 'situation' && procedure && this.analysis.procedure?.id === procedure.id && this.analysis.confidence >= SWITCH_CONFIDENCE) {
      this.state.pending = null;
      await this.answerProcedure(procedure, { general: true });
      return true;
    }
    if (commune) {
      // A commune given while a question is open: the sites, and the question stays.
      await this.showSites(commune);
      if (pending.kind !== 'commune') return true;
    }
    const misses = pending.misses + 1;
    if (misses >= MAX_MISSES) {
      this.state.pending = null;
      if (procedure && pending.kind === 'situation') {
        this.state.situation = null;
        await this.say(this.m.conversation.giveUp);
        await this.answerProcedure(procedure, { general: true });
      } else await this.say(this.m.conversation.human);
      await this.wayToPerson();
      return true;
    }
    const general = procedure ? (this.services.orientation.partner(procedure.partner)?.name ?? procedure.partner) : '';
    const again =
      {
        situation: this.m.conversation.situationAgain,
        regime: fill(this.m.conversation.regimeAgain, { partner: general }),
        commune: this.m.conversation.communeAgain,
      }[pending.kind as 'situation'] ?? this.m.conversation.choiceAgain;
    await this.ask({ ...pending, misses }, again);
    return true;
  }

  private async repeatChoices(pending: PendingQuestion): Promise<void> {
    await this.ask(pending, fill(this.m.conversation.outOfRange, { max: pending.choices.length }));
  }

  /** A choice picked by its number or its label. */
  private async choose(pending: PendingQuestion, choice: { id: string; label: string }): Promise<void> {
    this.state.pending = null;
    const procedure = this.procedure();
    switch (pending.kind) {
      case 'situation':
        this.state.situation = choice.id;
        if (procedure) await this.answerProcedure(procedure, {});
        return;
      case 'regime':
        this.analysis = this.services.orientation.analyze(choice.label);
        this.setRegime(choice.id === 'yes' ? 'msa' : 'no');
        if (choice.id === 'yes' && procedure) {
          await this.say(this.m.orientation.regimeMsa);
          await this.answerProcedure(procedure, { repeat: true });
        } else if (procedure) await this.regimeNoWithPartner(procedure);
        return;
      case 'procedure':
      case 'need': {
        const picked = this.services.orientation.procedure(choice.id);
        if (!picked) {
          await this.say(this.m.replies.otherThing);
          return;
        }
        this.state.needs = this.state.needs.filter((n) => n !== picked.id);
        this.setProcedure(picked);
        this.analysis = this.services.orientation.analyze(choice.label);
        await this.answerProcedure(picked, {});
        return;
      }
      case 'detail':
        if (choice.id === 'sites') await this.sitesOrAsk();
        else if (procedure) await this.procedureTopic(procedure, choice.id as FollowUpTopic);
        return;
      default:
        this.text = choice.label;
        this.analysis = this.services.orientation.analyze(choice.label);
        await this.newRequest(this.commune());
    }
  }

  // ——— (b) follow-ups on what was just shown ———

  private async followUp(commune: Commune | null): Promise<boolean> {
    const topics = this.reader.topics(this.text);
    const elliptic = this.reader.elliptic(this.text);
    const switched = this.newProcedure();
    const named = this.namedSite();
    // "le samedi ?" after sites: that day's hours.
    const siteTopic = topics.find((t) => SITE_TOPICS.includes(t)) ?? (this.reader.weekday(this.text) && !switched ? 'hours' : undefined);
    const wantsSites = topics.includes('sites');
    const wantsPerson = topics.includes('human');

    // About a site: hours, appointment, phone, address, the next one.
    const short = this.reader.length(this.text) <= SHORT_MESSAGE;
    const aboutSites = named !== null || commune !== null || (this.site() !== null && (short || !switched));
    if (siteTopic && aboutSites) {
      // A commune given with the question: its sites first, unless the question names a site already shown.
      if (commune && !(named && this.state.sites.includes(named.id))) await this.showSites(commune);
      const site = named ?? this.site();
      if (!site) return false;
      this.state.site = site.id;
      await this.siteTopic(
        site,
        siteTopic === 'next' && topics.length > 1 ? (topics.find((t) => t !== 'next' && SITE_TOPICS.includes(t)) ?? 'next') : siteTopic,
      );
      return true;
    }
    if (named && !switched && (topics.length > 0 || this.text.split(/\s+/).length <= 4)) {
      this.state.site = named.id;
      await this.say(siteAddressText(named, this.m.conversation));
      return true;
    }
    // A person to talk to, or help nearby.
    if ((wantsPerson || wantsSites) && !switched) {
      if (commune) {
        await this.showSites(commune);
        if (wantsPerson) await this.partnerLine();
        return true;
      }
      if (wantsPerson) {
        await this.say(this.m.conversation.human);
        await this.wayToPerson();
        return true;
      }
      // "je peux la déposer chez vous ?": what is done elsewhere for the procedure, then where to go.
      const procedure = this.procedure();
      if (procedure && this.view(procedure).elsewhere.length > 0)
        await this.say([this.m.conversation.elsewhere, ...this.view(procedure).elsewhere.map((e) => `- ${e}`)].join('\n'));
      if (procedure) await this.partnerLine();
      await this.sitesOrAsk();
      return true;
    }
    // "il a 9 ans": the situation of the procedure just answered, by age.
    const current = this.procedure();
    const age = this.reader.age(this.text);
    if (current && !switched && age !== null && this.reader.length(this.text) <= SHORT_MESSAGE) {
      const byAge = this.reader.situation(this.text, current.situations);
      if (byAge) {
        this.state.situation = byAge;
        await this.answerProcedure(current, { repeat: true });
        return true;
      }
    }
    // About the procedure just answered, or "et pour <another one> ?" with the same question.
    // A long message naming another procedure is a new request, answered in full.
    const procedureTopic =
      topics.find((t) => PROCEDURE_TOPICS.includes(t)) ??
      (elliptic && this.state.topic && PROCEDURE_TOPICS.includes(this.state.topic as FollowUpTopic) ? (this.state.topic as FollowUpTopic) : undefined);
    const target = switched ?? current;
    const followsUp = this.state.procedure !== null && (!switched || elliptic || this.reader.length(this.text) <= SHORT_MESSAGE);
    if (procedureTopic && target && followsUp) {
      if (switched) this.setProcedure(switched);
      this.state.topic = procedureTopic;
      await this.procedureTopic(target, procedureTopic);
      if (commune) await this.showSites(commune);
      return true;
    }
    // A detail of the procedure just answered ("et le volet pour mon patron ?"), found in its own texts.
    const unsure = this.analysis.intent !== 'procedure' || this.analysis.clarify || this.analysis.confidence < SURE_PROCEDURE;
    if (current && !switched && unsure && this.reader.length(this.text) <= DETAIL_QUESTION) {
      const lines = linesAbout(this.reader.simple(this.text).split(' '), this.view(current), this.reader.simple);
      if (lines.length > 0) {
        await this.say([this.view(current).title, ...lines].join('\n'));
        return true;
      }
    }
    return false;
  }

  private async siteTopic(site: Site, topic: FollowUpTopic): Promise<void> {
    const c = this.m.conversation;
    if (site.mobile && (topic === 'hours' || topic === 'appointment')) return this.say(siteMobileText(site, c));
    switch (topic) {
      case 'hours': {
        const day = this.reader.weekday(this.text);
        return this.say(day ? siteDayText(site, day, this.reader.halfDay(this.text), c) : siteWeekText(site, c, this.m.hours));
      }
      case 'appointment':
        return this.say(siteAppointmentText(site, c));
      case 'phone':
        return this.say(sitePhoneText(site, c));
      case 'address':
        return this.say(siteAddressText(site, c));
      default: {
        const index = this.state.sites.indexOf(site.id);
        const next = this.state.sites[index + 1];
        const nextSite = next ? this.siteById(next) : undefined;
        if (!nextSite) return this.say(c.noMoreSites);
        this.state.site = nextSite.id;
        return this.say(`${siteAddressText(nextSite, c)}\n${siteAppointmentText(nextSite, c)}`);
      }
    }
  }

  private async procedureTopic(procedure: Procedure, topic: FollowUpTopic): Promise<void> {
    const c = this.m.conversation;
    const view = this.view(procedure);
    const situation = view.situations.find((s) => s.id === this.state.situation) ?? null;
    switch (topic) {
      case 'cost':
        await this.say(costsText(view, c, situation));
        break;
      case 'online':
        await this.say(onlineText(view, c));
        break;
      case 'child': {
        const minor = this.reader.situation('enfant', view.situations);
        if (minor) this.state.situation = minor;
        await this.answerProcedure(procedure, {});
        return;
      }
      case 'delay': {
        const said = this.reader.situation(this.text, view.situations) ?? this.services.orientation.situationOf(this.text, view.id);
        const chosen = view.situations.find((s) => s.id === said) ?? situation;
        const notes = chosen?.note ? [chosen.note] : view.situations.flatMap((s) => (s.note ? [`${s.label} : ${s.note}`] : []));
        await this.say([view.title, view.summary, ...notes].join('\n'));
        break;
      }
      default:
        await this.say(documentsText(view, situation, c));
    }
    logAnswer(this.context, this.services, { intent: `follow-up:${topic}`, procedure: procedure.id, partner: this.partnerId(procedure), unanswered: false });
  }

  /** The site a message names: one shown, or a France services of the commune it names. */
  private namedSite(): Site | null {
    const sites = this.services.orientation.knowledge.sites.sites;
    const location = this.analysis.location;
    if (this.reader.mobileSite(this.text)) {
      const bus = this.state.sites.map((id) => this.siteById(id)).find((s) => s?.mobile);
      if (bus) return bus;
    }
    if (location?.status !== 'found') return null;
    const insee = location.commune.insee;
    const inCommune = sites.filter((s) => s.insee === insee && !s.mobile);
    if (inCommune.length === 0) return null;
    const words = this.reader
      .simple(this.text)
      .split(' ')
      .filter((w) => w.length > 3);
    const named = inCommune.find((s) =>
      words.some((w) => this.reader.simple(s.name).split(' ').includes(w) && !this.reader.simple(location.commune.name).split(' ').includes(w)),
    );
    return named ?? inCommune.find((s) => this.state.sites.includes(s.id)) ?? inCommune[0] ?? null;
  }

  private site(): Site | null {
    const id = this.state.site ?? this.state.sites[0];
    return id ? (this.siteById(id) ?? null) : null;
  }

  private siteById(id: string): Site | undefined {
    return this.services.orientation.knowledge.sites.sites.find((s) => s.id === id);
  }

  // ——— (c) new requests ———

  private async newRequest(commune: Commune | null): Promise<void> {
    const { analysis } = this;
    const m = this.m;
    if (this.reader.medical(this.text) && analysis.intent !== 'procedure') {
      logAnswer(this.context, this.services, { intent: 'out_of_scope', procedure: null, partner: null, unanswered: true, text: this.text });
      return this.menu(`${m.conversation.medical}\n\n${m.replies.outOfScope}`);
    }
    if (isOneOf(this.text, m.commands.findSite) || (commune && this.onlyPlace(commune))) return this.sitesOrAsk(commune ?? this.commune());
    switch (analysis.intent) {
      case 'greeting':
        return this.menu(m.replies.greeting);
      case 'thanks':
        return this.say(m.replies.thanks);
      case 'help':
        return this.help();
      case 'out_of_scope':
        if (commune) return this.showSites(commune);
        logAnswer(this.context, this.services, { intent: analysis.intent, procedure: null, partner: null, unanswered: true, text: this.text });
        if (this.agent) return this.help().then(() => this.say(m.replies.outOfScope));
        return this.menu(m.replies.outOfScope);
      default:
        break;
    }
    const needs = splitNeeds(this.text, this.services.orientation, analysis);
    if (needs.length >= 2) return this.severalNeeds(needs, commune);
    const either = splitAlternatives(this.text, this.services.orientation);
    if (either.length >= 2 && !this.agent) return this.clarify(either);
    if (analysis.clarify && !this.agent) return this.clarify();
    const procedure = this.procedureOf(analysis);
    if (!procedure) {
      if (commune) return this.showSites(commune);
      logAnswer(this.context, this.services, { intent: analysis.intent, procedure: null, partner: null, unanswered: true, text: this.text });
      return this.say(m.replies.notUnderstood);
    }
    this.setProcedure(procedure);
    // The conversation's own reading first (it knows ages and foreign papers), then the core's.
    this.state.situation =
      this.reader.situation(this.text, procedure.situations, { labels: false }) ??
      (analysis.procedure?.id === procedure.id ? analysis.situation : this.services.orientation.situationOf(this.text, procedure.id));
    if (this.agent) {
      await this.desk(procedure);
      if (commune) await this.showSites(commune);
      return;
    }
    await this.answerProcedure(procedure, {});
    if (commune) await this.showSites(commune);
  }

  /** "j'habite à Songeons", "60400", "France services près de Clermont": only a place. */
  private onlyPlace(commune: Commune): boolean {
    const placeWords = new Set(this.reader.simple(commune.name).split(' '));
    const rest = this.reader
      .simple(this.text)
      .split(' ')
      .filter((w) => !placeWords.has(w) && !/^\d{5}$/.test(w));
    const topics = this.reader.topics(this.text);
    if (topics.includes('sites')) return this.analysis.intent !== 'procedure' || this.analysis.confidence < 0.5;
    return rest.length <= 3 || this.analysis.intent !== 'procedure';
  }

  /** Several procedures are close (or named on each side of "ou"): the user picks one. */
  private async clarify(first: readonly Procedure[] = []): Promise<void> {
    const ranked = this.analysis.alternatives.map((a) => this.services.orientation.procedure(a.id)).filter((p): p is Procedure => !!p);
    const procedures = [...first, ...ranked.filter((p) => !first.includes(p))].slice(0, Math.max(first.length, 4));
    const other = this.m.commands.other[0] ?? '';
    const best = this.analysis.procedure;
    logClarification(this.context, this.services, {
      procedure: best?.id ?? null,
      partner: best ? this.partnerId(this.procedureOf(this.analysis)!) : null,
      confidence: this.analysis.confidence,
    });
    const label = (p: Procedure) => `${p.title} (${this.services.orientation.partner(this.partnerId(p))?.shortName ?? p.partner})`;
    await this.ask(
      { kind: 'procedure', choices: [...procedures.map((p) => ({ id: p.id, label: label(p) })), { id: 'other', label: other }], misses: 0 },
      this.m.orientation.clarify,
    );
  }

  private async severalNeeds(needs: Procedure[], commune: Commune | null): Promise<void> {
    const [first, ...others] = needs;
    if (!first) return;
    const names = needs.map((p) => `${p.title} (${this.services.orientation.partner(this.partnerId(p))?.shortName ?? p.partner})`);
    await this.say(fill(this.m.conversation.needs, { list: frenchList(names), first: first.title }));
    this.setProcedure(first);
    this.state.situation = this.services.orientation.situationOf(this.text, first.id);
    this.state.needs = others.map((p) => p.id);
    if (this.agent) await this.desk(first);
    else await this.answerProcedure(first, { noQuestion: true });
    if (commune) await this.showSites(commune);
    if (this.agent) {
      for (const other of others) await this.desk(other);
      return;
    }
    await this.ask({ kind: 'need', choices: others.map((p) => ({ id: p.id, label: p.title })), misses: 0 }, this.m.conversation.nextNeeds);
  }

  // ——— answers ———

  private newProcedure(): Procedure | null {
    const { analysis } = this;
    if (analysis.intent !== 'procedure' || analysis.clarify || analysis.confidence < SWITCH_CONFIDENCE) return null;
    const procedure = this.procedureOf(analysis);
    if (!procedure || procedure.id === this.state.procedure) return null;
    // "non je suis pas agricultrice, je suis aide-soignante": about the person, not another procedure.
    const stillCandidate = analysis.alternatives.some((a) => a.id === this.state.procedure && a.score >= STILL_CANDIDATE);
    if (this.regimeChanged && (stillCandidate || analysis.confidence < SURE_SWITCH)) return null;
    return procedure;
  }

  private procedureOf(analysis: Analysis): Procedure | null {
    return analysis.procedure ? (this.services.orientation.procedure(analysis.procedure.id) ?? null) : null;
  }

  private procedure(): Procedure | null {
    return this.state.procedure ? (this.services.orientation.procedure(this.state.procedure) ?? null) : null;
  }

  private setProcedure(procedure: Procedure): void {
    if (this.state.procedure !== procedure.id) {
      this.state.situation = null;
      this.state.topic = null;
    }
    this.state.procedure = procedure.id;
    this.state.needs = this.state.needs.filter((n) => n !== procedure.id);
  }

  private partnerId(procedure: Procedure): string {
    return isMsaFor(procedure, this.state.regime) ? 'msa' : procedure.partner;
  }

  /** The procedure as this person reads it today: dated figures, the MSA's version, no other regime's contacts. */
  private view(procedure: Procedure): ProcedureView {
    const { orientation } = this.services;
    const msa = isMsaFor(procedure, this.state.regime);
    const shown = orientation.procedureView(procedure.id, { regime: msa ? 'msa' : 'general', now: this.services.now() })!;
    // Only the costs and figures of the situation in question (declared in the knowledge).
    const mine = { ...shown, ...forSituation(shown, this.state.procedure === procedure.id ? this.state.situation : null) };
    return regimeView(
      { ...mine, msaAlternative: procedure.msaAlternative },
      this.state.regime,
      orientation.partner(procedure.partner),
      orientation.partner('msa'),
    );
  }

  /**
   * The answer for the procedure: for the situation when known; otherwise the short answer and the
   * situation question. Then the MSA question when the partner depends on it and we do not know.
   */
  private async answerProcedure(procedure: Procedure, options: { repeat?: boolean; general?: boolean; noQuestion?: boolean }): Promise<void> {
    // Agents at the desk get the short desk answer, without questions back.
    if (this.agent) return this.desk(procedure);
    const view = this.view(procedure);
    const msa = isMsaFor(procedure, this.state.regime);
    const partner = this.services.orientation.partner(this.partnerId(procedure));
    const situation = view.situations.find((s) => s.id === this.state.situation) ?? (view.situations.length === 1 ? (view.situations[0] ?? null) : null);
    const askSituation = !situation && !options.general && !options.noQuestion && view.situations.length > 1;
    const answer = { procedure: view, partner, msa, situation, printableUrl: this.printableUrl(procedure.id, situation?.id, msa) };
    const documents = !askSituation;
    await this.services.responder.card(
      this.context,
      answerCard(answer, this.m.answer, this.m.figures, { documents, feedback: this.m.feedback }),
      answerText(answer, this.m.answer, this.m.figures, { documents, short: !this.services.responder.style(this.context).cards }),
    );
    logAnswer(this.context, this.services, {
      intent: 'procedure',
      procedure: procedure.id,
      partner: this.partnerId(procedure),
      unanswered: false,
      confidence: this.analysis?.confidence ?? null,
      commune: this.state.commune,
    });
    if (askSituation) {
      const choices = view.situations.map((s) => ({ id: s.id, label: s.label }));
      return this.ask({ kind: 'situation', choices, misses: 0 }, this.m.orientation.situationQuestion);
    }
    if (procedure.msaAlternative && this.state.regime === 'unknown' && !options.noQuestion) {
      const o = this.m.orientation;
      return this.ask(
        {
          kind: 'regime',
          choices: [
            { id: 'yes', label: o.yes },
            { id: 'no', label: o.no },
          ],
          misses: 0,
        },
        o.regimeQuestion,
      );
    }
    if (!options.repeat && !options.noQuestion && !this.services.responder.style(this.context).cards) await this.offerDetails();
  }

  /** Text channels: the rest of the answer by number ("Répondez 1 pour les papiers…"). */
  private async offerDetails(): Promise<void> {
    const c = this.m.conversation;
    const choices = [
      { id: 'cost', label: c.smsCosts },
      { id: 'online', label: c.smsOnline },
      { id: 'sites', label: c.smsSites },
    ];
    this.state.pending = { kind: 'detail', choices, misses: 0 };
    const list = choices.map((choice, i) => fill(c.smsChoice, { number: i + 1, label: choice.label }));
    await this.say(fill(c.smsDetails, { choices: frenchList(list) }));
  }

  private async desk(procedure: Procedure): Promise<void> {
    const view = this.view(procedure);
    const partner = this.services.orientation.partner(this.partnerId(procedure));
    await this.say(
      deskText(view, partner, this.m.desk, this.m.answer.free, { msa: isMsaFor(procedure, this.state.regime), regimeKnown: this.state.regime !== 'unknown' }),
    );
    logAnswer(this.context, this.services, { intent: 'desk', procedure: procedure.id, partner: this.partnerId(procedure), unanswered: false });
  }

  /** The nearest France services to the commune, remembered with the sites shown. */
  private async showSites(commune: Commune): Promise<void> {
    this.state.commune = commune.insee;
    this.profile.commune = { insee: commune.insee, name: commune.name };
    const now = this.services.now();
    const nearby = this.services.orientation.nearbyServices({ lat: commune.lat, lon: commune.lon }, { limit: SITES_SHOWN, now });
    const m = this.m.location;
    if (nearby.fixed.length === 0 && nearby.mobile.length === 0) return this.say(m.noSite);
    this.state.sites = [...nearby.fixed, ...nearby.mobile].map((n) => n.site.id);
    this.state.site = nearby.fixed[0]?.site.id ?? nearby.mobile[0]?.site.id ?? null;
    logSites(this.context, this.services, { procedure: this.state.procedure, commune: commune.insee, sites: this.state.sites });
    if (commune.departement !== this.services.orientation.knowledge.sites.sites.find((s) => s.id === this.state.site)?.departement) {
      await this.say(fill(this.m.conversation.outsideOise, { commune: commune.name, departement: commune.departement }));
    }
    await this.services.responder.card(
      this.context,
      sitesCard(commune.name, nearby, m, this.m.hours, now),
      sitesText(commune.name, nearby, m, this.m.hours, now),
    );
  }

  private async sitesOrAsk(commune: Commune | null = this.commune()): Promise<void> {
    if (commune) return this.showSites(commune);
    await this.ask({ kind: 'commune', choices: [], misses: 0 }, this.m.location.ask);
  }

  /** The nearest France services (or the question of the commune), and the partner's line. */
  private async wayToPerson(): Promise<void> {
    const commune = this.commune();
    if (commune) await this.showSites(commune);
    const procedure = this.procedure();
    logHandover(this.context, this.services, {
      procedure: procedure?.id ?? null,
      partner: procedure ? this.partnerId(procedure) : null,
      commune: this.state.commune,
      sites: commune ? this.state.sites : [],
    });
    await this.partnerLine();
    if (!commune) await this.ask({ kind: 'commune', choices: [], misses: 0 }, this.m.conversation.humanAskCommune);
  }

  /** "Non": noted, and who handles the file then, with its website. */
  private async regimeNoWithPartner(procedure: Procedure): Promise<void> {
    const partner = this.services.orientation.partner(procedure.partner);
    const lines = [this.m.conversation.regimeNo];
    if (partner) lines.push(fill(this.m.conversation.regimeNoPartner, { partner: partner.name, website: partner.website }));
    await this.say(lines.join('\n'));
  }

  private async partnerLine(): Promise<void> {
    const procedure = this.procedure();
    if (!procedure) return;
    const view = this.view(procedure);
    const partner = this.services.orientation.partner(this.partnerId(procedure));
    const phone = view.phone ?? partner?.phone;
    if (phone) await this.say(fill(this.m.conversation.phoneLine, { partner: partner?.name ?? procedure.partner, phone: phone.number }));
  }

  // ——— sending ———

  private async say(text: string): Promise<void> {
    await this.services.responder.say(this.context, text);
  }

  private async ask(pending: PendingQuestion, question: string): Promise<void> {
    this.state.pending = pending;
    await this.services.responder.ask(
      this.context,
      question,
      pending.choices.map((c) => c.label),
    );
  }

  private async menu(lead: string, state: ConversationStateData = this.state): Promise<void> {
    state.pending = { kind: 'menu', choices: this.m.menu.map((label) => ({ id: label, label })), misses: 0 };
    await this.services.responder.menu(this.context, lead);
  }

  /** Our printable fiche: `${publicBaseUrl}/fiches/<id>?situation=<sid>&commune=<insee>`. */
  private printableUrl(id: string, situation: string | undefined, msa = false): string {
    const url = new URL(`fiches/${encodeURIComponent(id)}`, `${this.services.publicBaseUrl.replace(/\/+$/, '')}/`);
    if (situation) url.searchParams.set('situation', situation);
    if (msa) url.searchParams.set('regime', 'msa');
    if (this.state.commune) url.searchParams.set('commune', this.state.commune);
    return url.toString();
  }
}
