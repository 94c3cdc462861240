import { z } from 'zod';
import { slug, weekdays } from './common.js';

/** A word or phrase people type; case and accents are ignored when matching. */
const phrase = z.coerce.string().trim().min(1, 'ne doit pas être vide');
const phrases = z.array(phrase).min(1);

/** How the assistant reads a message in the context of the conversation (knowledge/conversation.yaml). */
export const conversationVocabularySchema = z.object({
  /** Answers to a yes/no question. */
  yes: phrases,
  no: phrases,
  /** What a short message asks about what was just shown. */
  followUps: z.object({
    cost: phrases,
    online: phrases,
    documents: phrases,
    delay: phrases,
    hours: phrases,
    appointment: phrases,
    phone: phrases,
    address: phrases,
    sites: phrases,
    human: phrases,
    next: phrases,
    child: phrases,
    /** How to pay what the procedure asks for ("comment payer ?" after a fine): its situation of paying, else its costs. */
    pay: z.array(phrase).default([]),
  }),
  /** Openings of an elliptic message ("et pour la carte vitale ?"): the last question about something else. */
  elliptic: phrases,
  /** Words naming a bus among the sites shown. */
  mobileSite: phrases,
  weekdays: z.object(Object.fromEntries(weekdays.map((day) => [day, phrases])) as Record<(typeof weekdays)[number], typeof phrases>),
  morning: phrases,
  afternoon: phrases,
  /** A question about all the sites shown ("elles sont ouvertes quand ?"), not about the one in question. */
  plural: phrases,
  /** "laquelle est ouverte vendredi ?", "lequel est le plus proche ?": which of the sites shown; every one is looked at. */
  which: phrases,
  /** "demain", "aujourd'hui": a day said from today, read as its weekday when hours are asked. */
  relativeDays: z.object({ today: phrases, tomorrow: phrases }),
  /** "y en a une là-bas ?", "is there one there?": France services in the commune just named or asked about. */
  there: phrases,
  /** Free-word answers to the situation question, per kind of situation. */
  situationAnswers: z.record(slug, z.object({ cues: phrases, labels: phrases })),
  /** Below this age a person is a minor. */
  adultAge: z.number().int().min(1).max(30),
  /** How an age is written: words after the number ("9 ans", "16 years old") and before it ("aged 16", "she is 16"). */
  ageWords: z.object({ after: phrases, before: phrases }),
  feelings: z.object({ grief: phrases, urgency: phrases, frustration: phrases }),
  /** Health questions: never a treatment, always a doctor or 15 / 112. */
  medical: phrases,
  /** Of those, an emergency happening (a fall, a faint, the SAMU): 15 / 112 come first, also before the answer to a need. */
  emergency: z.array(phrase).default([]),
  /**
   * Emergencies told by a vital sign (word beginnings: "respir", "chest") with a word of distress at most
   * `reach` words away, in either order ("strong pain in my chest", "struggling to breathe").
   */
  emergencySigns: z.array(z.object({ signs: phrases, distress: phrases, reach: z.number().int().min(1).max(6) })).default([]),
  /** Openings of a question ("comment", "qui", "what"): with a question mark, a message that asks rather than answers. */
  questionWords: phrases,
  /** What the person says of themself ("je suis", "j'étais", "I work"): to a pending question, context, not a new request. */
  selfStatements: z.array(phrase).default([]),
  /** Words that ask for something ("je voudrais", "i need"), besides the openings of a question. */
  requests: z.array(phrase).default([]),
  /** A vague follow-up on what was just answered ("je fais comment alors ?", "what do I do"): the same procedure, not a new request. */
  vague: phrases,
  /** Words right before a commune ("j'habite à", "près de"): what follows is read as a commune, typos and all. */
  placeCues: phrases,
  /** Words that go with a commune in a message that only gives a place ("bonjour, j'habite à Songeons"). */
  placeOnly: phrases,
  /** The network's own name ("France services"): a message naming it asks for its sites, not where else the procedure is done. */
  network: z.array(phrase).default([]),
  /** "on peut le déposer à la France services de Noyon ?": whether the procedure itself is done or handed in at a place. */
  doneThere: z.array(phrase).default([]),
  /** Words that join the items of a list ("Noyon ou Montataire", "Clermont and Breteuil"): the parts may each name a site. */
  listWords: z.array(z.string().regex(/^[a-z]+$/)).default([]),
  /**
   * What else a life event calls for at other partners, most usual first: after the event's procedure, a
   * short question naming one of these or its partner ("et les impôts aussi ?") is about it, for the
   * situation after "#" ("prelevement-source#changement-revenus").
   */
  related: z.record(slug, z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9]+(-[a-z0-9]+)*)?$/))).default({}),
  /**
   * The life event a feeling tells (grief: a death), as the procedure it calls for first: a message telling
   * it that names no procedure surely ("mon fils est mort dans un accident, il avait un appartement, un CDI,
   * une voiture, par où commencer ?") gets that procedure; what the person had is context, not needs.
   */
  /** What someone had, told as context ("il avait un appartement, un CDI et une voiture"): from these words to the sentence end, no request. */
  belongings: z.array(phrase).default([]),
  feelingEvents: z.object({ grief: slug.optional(), urgency: slug.optional(), frustration: slug.optional() }).default({}),
});

export type ConversationVocabulary = z.infer<typeof conversationVocabularySchema>;
export type FollowUpTopic = keyof ConversationVocabulary['followUps'];
export type Feeling = keyof ConversationVocabulary['feelings'];
