import levenshtein from 'damerau-levenshtein';
import type { TurnContext } from 'botbuilder';
import type { Commune } from '../src/knowledge/schemas/commune.js';
import type { Procedure } from '../src/knowledge/schemas/procedure.js';
import type { Site } from '../src/knowledge/schemas/site.js';
import type { ConversationStateData, PendingQuestion } from '../src/bot/conversationState.js';
import type { BotServices } from '../src/bot/services.js';
import { ficheUrl } from '../src/bot/ficheUrl.js';
import { fill } from '../src/bot/texts.js';
import type { UserProfile } from '../src/bot/state.js';
import type { Evidence } from '../src/orientation/conversation/evidence.js';
import type { ConversationReader } from '../src/orientation/conversation/reader.js';
import { isMsaFor, regimeView } from '../src/orientation/conversation/regimeView.js';
import { siteWithId } from '../src/orientation/location/index.js';
import { linesAbout } from '../src/orientation/conversation/inProcedure.js';
import { forSituation, type ProcedureView } from '../src/orientation/procedures/view.js';
import type { Analysis, CommuneLookup, Orientation } from '../src/orientation/types.js';
import { weekdays, type Weekday } from '../src/knowledge/schemas/common.js';
import { parisMoment } from '../src/orientation/hours/index.js';

/** What the conversation reads messages with, built once from the knowledge (dialogs/mainDialog.ts). */
export interface ConversationTools {
  reader: ConversationReader;
  /** A commune the core's lookup does not find: a cut name ("pont ste max"; "crepy" right after a place cue)… */
  prefixCommune(text: string, options?: { cued?: boolean }): Commune | null;
  /** …or a name typed alone with a typo ("noyonn"). */
  spellCommune(text: string, options?: { inSentence?: boolean }): Commune | null;
  /** Whether the message itself names a procedure (one of its keywords, a word few others use). */
  evidence: Evidence;
  /** The partners a message names ("et la caf ?", "et les impôts aussi ?"). */
  partnersNamed(text: string): Set<string>;
}

/** A procedure named with less confidence than this does not replace the one being discussed. */
export const SWITCH_CONFIDENCE = 0.35;
/** A message saying where someone lives has at most this many other words of its own ("pardon"). */
const PLACE_CONTEXT_WORDS = 1;
/** Runs of up to this many words of a message are looked up as a commune. */
const WINDOW = 5;
/** After a place cue, runs of up to this many words are read with typos. */
const SPELT_WORDS = 3;
/** Questions whose repetition is a loop. */
const REPEATABLE: readonly PendingQuestion['kind'][] = ['situation', 'regime', 'commune'];
/** Highest count of unreadable answers the state keeps (src/bot/conversationState.ts). */
const MAX_MISSES_STORED = 5;
/** A question about what a life event calls for elsewhere has at most this many words ("et les impôts, je dois les prévenir ?"). */
const RELATED_WORDS = 10;
/** A message this sure of a procedure it names in its own words asks for it, not for what the event calls for. */
const SURE_OWN = 0.8;
/** The procedures a clarifying question would offer. */
const CLARIFY_SHOWN = 4;
/** A procedure the context brings out must be read this surely… */
const CONTEXT_CONFIDENCE = 0.5;
/** …and this surely when the classifier would still ask between it and another. */
const CONTEXT_SURE = 0.8;
/** A procedure a message names that the classifier scores below this is weakly read. */
const WEAK_OTHER = 0.4;
/** Up to this many words, a question may be about a detail of the procedure discussed (as in followUps.ts). */
const DETAIL_QUESTION = 14;
/** When a message changes the regime, the current procedure stays if it scores this much… */
const STILL_CANDIDATE = 0.4;
/** …unless the other procedure is this sure. */
const SURE_SWITCH = 0.7;

/**
 * One turn of the conversation: the message, what the core read in it, the typed state it reads and
 * writes, and the accessors every part of the turn shares (the current procedure, commune and site, how
 * the procedure reads for this person, sending). The parts of the turn (commands, pending answers,
 * follow-ups, new requests, answers) are functions over it.
 */
