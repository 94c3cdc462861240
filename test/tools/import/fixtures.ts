import type { Commune } from '../../../src/knowledge/schemas/commune.js';

export const header =
  'id_fs,insee_dep,lib_fs,adresse,complement_adresse,insee_com,code_postal,lib_com,latitude,longitude,mail,telephone,' +
  'h_lundi,h_mardi,h_mercredi,h_jeudi,h_vendredi,h_samedi,prise_rdv,commentaire,type_fs,format_fs,groupe_fs,labellisation_fs';

/** One CSV line; the comment may hold quotes and line breaks. */
export function row(fields: Partial<Record<string, string>>): string {
  const base: Record<string, string> = {
    id_fs: '1',
    insee_dep: '60',
    lib_fs: 'France services Noyon',
    adresse: 'Place Saint-Barthélémy',
    complement_adresse: '',
    insee_com: '60471',
    code_postal: '60400',
    lib_com: 'Noyon',
    latitude: '49.58',
    longitude: '3.0',
    mail: 'noyon@france-services.gouv.fr',
    telephone: '0322826272',
    h_lundi: '09:00 - 12:00',
    h_mardi: '',
    h_mercredi: '',
    h_jeudi: '',
    h_vendredi: '',
    h_samedi: '',
    prise_rdv: 'Non',
    commentaire: '',
    type_fs: 'Principal',
    format_fs: 'Fixe',
    groupe_fs: '',
    labellisation_fs: '',
    ...fields,
  };
  return header
    .split(',')
    .map((k) => `"${(base[k] ?? '').replace(/"/g, '""')}"`)
    .join(',');
}

export const communes: Commune[] = [
  { insee: '60471', name: 'Noyon', departement: '60', postalCodes: ['60400'], localities: [], formerCodes: [], lat: 49.58, lon: 3.0 },
  { insee: '60291', name: 'Guiscard', departement: '60', postalCodes: ['60640'], localities: [], formerCodes: [], lat: 49.65, lon: 3.05 },
];
