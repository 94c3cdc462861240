/** The nearest France services as an Adaptive Card or as plain text, from the core's view (src/orientation/location/siteView.ts). */
import type { NearbySiteView, NearbyView } from '../../orientation/location/siteView.js';
import { actionSet, adaptiveCard, heading, openUrl, text, type AdaptiveCardJson, type CardElement } from './card.js';

/** The lines shown for one site; a bus shows how to reach it instead of a misleading address. */
function lines(site: NearbySiteView): string[] {
  const contact = [site.phone?.text, site.email?.text].filter((l): l is string => !!l);
  if (site.mobileNote) return [site.mobileNote, ...contact];
  return [
    site.address,
    site.distance.text,
    site.opening.text,
    ...(site.hoursToConfirm ? [site.hoursToConfirm] : []),
    site.appointment.text,
    ...(site.antennaOf ? [site.antennaOf] : []),
    ...contact,
  ];
}

export function sitesCard(view: NearbyView): AdaptiveCardJson {
  const body: CardElement[] = [text(view.header, { bold: true, size: 'Medium' })];
  const addSite = (site: NearbySiteView) => {
    body.push({ ...heading(site.name), spacing: 'Large' }, ...lines(site).map((l) => text(l)));
    if (site.map) body.push(actionSet([openUrl(site.map.text, site.map.url)]));
  };
  view.fixed.forEach(addSite);
  if (view.far) body.push(text(view.far, { subtle: true }));
  if (view.mobileHeader) {
    body.push({ ...text(view.mobileHeader, { bold: true }), spacing: 'ExtraLarge' });
    view.mobile.forEach(addSite);
  }
  if (view.source) body.push({ ...text(view.source, { subtle: true }), spacing: 'Large' as const });
  return adaptiveCard(body);
}

export function sitesText(view: NearbyView): string {
  const block = (site: NearbySiteView, i: number) => {
    const map = site.map ? [`${site.map.text} : ${site.map.url}`] : [];
    return [`${i + 1}. ${site.name}`, ...lines(site), ...map].join('\n');
  };
  const fixed = [view.header, ...view.fixed.map(block), ...(view.far ? [view.far] : [])];
  const mobile = view.mobileHeader ? [view.mobileHeader, ...view.mobile.map((site, i) => block(site, view.fixed.length + i))] : [];
  return [...fixed, ...mobile, ...(view.source ? [view.source] : [])].join('\n\n');
}