export class Turn {
  analysis!: Analysis;
  text = '';
  /** The message changed what we know of the regime ("oui je suis exploitant agricole"). */
  regimeChanged = false;
  /** The message was read in the context of the procedure discussed: one follow-up, not several needs. */
  readInContext = false;
  /** The message read with the discussed procedure's first keyword before it, when `inContext` read it so. */
  contextRead: Analysis | null = null;
  /** The question pending when the turn began. */
  private readonly pendingBefore: PendingQuestion | null;
  /** Whether the last answer gave a day's hours, at one site or at each site shown (set again by this turn's answer). */
  readonly hoursBefore: ConversationStateData['hoursAsked'];
  /** The user wrote before in this conversation ("ah non c pour mon pere il habite chaumont"). */
  readonly underWay: boolean;
  /** 15 / 112 were shown at the previous message. */
  readonly emergencyBefore: boolean;
  /** The procedure discussed when the turn began. */
  readonly procedureBefore: string | null;

  constructor(
    readonly services: BotServices,
    readonly tools: ConversationTools,
    readonly context: TurnContext,
    readonly state: ConversationStateData,
    readonly profile: UserProfile,
  ) {
    this.pendingBefore = state.pending;
    this.procedureBefore = state.procedure;
    this.hoursBefore = state.hoursAsked;
    state.hoursAsked = null;
    this.underWay = state.underWay;
    state.underWay = true;
    this.emergencyBefore = state.emergency;
    state.emergency = false;
    if (state.regime === 'unknown' && profile.regime) state.regime = profile.regime === 'msa' ? 'msa' : 'no';
    if (!state.commune && profile.commune) state.commune = profile.commune.insee;
  }

  /** The conversation's reader, remembering what it read during this turn only. */
  get reader(): ConversationReader {
    return (this.turnReader ??= this.tools.reader.forTurn());
  }
  private turnReader: ConversationReader | undefined;

  /** The texts in the conversation's language. */
  get m() {
    return this.services.texts(this.state.language);
  }

  get agent(): boolean {
    return this.state.mode === 'agent';
  }

  // ——— the person ———

  setRegime(regime: 'msa' | 'no'): void {
    this.state.regime = regime;
    this.profile.regime = regime === 'msa' ? 'msa' : 'general';
  }

  rememberCommune(location: CommuneLookup | null): Commune | null {
    const commune = this.resolve(location);
    if (!commune) return null;
    this.state.commune = commune.insee;
    this.profile.commune = { insee: commune.insee, name: commune.name };
    return commune;
  }

  /** A found commune, or among homonyms ("60400", "crepy en valoi") the one of our département. */
  resolve(location: CommuneLookup | null): Commune | null {
    if (location?.status === 'found') return location.commune;
    if (location?.status === 'ambiguous') return location.candidates.find((c) => c.departement === this.services.departement) ?? null;
    return null;
  }

