/** The "nearest France services" part of the printable fiche. */
import type { Messages } from '../../knowledge/schemas/messages.js';
import { formatWeeklyHours } from '../../orientation/hours/index.js';
import type { NearbyServices, NearbySite } from '../../orientation/types.js';
import { fill } from '../../knowledge/fill.js';
import { html, type SafeHtml } from '../html.js';
import { frenchDate } from './labels.js';
import { siteFacts } from '../../orientation/location/siteFacts.js';

function siteBlock(nearby: NearbySite, messages: Messages, index: number): SafeHtml {
  const { site } = nearby;
  const m = messages.location;
  const L = messages.fiche;
  const km = nearby.distanceKm.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  const headingId = `site-${index}`;
  const facts = siteFacts(site);
  return html`<article class="site" aria-labelledby="${headingId}">
<h3 id="${headingId}">${site.name}</h3>
<p>${site.address}${site.addressComplement ? html`<br>${site.addressComplement}` : ''}<br>${site.postalCode} ${site.commune}</p>
${nearby.mobile ? html`<p class="note">${m.mobile}</p>` : html`<p class="muted">${fill(m.distance, { km, minutes: nearby.travelMinutes })}</p>`}
${nearby.parent ? html`<p>${fill(m.antennaOf, { name: nearby.parent.name })}</p>` : ''}
<p><strong>${site.appointment ? m.appointment : m.noAppointment}</strong></p>
<h4>${L.hours}</h4>
<ul>${formatWeeklyHours(site.hours, messages.hours, site.weekdayPlaces).map((line) => html`<li>${line}</li>`)}</ul>
${site.closures.length > 0 ? html`<p>${L.closures} : ${site.closures.map((c) => c.reason).join(' ; ')}</p>` : ''}
${facts.hoursToConfirm ? html`<p class="note">${m.hoursToConfirm}</p>` : ''}
${facts.phone ? html`<p>${fill(facts.phone.charged ? m.phoneCharged : m.phone, { phone: facts.phone.number })}</p>` : ''}
${site.email ? html`<p>${fill(m.email, { email: site.email })}</p>` : ''}
</article>`;
}

export function sitesSection(communeName: string, nearby: NearbyServices, messages: Messages, sourceDate: string): SafeHtml {
  const m = messages.location;
  const L = messages.fiche;
  const { fixed, mobile } = nearby;
  return html`<section aria-labelledby="s-sites">
<h2 id="s-sites">${fill(m.header, { commune: communeName }).replace(/\s*:\s*$/, '')}</h2>
${fixed.length === 0 && mobile.length === 0 ? html`<p>${m.noSite}</p>` : fixed.map((s, i) => siteBlock(s, messages, i))}
${fixed.length > 0 && fixed.every((s) => !s.within30) ? html`<p class="note">${m.far}</p>` : ''}
${mobile.length > 0 ? html`<p class="note">${m.mobileHeader}</p>${mobile.map((s, i) => siteBlock(s, messages, fixed.length + i))}` : ''}
<p class="muted">${fill(L.sitesSource, { date: frenchDate(sourceDate) })}</p>
</section>`;
}
