/**
 * Shared types of the orientation core. The core never imports botbuilder:
 * the bot, the CLI and the scripts all call it through these types.
 */
import type { Commune } from '../knowledge/schemas/commune.js';
import type { Knowledge } from '../knowledge/load.js';
import type { Partner } from '../knowledge/schemas/partner.js';
import type { Language } from '../knowledge/schemas/languages.js';
import type { Procedure } from '../knowledge/schemas/procedure.js';
import type { LanguageChoice } from './language/index.js';
import type { Weekday } from '../knowledge/schemas/common.js';
import type { Site } from '../knowledge/schemas/site.js';
import type { ProcedureView, ProcedureViewOptions } from './procedures/view.js';

export type Intent = 'procedure' | 'greeting' | 'thanks' | 'help' | 'out_of_scope';

export interface ProcedureRef {
  id: string;
  title: string;
  /** Partner id from the knowledge (before regime adjustment). */
  partner: string;
}

export interface ScoredProcedure {
  id: string;
  /** Relevance in [0, 1]. */
  score: number;
}

/** Kinds of personal data the assistant never needs (see src/orientation/privacy). */
export type PersonalDataKind = 'nir' | 'tax-number' | 'iban' | 'bank-card' | 'email' | 'phone' | 'name' | 'address' | 'birth-date' | 'credential';

/** What the core understood of one message. */
export interface Analysis {
  text: string;
  intent: Intent;
  /** Best procedure, null when the intent is not `procedure`. */
  procedure: ProcedureRef | null;
  /** Partner that handles it for this person: "msa" when the regime is agricultural and the procedure allows it. */
  partner: string | null;
  /** Confidence of the best procedure, in [0, 1]. */
  confidence: number;
  /** True when 2–4 procedures are too close to choose: ask the user. */
  clarify: boolean;
  /** Ranked candidates, best first, the best included. */
  alternatives: ScoredProcedure[];
  /**
   * Present only when the message clearly asks for several procedures ("carte grise et APL"):
   * their ids, `procedure` first, each one asked by a part of the message on its own
   * ("comment…", "je voudrais…", a question). `clarify` is then false.
   */
  needs?: string[];
  /** "msa" when the message says the person is a farmer, farm employee or MSA-affiliated. */
  regime: 'msa' | null;
  /** True when the message denies every regime cue it has ("non je suis pas agricultrice"): not in the MSA. */
  regimeDenied?: boolean;
  /**
   * True when the message only says who the person is (their regime, their own job) and asks nothing: "non je suis
   * pas agricultrice, je suis aide-soignante en ehpad" answers a question, it is no request for the APA.
   */
  aboutPersonOnly?: boolean;
  /**
   * True when the message names a topic no public service handles (knowledge/intents.yaml `outOfScope` cues: a
   * train, a bus timetable, a taxi…), whatever else it names: with towns, it asks about them, not their France services.
   */
  outOfScopeTopic?: boolean;
  /** Id of the procedure's situation the message clearly describes ("perdu" → loss), null when unclear. */
  situation: string | null;
  /** Commune mentioned in the message, if any. */
  location: CommuneLookup | null;
  /** Personal data found in the message (never stored). */
  personalData: PersonalDataKind[];
}

export type CommuneLookup =
  { status: 'found'; commune: Commune } | { status: 'ambiguous'; query: string; candidates: Commune[] } | { status: 'unknown'; query: string };

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface OpeningStatus {
  openNow: boolean;
  /** "HH:MM" Europe/Paris when open now. */
  closesAt: string | null;
  /** Next time it opens (after now), within the next 14 days. */
  nextOpening: {
    /** YYYY-MM-DD, Europe/Paris. */
    date: string;
    weekday: Weekday;
    /** HH:MM, Europe/Paris. */
    time: string;
    /** Where, when the service is held elsewhere that day (e.g. "Mairie de Guiscard"). */
    place?: string;
  } | null;
  /** True when today is a public holiday. */
  holidayToday: boolean;
}

export interface NearbySite {
  site: Site;
  distanceKm: number;
  /** Estimated car travel time, conservative (see src/orientation/location/travelTime.ts). */
  travelMinutes: number;
  within30: boolean;
  /** Bus or roaming service: the address is a home base. */
  mobile: boolean;
  /** Principal site of the structure, for antennas. */
  parent?: Site;
  opening: OpeningStatus;
}

/** Fixed sites nearest first, and buses serving the area listed apart. */
export interface NearbyServices {
  fixed: NearbySite[];
  mobile: NearbySite[];
  /** Date of the official list the sites come from (ISO), shown to users ("liste officielle du …"). */
  sourceDate?: string;
}

/**
 * The core's facade, built once at start-up by `createOrientation(knowledge)` (src/orientation/index.ts).
 * Every method is synchronous and pure apart from reading the clock when `now` is omitted.
 */
export interface Orientation {
  readonly knowledge: Knowledge;
  /** Understands one message; `regime` is what the user answered to "are you MSA-affiliated?". */
  analyze(text: string, context?: { regime?: 'msa' | 'general' }): Analysis;
  /**
   * What a part of a message asks, as `analyze` reads it (intent, procedure, confidence, alternatives,
   * regime), without looking for its place or its situation (`location` and `situation` null): for the
   * parts of a message the conversation reads on their own (several needs, alternatives).
   */
  understand(text: string): Analysis;
  /** The commune a message names, as `analyze(text).location` finds it, without understanding the rest of the message. */
  locate(text: string): CommuneLookup | null;
  /** The situation of procedure `procedureId` that `text` clearly describes, null when unclear (see Analysis.situation). */
  situationOf(text: string, procedureId: string): string | null;
  procedure(id: string): Procedure | undefined;
  /**
   * The procedure as this person sees it today: figures filled in and dated (an expired one is said
   * to be past, with where to check), and the MSA member's version when `regime` is "msa".
   */
  procedureView(id: string, options?: ProcedureViewOptions): ProcedureView | undefined;
  /** The procedure's texts in `language`; `inLanguage` is false when it has no version in that language yet (French texts then). */
  procedureIn(id: string, language: Language): { procedure: Procedure; inLanguage: boolean } | undefined;
  /** The language to answer this message in, given the conversation's language so far. */
  language(text: string, current: Language): LanguageChoice;
  /** The partner, with its English texts when `language` is English (knowledge/partners.en.yaml). */
  partner(id: string, language?: Language): Partner | undefined;
  /** Explicit commune query: a name, a 5-digit postal code or "insee:CODE". */
  lookupCommune(query: string): CommuneLookup;
  /** Sites nearest first (exact great-circle order); fixed sites and mobile services together, `mobile` flags buses. */
  nearestSites(point: GeoPoint, options?: { limit?: number; now?: Date }): NearbySite[];
  /** The nearest fixed sites (`limit`), and apart from them the buses whose base is within 30 minutes. */
  nearbyServices(point: GeoPoint, options?: { limit?: number; now?: Date }): NearbyServices;
}