  /**
   * A commune typed as a query ("sites nogent sur oize", "jsuis a grandviliers", "pont ste max"): the
   * commune the message names, the whole query, then its last or first words; parts of the query only
   * count for a commune of our département, so that an ordinary word never becomes a place far away.
   * `alone`: the query is meant to be a commune (a command's argument, the answer to "which commune?"),
   * so a name with a typo counts too ("sites clermon", "noyonn"); `place`: the message asks about a place
   * ("quelqu'un peut m'aider ? j'habite a montatair"), so one long word with a typo counts.
   */
  findCommune(query: string, options: { alone?: boolean; place?: boolean; cued?: boolean } = {}): Commune | null {
    const { orientation, departement } = this.services;
    const inDepartement = (lookup: CommuneLookup): Commune | null =>
      lookup.status === 'found'
        ? lookup.commune.departement === departement
          ? lookup.commune
          : null
        : lookup.status === 'ambiguous'
          ? (lookup.candidates.find((c) => c.departement === departement) ?? null)
          : null;
    const fromMessage = this.locate(query);
    const whole = orientation.lookupCommune(query);
    const home = (fromMessage && inDepartement(fromMessage)) ?? inDepartement(whole);
    if (home) return home;
    const afterCue = this.afterPlaceCue(query, inDepartement);
    if (afterCue || options.cued) return afterCue;
    // Every run of up to WINDOW words, longest first ("y a une france services vers ribecourt ? je ne conduis pas").
    const words = query
      .split(/[\s,;:!?.()]+/)
      .map((w) => w.trim())
      .filter(Boolean);
    const parts = [words.join(' ')];
    for (let size = Math.min(WINDOW, words.length); size >= 1; size--)
      for (let i = 0; i + size <= words.length; i++) parts.push(words.slice(i, i + size).join(' '));
    const candidates = [...new Set(parts)].filter((p) => p.replace(/[^\p{L}\d]/gu, '').length >= 4);
    for (const part of candidates) {
      const found = inDepartement(orientation.lookupCommune(part)) ?? this.tools.prefixCommune(part);
      if (found) return found;
    }
    // A name with a typo: the whole query when it is meant to be a commune, else a long word of a question about a place.
    const spelt = options.alone ? candidates : options.place ? candidates.filter((p) => !p.includes(' ')) : [];
    for (const part of spelt) {
      const found = this.tools.spellCommune(part, { inSentence: !options.alone });
      if (found) return found;
    }
    if (fromMessage?.status === 'found') return fromMessage.commune;
    return whole.status === 'found' ? whole.commune : null;
  }

  /**
   * The commune of our département right after a place cue ("j'habite a beauvai", "il habite a bretueil",
   * "près de crepy"): the longest run of words that names one, cut short or with a typo.
   */
  afterPlaceCue(query: string, inDepartement: (lookup: CommuneLookup) => Commune | null): Commune | null {
    const { orientation } = this.services;
    for (const after of this.reader.afterPlaceCues(query, WINDOW)) {
      for (let size = after.length; size >= 1; size--) {
        const part = after.slice(0, size).join(' ');
        if (part.replace(/[^a-z]/g, '').length < 4) continue;
        const found =
          inDepartement(orientation.lookupCommune(part)) ??
          this.tools.prefixCommune(part, { cued: true }) ??
          (size <= SPELT_WORDS ? this.tools.spellCommune(part) : null);
        if (found) return found;
      }
    }
    return null;
  }

  /**
   * The commune a message names: the core's, except that a commune of our département named after a place
   * cue with a close spelling beats a far-away one ("jhabite resson sur matz": Ressons-sur-Matz, not Resson
   * in the Meuse).
   */
  communeOfMessage(): CommuneLookup | null {
    const location = this.analysis.location;
    const far = location?.status === 'found' ? [location.commune] : location?.status === 'ambiguous' ? location.candidates : [];
    if (far.length === 0 || far.some((c) => c.departement === this.services.departement)) return location;
    const near = this.findCommune(this.text, { cued: true });
    const first = (name: string) => this.reader.simple(name).split(' ')[0] ?? '';
    const close = (a: string, b: string) => a.startsWith(b) || b.startsWith(a) || levenshtein(a, b).steps <= 1;
    return near && far.some((c) => close(first(c.name), first(near.name))) ? { status: 'found', commune: near } : location;
  }

  /** The commune a text names (the core's `locate`), read once per turn; the message's is the one its analysis found. */
  locate(query: string): CommuneLookup | null {
    if (!this.located.has(query)) this.located.set(query, this.services.orientation.locate(query));
    return this.located.get(query) ?? null;
  }
  private readonly located = new Map<string, CommuneLookup | null>();

