/**
 * Adaptive Card 1.5 building blocks. Every text goes into a TextRun, which clients never read as
 * markdown: what a user typed or what the knowledge says is shown as is, without injection.
 */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  /** What the card is about, read aloud: Web Chat's live region announces a card by its `speak` and its buttons only. */
  speak?: string;
}

/** Removes control characters and template expressions ({{DATE(…)}}) that some clients interpret. */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/\{\{/g, '{ {');
}

export function text(content: string, options: { bold?: boolean; size?: 'Medium' | 'Large'; subtle?: boolean } = {}): CardElement {
  const run: CardElement = { type: 'TextRun', text: safeText(content) };
  if (options.bold) run.weight = 'Bolder';
  if (options.size) run.size = options.size;
  if (options.subtle) run.isSubtle = true;
  return { type: 'RichTextBlock', inlines: [run] };
}

export function heading(content: string): CardElement {
  return { ...text(content, { bold: true, size: 'Medium' }), separator: true, spacing: 'Medium' };
}

export function bullets(items: readonly string[]): CardElement[] {
  return items.map((item) => text(`• ${item}`));
}

/** A link opened in the browser; only https links from the knowledge or our own base URL reach here. */
export function openUrl(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title: safeText(title), url };
}

/**
 * A button that answers like typed text: Teams receives `label` as the message text (messageBack);
 * other clients send `{ text: label }` as the activity value.
 */
export function submit(label: string): CardElement {
  const title = safeText(label);
  return { type: 'Action.Submit', title, data: { text: title, msteams: { type: 'messageBack', text: title, displayText: title } } };
}

/** A button that sends `data` as the activity value, with no text (Teams and Web Chat alike). */
export function submitValue(label: string, data: Record<string, unknown>): CardElement {
  return { type: 'Action.Submit', title: safeText(label), data };
}

/** A button that shows or hides the elements whose ids it names (the rest of a long answer). */
export function toggle(title: string, targetIds: readonly string[]): CardElement {
  return { type: 'Action.ToggleVisibility', title: safeText(title), targetElements: [...targetIds] };
}

/** A group of elements, hidden until a toggle shows it when `hidden`. */
export function container(id: string, items: CardElement[], hidden = false): CardElement {
  return { type: 'Container', id, items, ...(hidden ? { isVisible: false } : {}) };
}

export function actionSet(actions: CardElement[]): CardElement {
  return { type: 'ActionSet', actions };
}

/** The text of the card's first text block (its title or its question). */
function firstText(body: readonly CardElement[]): string | undefined {
  for (const element of body) {
    const inlines = element.type === 'RichTextBlock' ? (element.inlines as CardElement[]) : [];
    const found = inlines.map((run) => run.text).find((t): t is string => typeof t === 'string' && t.trim() !== '');
    if (found) return found;
  }
  return undefined;
}

/** A card whose `speak` is its first text, so that screen readers announce what it is about, not only its buttons. */
export function adaptiveCard(body: CardElement[], actions: CardElement[] = []): AdaptiveCardJson {
  const card: AdaptiveCardJson = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
  };
  if (actions.length > 0) card.actions = actions;
  const speak = firstText(body);
  if (speak) card.speak = speak;
  return card;
}
