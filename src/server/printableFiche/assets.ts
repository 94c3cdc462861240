/**
 * Inline CSS and script of the printable fiche: no external request, so the page prints
 * the same offline, and the CSP allows exactly these two blocks by hash.
 */
import { cspHash } from '../security.js';

export const printableFicheStyle = `
:root { color-scheme: light; --ink: #161616; --muted: #3a3a3a; --accent: #000091; --line: #ddd; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 48rem; padding: 1.5rem 1rem 3rem; font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
header .brand { margin: 0; font-weight: 700; color: var(--accent); }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .25rem; }
a { color: var(--accent); text-underline-offset: .15em; }
a:focus, button:focus, input:focus { outline: 3px solid #0a76f6; outline-offset: 2px; }
ul { padding-left: 1.25rem; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li { display: flex; gap: .6rem; align-items: flex-start; margin: .35rem 0; }
ul.checklist input { width: 1.3rem; height: 1.3rem; margin-top: .2rem; flex: none; }
.note, .notice { background: #f5f5fe; border-left: 4px solid var(--accent); padding: .5rem .75rem; }
.notice { margin: 1rem 0; }
.site { border: 1px solid var(--line); border-radius: .25rem; padding: .25rem 1rem .75rem; margin: 1rem 0; break-inside: avoid; }
.site h3 { margin-top: .75rem; }
.muted, footer { color: var(--muted); }
footer { margin-top: 3rem; font-size: .95rem; border-top: 1px solid var(--line); padding-top: 1rem; }
button.print { font: inherit; padding: .5rem 1rem; border: 2px solid var(--accent); background: var(--accent); color: #fff; border-radius: .25rem; cursor: pointer; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  button.print, .no-print { display: none; }
  h2 { break-after: avoid; }
  section, li { break-inside: avoid; }
  a { color: var(--ink); text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .9em; word-break: break-all; }
  @page { margin: 1.5cm; }
}
`;

export const printableFicheScript = `document.getElementById('print')?.addEventListener('click', () => window.print());`;

export const printableFichePolicy = [
  "default-src 'none'",
  `style-src ${cspHash(printableFicheStyle)}`,
  `script-src ${cspHash(printableFicheScript)}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** The 404 page has no script. */
export const notFoundPolicy = ["default-src 'none'", `style-src ${cspHash(printableFicheStyle)}`, "base-uri 'none'", "form-action 'none'"].join('; ');
