/** The "nearest France services" part of the printable fiche, from the core's view (src/orientation/location/siteView.ts). */
import type { Messages } from '../../knowledge/schemas/messages.js';
import type { NearbySiteView, NearbyView } from '../../orientation/location/siteView.js';
import { html, type SafeHtml } from '../html.js';

function siteBlock(site: NearbySiteView, L: Messages['fiche'], index: number): SafeHtml {
  const headingId = `site-${index}`;
  return html`<article class="site" aria-labelledby="${headingId}">
<h3 id="${headingId}">${site.name}</h3>
<p>${site.addressLines.map((line, i) => html`${i > 0 ? html`<br>` : ''}${line}`)}</p>
${site.mobileNote ? html`<p class="note">${site.mobileNote}</p>` : html`<p class="muted">${site.distance.text}</p>`}
${site.antennaOf ? html`<p>${site.antennaOf}</p>` : ''}
<p><strong>${site.appointment.text}</strong></p>
<h4>${L.hours}</h4>
<ul>${site.weeklyHours.map((line) => html`<li>${line}</li>`)}</ul>
${site.closures.length > 0 ? html`<p>${L.closures} : ${site.closures.join(' ; ')}</p>` : ''}
${site.hoursToConfirm ? html`<p class="note">${site.hoursToConfirm}</p>` : ''}
${site.phone ? html`<p>${site.phone.text}</p>` : ''}
${site.email ? html`<p>${site.email.text}</p>` : ''}
</article>`;
}

export function sitesSection(view: NearbyView, L: Messages['fiche']): SafeHtml {
  const { fixed, mobile } = view;
  return html`<section aria-labelledby="s-sites">
<h2 id="s-sites">${view.header.replace(/\s*:\s*$/, '')}</h2>
${view.noSite ? html`<p>${view.noSite}</p>` : fixed.map((s, i) => siteBlock(s, L, i))}
${view.far ? html`<p class="note">${view.far}</p>` : ''}
${view.mobileHeader ? html`<p class="note">${view.mobileHeader}</p>${mobile.map((s, i) => siteBlock(s, L, fixed.length + i))}` : ''}
${view.source ? html`<p class="muted">${view.source}</p>` : ''}
</section>`;
}
