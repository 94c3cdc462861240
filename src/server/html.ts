/**
 * Minimal HTML templating: every interpolated value is escaped unless it is already SafeHtml,
 * so text from the knowledge files or the query string can never inject markup.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: html`<p>${text}</p>` escapes `text`; arrays are joined; null/false render nothing. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** A link to an official page, opened in the same tab, never sending a referrer. */
export function link(url: string, text: string): SafeHtml {
  return html`<a href="${url}" rel="noreferrer">${text}</a>`;
}

export interface PageOptions {
  title: string;
  body: SafeHtml;
  style: string;
  script?: string;
  /** Language of the document (BCP 47 primary tag); French unless said. */
  lang?: string;
}

/** A complete document, French unless said; the inline style and script are covered by CSP hashes. */
export function page({ title, body, style, script, lang = 'fr' }: PageOptions): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${new SafeHtml(style)}</style>
</head>
<body>
${body}
${script ? html`<script>${new SafeHtml(script)}</script>` : ''}
</body>
</html>
`.value;
}
