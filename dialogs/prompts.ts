import { ChoicePrompt, ListStyle, TextPrompt, type Choice, type ComponentDialog } from 'botbuilder-dialogs';

export const CHOICE_PROMPT = 'choicePrompt';
export const TEXT_PROMPT = 'textPrompt';

/**
 * Prompts shared by the dialogs. The choice prompt never re-asks: an answer that matches no choice
 * ends it with `undefined`, and the dialog treats that text as a new question.
 */
export function addPrompts(dialog: ComponentDialog): void {
  const choice = new ChoicePrompt(CHOICE_PROMPT, async () => true, 'fr-fr');
  choice.style = ListStyle.none;
  // Numbers are mapped to the offered labels before the dialogs run; "j'ai 2 enfants" must not pick choice 2.
  choice.recognizerOptions = { recognizeNumbers: false, recognizeOrdinals: false };
  dialog.addDialog(choice);
  dialog.addDialog(new TextPrompt(TEXT_PROMPT));
}

/** Choices matched on their label and on a few shorter words. */
export function toChoices(labels: readonly string[], synonyms: readonly string[][] = []): Choice[] {
  return labels.map((value, i) => ({ value, synonyms: synonyms[i] ?? [] }));
}

/** What a dialog returns when the user answered something else: the main dialog reads it as a new message. */
export const REDIRECT = { redirect: true } as const;

export function isRedirect(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as { redirect?: unknown }).redirect === true;
}

/** Passed to the next waterfall step when a question was not needed. */
export const SKIPPED = { skipped: true } as const;

export function isSkipped(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as { skipped?: unknown }).skipped === true;
}