  /**
   * The core reading the parts of the message (several needs, alternatives), each part once per turn:
   * a turn may look for several needs twice (a feeling's event, then the new request).
   */
  get parts(): Pick<Orientation, 'understand' | 'procedure'> {
    if (!this.partReader) {
      const { orientation } = this.services;
      const read = new Map<string, Analysis>();
      this.partReader = {
        understand: (text) => {
          let found = read.get(text);
          if (!found) read.set(text, (found = orientation.understand(text)));
          return found;
        },
        procedure: (id) => orientation.procedure(id),
      };
    }
    return this.partReader;
  }
  private partReader: Pick<Orientation, 'understand' | 'procedure'> | undefined;

  /** The message's own analysis (read alone, before any context): its place is the one `locate` gives for it. */
  setMessageAnalysis(alone: Analysis): void {
    this.located.set(this.text, alone.location);
    this.alone = alone;
  }
  /** The message's own analysis, before the procedure discussed colours it (`inContext`); null before it is read. */
  alone: Analysis | null = null;

  /**
   * The message says no more than a place, for someone ("ah non pardon c pour mon pere il habite chaumont en
   * vexin"): besides the commune, the words that go with a place, function words and relatives, at most one word.
   */
  onlyPlace(commune: Commune): boolean {
    const relatives = new Set(this.services.orientation.knowledge.lexicon.regime.relatives.map((w) => this.reader.simple(w)));
    // The name as typed may be cut or misspelt ("il habite à bretueil").
    const name = this.reader.simple(commune.name).split(' ');
    const spelt = (w: string) => w.length >= 4 && name.some((n) => n.startsWith(w) || levenshtein(w, n).steps <= 2);
    const rest = this.reader.besidesPlace(this.text, commune.name).filter((w) => !this.reader.stopword(w) && !relatives.has(w) && !spelt(w));
    return rest.length <= PLACE_CONTEXT_WORDS;
  }

  commune(): Commune | null {
    if (!this.state.commune) return null;
    const lookup = this.services.orientation.lookupCommune(`insee:${this.state.commune}`);
    return lookup.status === 'found' ? lookup.commune : null;
  }

  // ——— the procedure ———

  /** The procedure this message names instead of the one discussed, when it is sure enough to switch. */
  newProcedure(): Procedure | null {
    const { analysis } = this;
    if (analysis.intent !== 'procedure' || analysis.clarify || analysis.confidence < SWITCH_CONFIDENCE) return null;
    const procedure = this.procedureOf(analysis);
    if (!procedure || procedure.id === this.state.procedure) return null;
    // "nan jsuis pas agriculteur jsuis au chomage depuis 2 ans" to the MSA or situation question: what the
    // person says of themself is context for the procedure asked about, unless the message also asks.
    if (this.answersAboutSelf()) return null;
    // "non je suis pas agricultrice, je suis aide-soignante": about the person, not another procedure.
    const stillCandidate = analysis.alternatives.some((a) => a.id === this.state.procedure && a.score >= STILL_CANDIDATE);
    if (this.regimeChanged && (analysis.aboutPersonOnly || stillCandidate || analysis.confidence < SURE_SWITCH)) return null;
    return procedure;
  }

  /**
   * The message answers the pending situation or MSA question by telling of the person ("jsuis pas
   * agriculteur, jsuis au chomage", "j'étais maçon toute ma vie") and asks nothing else.
   */
  answersAboutSelf(): boolean {
    const kind = this.pendingBefore?.kind;
    if (kind !== 'situation' && kind !== 'regime') return false;
    return (this.regimeChanged || this.reader.tellsSelf(this.text)) && !this.reader.asks(this.text);
  }

