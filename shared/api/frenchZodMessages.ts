import { z } from 'zod';

/**
 * French for every message zod makes up itself (a schema's own messages win over these), so
 * that no « Expected string, received number » or « Required » reaches the UI. Messages are
 * lower-case, to follow « Champ « titre » invalide : … » or be capitalised alone.
 */

const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'vrai ou faux',
  array: 'une liste',
  object: 'un objet',
  date: 'une date',
  null: 'une valeur vide',
};

const plural = (count: number | bigint, one: string, many: string): string =>
  `${count} ${Number(count) > 1 ? many : one}`;

const lengthUnit: Record<string, [string, string]> = {
  string: ['caractère', 'caractères'],
  array: ['élément', 'éléments'],
  set: ['élément', 'éléments'],
  file: ['octet', 'octets'],
};

function sizeMessage(bound: 'max' | 'min', origin: string, limit: number | bigint, inclusive: boolean | undefined): string {
  const unit = lengthUnit[origin];
  if (unit) {
    const count = plural(limit, unit[0], unit[1]);
    if (bound === 'max') return inclusive ? `au plus ${count}` : `moins de ${count}`;
    return Number(limit) === 1 && inclusive ? 'ne doit pas être vide' : inclusive ? `au moins ${count}` : `plus de ${count}`;
  }
  if (bound === 'max') return inclusive ? `doit valoir au plus ${limit}` : `doit être inférieur à ${limit}`;
  return inclusive ? `doit valoir au moins ${limit}` : `doit être supérieur à ${limit}`;
}

const formatNames: Record<string, string> = {
  email: 'adresse e-mail invalide',
  url: 'adresse web invalide',
  uuid: 'identifiant invalide',
  datetime: 'date et heure attendues au format ISO',
  date: 'date attendue au format AAAA-MM-JJ',
  regex: 'format non reconnu',
};

const shown = (value: unknown): string => (typeof value === 'string' ? `« ${value} »` : String(value));

/** The French message of an issue zod raises without a message of the schema's. */
export const frenchZodMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'champ obligatoire';
      return typeNames[issue.expected] ? `valeur attendue : ${typeNames[issue.expected]}` : 'sorte de valeur non reconnue';
    case 'too_big':
      return sizeMessage('max', issue.origin, issue.maximum as number | bigint, issue.inclusive);
    case 'too_small':
      return sizeMessage('min', issue.origin, issue.minimum as number | bigint, issue.inclusive);
    case 'invalid_format':
      return formatNames[issue.format] ?? 'format non reconnu';
    case 'not_multiple_of':
      return `doit être un multiple de ${issue.divisor}`;
    case 'unrecognized_keys':
      return `champ${issue.keys.length > 1 ? 's' : ''} inconnu${issue.keys.length > 1 ? 's' : ''} : ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `seule valeur acceptée : ${shown(issue.values[0])}`
        : `valeur non reconnue (valeurs acceptées : ${issue.values.map(shown).join(', ')})`;
    case 'invalid_union':
      return 'valeur d’une forme non reconnue';
    case 'invalid_key':
      return 'clé non reconnue';
    case 'invalid_element':
      return 'élément non reconnu';
    default:
      return 'valeur refusée';
  }
};

// Installed once, when any schema of the application is first loaded (server and client).
z.config({ localeError: frenchZodMessage });
