import { z } from 'zod';
import { frenchText } from './common.js';

/** A sentence said by the bot; `{name}` placeholders are filled at run time. */
const say = frenchText;
/** Words a user types or clicks for a command, compared case- and accent-insensitively. */
const words = z.array(frenchText).min(1);

/** Every text the bot says (knowledge/messages.yaml), so that wording changes need no code change. */
export const messagesSchema = z.object({
  welcome: z.object({
    /** Who the assistant is: automatic, not a human, from the préfecture de l'Oise. */
    intro: say,
    /** What it can do, in one or two sentences. */
    canDo: say,
    /** What it cannot do (no legal or medical advice). */
    limits: say,
    /** Never send personal numbers. */
    privacy: say,
    /** Invitation before the quick choices. */
    prompt: say,
  }),
  /** Quick choices offered with the welcome, the help and the greeting: labels sent as typed text. */
  menu: z.array(say).min(3).max(4),
  /** Words understood as commands, even in the middle of a question. */
  commands: z.object({
    help: words,
    reset: words,
    findSite: words,
    other: words,
    /** After an answer for a situation guessed from the message: see the other situations. */
    otherSituation: words,
    /** Words around a commune name that only say where the user lives ("j'habite à"): nearest sites, no procedure. */
    livesIn: words,
    feedbackYes: words,
    feedbackNo: words,
    desk: frenchText,
  }),
  replies: z.object({
    help: say,
    greeting: say,
    thanks: say,
    outOfScope: say,
    notUnderstood: say,
    reset: say,
    otherThing: say,
    error: say,
  }),
  input: z.object({
    empty: say,
    attachmentOnly: say,
    /** {max}: number of characters read. */
    truncated: say,
    unknownChoice: say,
    /** After a numbered list, on text-only channels. */
    numberHint: say,
  }),
  privacy: z.object({
    /** {found}: the kinds of data found, e.g. "votre numéro de sécurité sociale". */
    warning: say,
    kinds: z.object({ nir: say, 'tax-number': say, iban: say, 'bank-card': say, email: say, phone: say, name: say, address: say, 'birth-date': say, credential: say }),
  }),
  orientation: z.object({
    clarify: say,
    regimeQuestion: say,
    /** Before the answer card again, with the MSA as partner, after "Oui". */
    regimeMsa: say,
    yes: say,
    no: say,
    situationQuestion: say,
    /** Choice label offered after an answer for a guessed situation. */
    otherSituation: say,
  }),
  answer: z.object({
    partner: say,
    msaNote: say,
    website: say,
    phone: say,
    online: say,
    /** {situation}: the situation label. */
    documents: say,
    documentsAll: say,
    costs: say,
    free: say,
    agentCan: say,
    elsewhere: say,
    officialFiche: say,
    printableFiche: say,
    findSite: say,
  }),
  feedback: z.object({ question: say, yes: say, no: say, thanksYes: say, thanksNo: say }),
  /** The conversation's language (knowledge/languages.yaml says how a user asks for one). */
  language: z.object({
    /** After "in English please" / "en français svp". */
    switched: say,
    /** Before a procedure that has no version in this language yet (its texts are then in French). */
    notTranslated: say,
    /** The word before the last item of a list ("a, b et c"). */
    and: say,
  }),
  location: z.object({
    ask: say,
    /** {query} */
    ambiguous: say,
    /** {query} */
    unknown: say,
    giveUp: say,
    /** {commune} */
    header: say,
    /** {km}, {minutes} */
    distance: say,
    far: say,
    appointment: say,
    /** The opposite of `appointment`, on the printable fiche and in the CLI. */
    noAppointment: say,
    /** {phone} */
    phone: say,
    /** {phone}: a charged number (08 1x, 08 2x, 08 9x), never shown without saying so. */
    phoneCharged: say,
    /** The site's hours come from our reading of the data, not from the site. */
    hoursToConfirm: say,
    /** {date}: date of the official list of France services the sites come from. */
    sourceDate: say,
    /** {email} */
    email: say,
    map: say,
    mobile: say,
    mobileHeader: say,
    /** {name}: principal site of an antenna. */
    antennaOf: say,
    noSite: say,
  }),
  desk: z.object({
    /** {query} */
    notFound: say,
    usage: say,
    partner: say,
    documents: say,
    costs: say,
    online: say,
    msa: say,
    /** {ids} */
    alsoSee: say,
    /** Label of what the agent does first (the procedure's first "agentCan"). */
    first: say,
    /** Heading of the key papers, one line per situation, in a short desk answer. */
    keyPapers: say,
    /** The desk answer of a procedure with no online service. */
    notOnline: say,
    /** {title}, {partner}, {id}: one need of several at the desk, with the command of its fiche. */
    needLine: say,
    /** The one line of a short desk answer that says how to get the full lists and details. */
    more: say,
  }),
  /** The conversation around an answer: questions asked again, follow-ups, ways to a person. */
  conversation: z.object({
    situationAgain: say,
    /** {partner}: the usual partner of the procedure. */
    regimeAgain: say,
    communeAgain: say,
    choiceAgain: say,
    /** {max} */
    outOfRange: say,
    giveUp: say,
    regimeNo: say,
    regimeNoted: say,
    /** The same at the desk (Teams): the regime is the usager's, read from the agent's message, told neutrally. */
    regimeNotedDesk: say,
    regimeNoDesk: say,
    /** {partner}, {website} */
    regimeNoPartner: say,
    /** {title} */
    costs: say,
    free: say,
    /** {title} */
    online: say,
    notOnline: say,
    elsewhere: say,
    /** {situation} */
    documents: say,
    documentsAll: say,
    whatNext: say,
    /** {partner}, {phone} */
    phoneLine: say,
    /** "contact impôts ?": a partner's phone line and website. */
    partnerContact: say,
    /** The same for a partner without a national line. */
    partnerContactOnline: say,
    human: say,
    humanAskCommune: say,
    /** {site}: a site's name as the subject of a sentence ("La France services de Noyon"). */
    siteSubject: say,
    /** {site} (a subject), {day} (a weekday or a part of one), {hours} (spans: "de 9 h à 12 h et de 14 h à 17 h") */
    siteDayOpen: say,
    /** {site} (a subject), {day} */
    siteDayClosed: say,
    /** {site} (a subject), {day}, {next} (a weekday), {time}: closed then, and the next weekly opening. */
    siteDayClosedNext: say,
    siteDayOtherPart: say,
    /** {day}, {part} (morning or afternoon): "vendredi matin", "Friday morning". */
    dayPart: say,
    /** {day}: none of the sites shown is open then. */
    sitesNoneOpen: say,
    /** {site} (a name), {km}, {minutes}, {address}: the nearest of the sites shown. */
    siteNearest: say,
    /** {day}, {place} */
    siteDayPlace: say,
    morning: say,
    afternoon: say,
    /** {site} */
    siteWeek: say,
    /** {site}, {phone} */
    siteAppointment: say,
    siteAppointmentNoPhone: say,
    siteNoAppointment: say,
    /** {site}, {note}: the site also receives without an appointment but its published note advises one. */
    siteNoAppointmentNote: say,
    /** {site}, {note}: the site's published note on appointments. */
    siteAppointmentNote: say,
    /** {phone} */
    siteAppointmentCall: say,
    /** {site}, {address} */
    siteAddress: say,
    /** After a bus's address: it is where the bus starts from, not a stop. */
    siteBusAddress: say,
    /** {site}, {phone} */
    sitePhone: say,
    siteNoPhone: say,
    /** {site}, {phone} */
    siteMobile: say,
    siteNoneShown: say,
    noMoreSites: say,
    /** {commune}, {departement} */
    outsideOise: say,
    /** {list}, {first} */
    needs: say,
    nextNeeds: say,
    medical: say,
    /** An emergency: 15 / 112 (and 114 by SMS) before anything else. */
    emergency: say,
    /** After the emergency numbers, when the message asked nothing else. */
    emergencyNext: say,
    mailLike: say,
    feelings: z.object({ grief: say, urgency: say, frustration: say }),
    agentHelp: say,
    /** Teams agent commands; deployment/teams/manifest.ts builds the manifest's command list from them. */
    agentCommands: z.array(z.object({ name: z.string().regex(/^[a-z]+$/), description: say, example: say })).min(1),
    /** {example} */
    agentUsage: say,
    /** {choices} */
    smsDetails: say,
    /** {number}, {label} */
    smsChoice: say,
    smsDocuments: say,
    smsCosts: say,
    smsOnline: say,
    smsSites: say,
  }),
  /** Opening hours of a site; times ({time}) are written "9 h" or "13 h 30" by the code. */
  hours: z.object({
    /** {time} */
    openUntil: say,
    closed: say,
    closedHoliday: say,
    /** {when}: today, tomorrow or "lundi 1er décembre"; {time} */
    opens: say,
    today: say,
    tomorrow: say,
    /** {place}: where the service is held on the next opening day. */
    placeThatDay: say,
    /** {days}: how far ahead openings are looked for. */
    noOpening: say,
    /** A weekday without opening hours, in the weekly list. */
    closedDay: say,
    /** {place}: where the service is held on that weekday, in the weekly list. */
    placeOnDay: say,
    /** A time: {hours} and {minutes} ("13 h 30", "13:30"). */
    clock: say,
    /** A time on the hour: {hours} ("9 h", "9:00"). */
    clockOnTheHour: say,
    /** One opening interval in a sentence: {start}, {end} ("de 9 h à 12 h", "from 9:00 to 12:00"). */
    span: say,
    /** One line of the weekly hours: {day}, {hours} ("Lundi : 9 h – 12 h"). */
    dayLine: say,
    /** Weekday names as written in a sentence ("lundi", "Monday"). */
    weekdays: z.object({ monday: say, tuesday: say, wednesday: say, thursday: say, friday: say, saturday: say, sunday: say }),
  }),
  /** Page-only wording of the printable fiche (GET /fiches/:id); shared titles come from `answer` and `location`. */
  fiche: z.object({
    brand: say,
    titleSuffix: say,
    print: say,
    checklistHint: say,
    contacts: say,
    localOffice: say,
    hours: say,
    closures: say,
    unknownSituation: say,
    otherSources: say,
    /** {date} */
    reviewed: say,
    disclaimer: say,
    notFoundTitle: say,
    notFoundText: say,
    home: say,
  }),
  /**
   * Dated figures of the procedures (amounts, ceilings, delays, rates). Placeholders: {label}, {value},
   * {from}, {until}, {checked} (dates in words), {source} (the official page), {site} (its host name).
   */
  figures: z.object({
    /** Title of the section listing the figures with their dates. */
    title: say,
    /** A figure that applies today and has no known end. */
    current: say,
    /** A figure that applies today until a known date. */
    currentUntil: say,
    /** A figure whose validity is over: what it was, and where to check the current one. */
    past: say,
    /** A figure that applies from a later date. */
    future: say,
    /** Inside a sentence, a figure whose validity is over. */
    inlinePast: say,
    /** Inside a sentence, a figure that applies from a later date. */
    inlineFuture: say,
  }),
  /** Readable answers of the command line (`npx orientation ask|sites`), read by agents at the desk. */
  cli: z.object({
    /** {commune}, {name}, {address} */
    nearestOne: say,
    /** {minutes} */
    travel: say,
    /** {commune}, {postalCodes} */
    nearestHeader: say,
    /** {address} */
    address: say,
    bus: say,
    /** {km}, {minutes} */
    distance: say,
    /** {count}, {code} */
    departementHeader: say,
    /** {name} */
    mobileName: say,
    noHours: say,
  }),
  /** Messages of the HTTP errors, one per code (src/server/errors.ts gives each its status). */
  httpErrors: z.object({
    bad_request: say,
    invalid_json: say,
    invalid_activity: say,
    bad_watermark: say,
    bad_digest: say,
    service_url_not_allowed: say,
    unauthorized: say,
    forbidden: say,
    not_found: say,
    conversation_not_found: say,
    method_not_allowed: say,
    timeout: say,
    payload_too_large: say,
    unsupported_media_type: say,
    unsupported_content_encoding: say,
    too_many_requests: say,
    conversation_full: say,
    internal_error: say,
    invoke_not_implemented: say,
    bot_unavailable: say,
    directline_unavailable: say,
    auth_unavailable: say,
    too_many_conversations: say,
  }),
});

export type Messages = z.infer<typeof messagesSchema>;