  /**
   * The message read in the context of the procedure being discussed, when it is ambiguous: read with the
   * procedure's first keyword before it, it names a third procedure ("il avait sa retraite à la Carsat,
   * j'ai droit à quelque chose ?" after a death: the survivor's pension), or the procedure being
   * discussed while nothing in the message names the one it was read as (a weak new classification).
   * What the message says of the person and the place stays as read alone.
   */
  inContext(alone: Analysis): Analysis {
    const current = this.procedure();
    const cue = current?.keywords[0];
    if (!current || !cue || alone.intent !== 'procedure' || !alone.procedure || alone.procedure.id === current.id) return alone;
    const read = this.services.orientation.analyze(`${cue} ${alone.text}`);
    if (read.intent !== 'procedure' || !read.procedure) return alone;
    this.contextRead = read;
    const third =
      (!read.clarify || read.confidence >= CONTEXT_SURE) &&
      read.procedure.id !== current.id &&
      read.procedure.id !== alone.procedure.id &&
      read.confidence >= CONTEXT_CONFIDENCE;
    // The classifier unsure between others ("c'est à quelle période ?"), or sure of one the message does not name.
    const named = (alone.clarify ? alone.alternatives.slice(0, CLARIFY_SHOWN) : [alone.procedure]).some((p) => this.tools.evidence(alone.text, p.id));
    // Named, it still stays when the procedure's own texts answer the short question ("c'est à quelle période ?"
    // during the tax return: "période" is a word of the career statement, and of the tax return's summary).
    // (Only when the other is weakly read: "pour la carte grise c'est payant ?" names the carte grise for sure.)
    const weak = (alone.alternatives[0]?.score ?? 0) < WEAK_OTHER;
    // Not named but read surely ("pour la garde on est d'accord, il faut passer devant un juge ?" during the tax rate
    // after a separation: the separation), it is a request of its own.
    const unsure = alone.clarify || alone.confidence < SURE_OWN;
    const stays = read.procedure.id === current.id && ((!named && unsure) || (weak && this.answeredBy(current, alone.text)));
    if (!third && !stays) return alone;
    this.readInContext = true;
    const { intent, procedure, partner, confidence, alternatives, situation } = read;
    // The context settles it: no question between procedures.
    return { ...alone, intent, procedure, partner, confidence, clarify: false, alternatives, situation, needs: undefined };
  }

  /**
   * Another procedure the message names once read in the context of the one discussed, with less certainty
   * than `inContext` asks for a switch on its own ("et sa retraite il faut prévenir qui ?" during a death:
   * the survivor's pension), for a message that asks instead of answering the pending question.
   */
  contextProcedure(): Procedure | null {
    const read = this.contextRead;
    if (!read?.procedure || read.procedure.id === this.state.procedure || read.confidence < CONTEXT_CONFIDENCE) return null;
    return this.procedureOf(read);
  }

  /** A short question, not about something else ("et pour…"), that lines of the procedure's texts answer. */
  private answeredBy(procedure: Procedure, text: string): boolean {
    if (this.reader.elliptic(text) || this.reader.length(text) > DETAIL_QUESTION) return false;
    return linesAbout(this.reader.simple(text).split(' '), this.view(procedure), this.reader.simple, this.reader.stopword).length > 0;
  }

  procedureOf(analysis: Analysis): Procedure | null {
    return analysis.procedure ? (this.services.orientation.procedure(analysis.procedure.id) ?? null) : null;
  }

  procedure(): Procedure | null {
    return this.state.procedure ? (this.services.orientation.procedure(this.state.procedure) ?? null) : null;
  }

