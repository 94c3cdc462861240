/**
 * What a follow-up is about, per channel: the site just named (a commune's own bus rather than a nearer
 * site elsewhere), the procedure in context. Tables of [user says, texts shown, texts not shown]; expected
 * texts are read from the knowledge (messages, procedures, sites), never copied.
 */
import { describe, it } from 'vitest';
import { fill } from '../../src/knowledge/fill.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Site } from '../../src/knowledge/schemas/site.js';
import { siteAddress } from '../../src/orientation/location/siteView.js';
import { dialogClient, type Turn } from './dialogHarness.js';

const knowledge = loadKnowledge();
const m = knowledge.messages;
const c = m.conversation;
const sites = knowledge.sites.sites.filter((s) => s.departement === '60');
const communeOf = (name: string) => knowledge.communes.communes.find((x) => x.name === name && x.departement === '60')!;
/** The France services of the Oise in a commune, buses apart. */
const inCommune = (name: string, mobile: boolean) => sites.filter((s) => s.insee === communeOf(name).insee && s.mobile === mobile);
const phone = (s: Site) => fill(c.sitePhone, { site: s.name, phone: s.phone! });

describe.each(['webchat', 'sms'])('%s: the site in question is the one of the commune named', (channelId) => {
  // A commune whose only France services is a bus, while a fixed site of another commune is nearer.
  const busTowns = [...new Set(sites.filter((s) => s.mobile).map((s) => s.commune!))].filter(
    (name) => inCommune(name, false).length === 0 && inCommune(name, true).length === 1,
  );

  it.each(busTowns)('"france services %s", then its phone, address and hours: its bus', async (town) => {
    const bus = inCommune(town, true)[0]!;
    const nearer = sites.filter((s) => !s.mobile && s.phone && s.phone !== bus.phone);
    const turns: Turn[] = [
      [`france services ${town}`, [bus.name]],
      ['le téléphone ?', [phone(bus)], nearer.map(phone)],
      ["l'adresse ?", [fill(c.siteAddress, { site: bus.name, address: siteAddress(bus) }), c.siteBusAddress]],
      ["c'est ouvert quand ?", [fill(c.siteMobile, { site: bus.name, phone: bus.phone! })]],
      ['le numéro ?', [phone(bus)], nearer.map(phone)],
    ];
    await dialogClient({ channelId }).play(turns);
  });

  it('"france services beauvais" then "le téléphone ?": a site of Beauvais', async () => {
    const own = inCommune('Beauvais', false);
    const others = sites.filter((s) => !s.mobile && s.phone && !own.some((o) => o.phone === s.phone));
    await dialogClient({ channelId }).play([
      ['france services beauvais', [own[0]!.name]],
      ['le téléphone ?', [/Beauvais/], others.map(phone)],
    ]);
  });
});
