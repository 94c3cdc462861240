/**
 * GET /fiches/:id[?situation=&commune=]: the printable fiche of a procedure (HTML, French).
 * `commune` is an INSEE code, a postal code, "insee:CODE" or a name.
 */
import type { Request, Response, Server } from 'restify';
import type { Commune } from '../../knowledge/schemas/commune.js';
import type { Orientation } from '../../orientation/types.js';
import { fill } from '../../knowledge/fill.js';
import { printableFichePolicy, notFoundPolicy } from '../printableFiche/assets.js';
import { answerView } from '../../orientation/procedures/answerView.js';
import { nearbyView } from '../../orientation/location/siteView.js';
import { renderPrintableFiche, renderPrintableFicheNotFound, type PrintableFicheView } from '../printableFiche/render.js';
import { setContentSecurityPolicy } from '../security.js';
import type { Language } from '../../knowledge/schemas/languages.js';

export type PrintableFicheOrientation = Pick<Orientation, 'knowledge' | 'procedureView' | 'partner' | 'lookupCommune' | 'nearbyServices'>;

export interface PrintableFicheDeps {
  orientation: PrintableFicheOrientation;
  /** Clock for opening status; tests pin it. */
  now?: () => Date;
}

const NEAREST_COUNT = 3;
const MAX_QUERY_LENGTH = 80;

function resolveCommune(orientation: PrintableFicheOrientation, raw: string): Commune | null {
  const query = raw.trim().slice(0, MAX_QUERY_LENGTH);
  const code = query.toUpperCase();
  const isInsee = /^\d[\dAB]\d{3}$/.test(code) && orientation.knowledge.communes.communes.some((c) => c.insee === code);
  const lookup = orientation.lookupCommune(isInsee ? `insee:${code}` : query);
  if (lookup.status === 'found') return lookup.commune;
  // A postal code shared by several communes: they are neighbours, the first one locates well enough.
  if (lookup.status === 'ambiguous') return lookup.candidates[0] ?? null;
  return null;
}

function buildView(deps: PrintableFicheDeps, id: string, params: URLSearchParams): PrintableFicheView | null {
  const { orientation } = deps;
  // ?regime=msa: the MSA member's version (farmers, farm employees); ?regime=no: a person not at the MSA, without the MSA mentions.
  const regime = params.get('regime') === 'msa' ? 'msa' : 'general';
  const msaMentions = params.get('regime') !== 'no';
  const now = deps.now?.() ?? new Date();
  // ?lang=en: the English fiche of a procedure translated into English (knowledge/procedures-en/), the French one otherwise.
  const language: Language = params.get('lang') === 'en' && Object.hasOwn(orientation.knowledge.english.procedures, id) ? 'en' : 'fr';
  const procedure = orientation.procedureView(id, { regime, msaMentions, now, language });
  if (!procedure) return null;
  const messages = language === 'en' ? orientation.knowledge.english.messages : orientation.knowledge.messages;
  const notices: string[] = [];
  const situationId = params.get('situation');
  const chosen = situationId ? procedure.situations.find((s) => s.id === situationId) : undefined;
  if (situationId && !chosen) notices.push(messages.fiche.unknownSituation);

  let nearest: PrintableFicheView['nearest'] = null;
  const communeQuery = params.get('commune')?.trim();
  if (communeQuery) {
    const commune = resolveCommune(orientation, communeQuery);
    if (commune) {
      const found = orientation.nearbyServices({ lat: commune.lat, lon: commune.lon }, { limit: NEAREST_COUNT, now });
      nearest = nearbyView(commune.name, found, messages, { now, language });
    } else {
      notices.push(fill(messages.location.unknown, { query: communeQuery.slice(0, MAX_QUERY_LENGTH) }));
    }
  }
  // The fiche does not know the person's regime: without ?regime=msa it mentions the MSA alternative.
  const answer = answerView(
    { procedure, partner: orientation.partner(procedure.handledBy, language), msa: procedure.regime === 'msa', situation: chosen ?? null, printableUrl: null },
    messages,
  );
  return {
    answer,
    notices,
    nearest,
    messages,
    language,
  };
}

function sendHtml(res: Response, status: number, body: string): void {
  res.sendRaw(status, body, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
}

export function registerPrintableFicheRoutes(server: Server, deps: PrintableFicheDeps): void {
  server.get('/fiches/:id', async (req: Request, res: Response) => {
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const view = buildView(deps, req.params?.id ?? '', params);
    if (!view) {
      setContentSecurityPolicy(res, notFoundPolicy);
      return sendHtml(res, 404, renderPrintableFicheNotFound(deps.orientation.knowledge.messages.fiche));
    }
    setContentSecurityPolicy(res, printableFichePolicy);
    sendHtml(res, 200, renderPrintableFiche(view));
  });
}