  /**
   * What the life event discussed calls for at another partner, named by a short question ("et les impôts
   * aussi ?", "et la caf je dois la prévenir ?" after a job loss: the tax rate, the CAF's change of
   * situation), with the situation of the event; null when the message asks nothing of the kind, or clearly
   * names another procedure in its own words.
   */
  relatedProcedure(alone: Analysis): { procedure: Procedure; situation: string | null; event: string } | null {
    const current = this.procedure();
    if (!current) return null;
    const event = this.state.event ?? current.id;
    const related = this.services.orientation.knowledge.conversation.related;
    const entries = [...(related[event] ?? []), ...(event === current.id ? [] : (related[current.id] ?? []))]
      .map((entry) => {
        const [id = '', situation] = entry.split('#');
        return { id, situation: situation ?? null };
      })
      .filter((e) => e.id !== current.id);
    if (entries.length === 0 || this.reader.length(this.text) > RELATED_WORDS) return null;
    if (!this.reader.question(this.text) && !this.reader.elliptic(this.text)) return null;
    // Named by its partner, another than the one of the procedure discussed ("et les impôts aussi ?").
    const named = this.tools.partnersNamed(this.text);
    const found = entries.find((e) => {
      const partner = this.services.orientation.procedure(e.id)?.partner;
      return !!partner && partner !== current.partner && named.has(partner);
    });
    // A procedure the message names in its own words, sure, stays a request of its own ("et les impôts, pour ma
    // déclaration de revenus ?"), unless it belongs to no partner named: "et les impôts, je dois les prévenir ?"
    // names the tax office, not the change of address that "prévenir" also describes.
    const own = alone.intent === 'procedure' && alone.procedure && !alone.clarify && alone.confidence >= SURE_OWN ? alone.procedure.id : null;
    const ownPartner = own ? this.services.orientation.procedure(own)?.partner : undefined;
    const ownStands = !found || (!!ownPartner && named.has(ownPartner));
    if (own && ownStands && !entries.some((e) => e.id === own) && this.tools.evidence(this.text, own)) return null;
    const procedure = found ? this.services.orientation.procedure(found.id) : undefined;
    return found && procedure ? { procedure, situation: found.situation, event } : null;
  }

  setProcedure(procedure: Procedure, options: { event?: string } = {}): void {
    // A procedure the life event under discussion calls for, or another of the same partner, keeps the event
    // ("j'ai perdu mon emploi", then "et la caf, j'ai droit au RSA ?", then "et les impôts ?": the job loss's tax rate).
    const event = this.state.event ?? this.state.procedure;
    const related = event ? this.services.orientation.knowledge.conversation.related[event] : undefined;
    const partnerOf = (entry: string) => this.services.orientation.procedure(entry.split('#')[0] ?? '')?.partner;
    const sameEvent = event !== procedure.id && !!related?.some((entry) => entry.split('#')[0] === procedure.id || partnerOf(entry) === procedure.partner);
    this.state.event = options.event ?? (sameEvent ? event : null);
    if (this.state.procedure !== procedure.id) {
      this.state.situation = null;
      this.state.topic = null;
    }
    this.state.procedure = procedure.id;
    this.state.needs = this.state.needs.filter((n) => n !== procedure.id);
  }

  partnerId(procedure: Procedure): string {
    return isMsaFor(procedure, this.state.regime) ? 'msa' : procedure.partner;
  }

  /** The procedure as this person reads it today: dated figures, the MSA's version, no other regime's contacts. */
  view(procedure: Procedure): ProcedureView {
    const { orientation } = this.services;
    const msa = isMsaFor(procedure, this.state.regime);
    // A person who said they are not at the MSA is never sent there: the MSA mentions of the texts are left out.
    const shown = orientation.procedureView(procedure.id, {
      regime: msa ? 'msa' : 'general',
      msaMentions: this.state.regime !== 'no',
      now: this.services.now(),
      language: this.state.language,
    })!;
    // Only the costs and figures of the situation in question (declared in the knowledge).
    const mine = { ...shown, ...forSituation(shown, this.state.procedure === procedure.id ? this.state.situation : null) };
    return regimeView({ ...mine, msaAlternative: procedure.msaAlternative }, this.state.regime, orientation.partner(procedure.partner, this.state.language));
  }

  /** The procedure's title in the conversation's language (French when it has no version in it). */
  title(procedure: Procedure): string {
    return this.services.orientation.procedureIn(procedure.id, this.state.language)?.procedure.title ?? procedure.title;
  }

  /** False when the conversation's language is not French and the procedure has no version in it yet (French texts then). */
  inLanguage(procedure: Procedure): boolean {
    return this.services.orientation.procedureIn(procedure.id, this.state.language)?.inLanguage ?? true;
  }

