/**
 * Checks of the dated figures and of the MSA versions, for `npm run knowledge:check`:
 * an amount written outside `figures`, a figure past its validity, an MSA member sent to ameli.fr,
 * caf.fr, 3646 or 3230.
 */
import { join } from 'node:path';
import { undatedAmount } from '../../src/knowledge/schemas/figure.js';
import { procedureTexts, type Procedure } from '../../src/knowledge/schemas/procedure.js';
import { displayPath } from '../../src/knowledge/readFile.js';

export interface FigureCheck {
  /** Always errors: an amount without a date, an MSA version naming the general regime. */
  errors: string[];
  /** Figures past their validity: warnings, errors with --strict. */
  expired: string[];
}

/** Lines of an MSA member's version that must not name the general regime's sites or lines. */
const generalRegimeOnly = /\b(?:ameli\.fr|caf\.fr|3646|3230)\b/i;

/** `today` is an ISO date. */
export function checkFigures(dir: string, procedures: Procedure[], today: string): FigureCheck {
  const result: FigureCheck = { errors: [], expired: [] };
  for (const p of procedures) {
    const where = `${displayPath(join(dir, 'procedures', `${p.id}.yaml`))} › ${p.id}`;
    for (const { path, text } of procedureTexts(p)) {
      const amount = undatedAmount.exec(text);
      if (amount) result.errors.push(`${where} › ${path.join('.')} : montant « ${amount[0]} » sans date : mettez-le dans figures et écrivez {{id}}`);
    }
    for (const f of p.figures) {
      if (!f.historical && f.until && f.until < today) {
        result.expired.push(`${where} › figures › ${f.id} : « ${f.value} » valable jusqu'au ${f.until} (dépassé) ; mettez à jour la valeur et ses dates, ou marquez-la historical`);
      }
      if (f.checked > today) result.errors.push(`${where} › figures › ${f.id} › checked : date ${f.checked} dans le futur`);
    }
    if (p.msa) {
      const summary = p.msa.summary ?? p.summary;
      const lines = [summary, ...p.msa.online.map((o) => o.url), p.msa.phone?.number ?? "", ...(p.msa.agentCan ?? p.agentCan), ...(p.msa.elsewhere ?? p.elsewhere)];
      const changed = new Map(p.msa.situations.map((s) => [s.id, s]));
      for (const s of p.situations) lines.push(...(changed.get(s.id)?.documents ?? s.documents), changed.get(s.id)?.note ?? s.note ?? '');
      for (const line of lines) {
        const hit = generalRegimeOnly.exec(line);
        if (hit) result.errors.push(`${where} › msa : la version MSA renvoie vers « ${hit[0]} » : « ${line.slice(0, 80)} »`);
      }
    }
  }
  return result;
}
