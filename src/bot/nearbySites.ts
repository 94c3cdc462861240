import type { TurnContext } from 'botbuilder';
import type { Commune } from '../knowledge/schemas/commune.js';
import { sitesCard, sitesText } from './render/sites.js';
import type { BotServices } from './services.js';

const SITES_SHOWN = 3;

/** Shows the nearest France services to a commune and remembers the commune for next time. */
export async function showNearestSites(context: TurnContext, services: BotServices, commune: Commune): Promise<void> {
  const profile = await services.state.getProfile(context);
  profile.commune = { insee: commune.insee, name: commune.name };
  const now = services.now();
  const nearby = services.orientation.nearbyServices({ lat: commune.lat, lon: commune.lon }, { limit: SITES_SHOWN, now });
  const m = services.messages.location;
  const hours = services.messages.hours;
  if (nearby.fixed.length === 0 && nearby.mobile.length === 0) {
    await services.responder.say(context, m.noSite);
    return;
  }
  await services.responder.card(context, sitesCard(commune.name, nearby, m, hours, now), sitesText(commune.name, nearby, m, hours, now));
}

/** The commune remembered in the user profile, if it still exists in the knowledge. */
export async function rememberedCommune(context: TurnContext, services: BotServices): Promise<Commune | undefined> {
  const insee = (await services.state.getProfile(context)).commune?.insee;
  if (!insee) return undefined;
  const lookup = services.orientation.lookupCommune(`insee:${insee}`);
  return lookup.status === 'found' ? lookup.commune : undefined;
}