  /** Our printable fiche: `${publicBaseUrl}/fiches/<id>?situation=<sid>&commune=<insee>` (`&lang=en` in English, `&regime=msa|no`). */
  printableUrl(id: string, situation: string | undefined, msa = false): string {
    const params: [string, string][] = [];
    if (this.state.language !== 'fr' && this.services.orientation.procedureIn(id, this.state.language)?.inLanguage) params.push(['lang', this.state.language]);
    if (situation) params.push(['situation', situation]);
    if (msa) params.push(['regime', 'msa']);
    else if (this.state.regime === 'no') params.push(['regime', 'no']);
    if (this.state.commune) params.push(['commune', this.state.commune]);
    return ficheUrl(this.services.publicBaseUrl, id, params);
  }

  // ——— the sites ———

  /**
   * The weekday the message asks about: one it names ("le samedi"), or one said from today ("demain") when
   * it asks for hours or follows a day's hours ("et demain ?"); null when none.
   */
  day(): Weekday | null {
    const named = this.reader.weekday(this.text);
    if (named) return named;
    const offset = this.reader.relativeDay(this.text);
    if (offset === null || (!this.hoursBefore && !this.reader.topics(this.text).includes('hours'))) return null;
    const today = parisMoment(this.services.now());
    return weekdays[(weekdays.indexOf(today.weekday) + offset) % weekdays.length] ?? null;
  }

  /**
   * The site in question: the one singled out, else the one of the commune asked about among those shown
   * ("france services senlis": Senlis's own bus, though a site of Creil is nearer), else the nearest.
   */
  site(): Site | null {
    const id = this.state.site ?? this.siteOfCommune()?.id ?? this.state.sites[0];
    return id ? (this.siteById(id) ?? null) : null;
  }

  /** Among the sites shown, the first one of the commune remembered (a fixed one before a bus); null when none. */
  private siteOfCommune(): Site | null {
    if (!this.state.commune) return null;
    const shown = this.state.sites.map((id) => this.siteById(id)).filter((s): s is Site => s?.insee === this.state.commune);
    return shown.find((s) => !s.mobile) ?? shown[0] ?? null;
  }

  siteById(id: string): Site | undefined {
    return siteWithId(this.services.orientation.knowledge.sites.sites, id);
  }

  // ——— sending ———

  async say(text: string): Promise<void> {
    await this.services.responder.say(this.context, text);
  }

  /** The question in other words, for a question asked again ("Je ne reconnais pas cette commune…"). */
  againText(kind: PendingQuestion['kind']): string {
    const c = this.m.conversation;
    const procedure = this.procedure();
    const general = procedure ? (this.services.orientation.partner(procedure.partner, this.state.language)?.name ?? procedure.partner) : '';
    if (kind === 'situation') return c.situationAgain;
    if (kind === 'regime') return fill(c.regimeAgain, { partner: general });
    if (kind === 'commune') return c.communeAgain;
    return c.choiceAgain;
  }

  /**
   * Asks a question and waits for its answer. The same question is never asked twice in a row: asked
   * again right after itself (a commune, a situation, the MSA), it comes in other words. `reworded`: the
   * question is already in other words (the valid numbers after an out-of-range one).
   */
  async ask(pending: PendingQuestion, question: string, options: { reworded?: boolean } = {}): Promise<void> {
    const before = this.pendingBefore;
    if (!options.reworded && before && before.kind === pending.kind && pending.misses === 0 && REPEATABLE.includes(pending.kind)) {
      pending = { ...pending, misses: Math.min(before.misses + 1, MAX_MISSES_STORED) };
      question = this.againText(pending.kind);
    }
    this.state.pending = pending;
    await this.services.responder.ask(
      this.context,
      question,
      pending.choices.map((c) => c.label),
    );
  }

  async menu(lead: string, state: ConversationStateData = this.state): Promise<void> {
    state.pending = { kind: 'menu', choices: this.m.menu.map((label) => ({ id: label, label })), misses: 0 };
    await this.services.responder.menu(this.context, lead);
  }
}
