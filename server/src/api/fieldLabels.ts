/**
 * French names of the fields of API bodies, for « Champ « titre » invalide : … »: the UI
 * shows these messages as they are, and a path such as `meta.meetingDate` means nothing to
 * a reader. A field without a name here is shown by its path.
 */
const FIELD_LABELS: Record<string, string> = {
  title: 'titre',
  collective: 'collectif',
  collectiveName: 'nom du collectif',
  meetingDate: 'date de la réunion',
  writtenOn: 'date de rédaction',
  place: 'lieu',
  author: 'auteur',
  participants: 'participants',
  organisation: 'organisation',
  people: 'personnes',
  attendance: 'présence',
  content: 'contenu',
  name: 'nom',
  email: 'adresse e-mail',
  password: 'mot de passe',
  currentPassword: 'mot de passe actuel',
  newPassword: 'nouveau mot de passe',
  role: 'rôle',
  associationId: 'association',
  label: 'nom de la version',
  reason: 'raison',
  note: 'note',
  body: 'texte',
  quote: 'passage cité',
  mentions: 'associations mentionnées',
  access: 'accès',
  status: 'statut',
  decision: 'décision',
  suggestions: 'suggestions',
  versionId: 'version',
  number: 'numéro',
  measures: 'mesures',
  addressee: 'destinataire',
  recipients: 'adresses e-mail',
  channel: 'moyen d’envoi',
  withAnnexes: 'annexes',
  confirm: 'confirmation',
  letterhead: 'en-tête',
  address: 'adresse',
  date: 'date',
  object: 'objet',
  signatory: 'signataire',
  onBehalf: 'au nom de',
  attachments: 'pièces jointes',
  copies: 'copies',
  withMembers: 'associations membres',
  contact: 'contact',
  revision: 'révision',
  salutation: 'formule d’appel',
  closing: 'formule de politesse',
};

/**
 * « titre », « organisation (n° 2) » for a field of the second item of a list, or the dotted
 * path when no field of it has a French name. Inside the body (`content`), only « contenu »:
 * its nesting means nothing to a reader, the message says what is wrong.
 */
export function fieldLabel(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'corps de la requête';
  if (path[0] === 'content') return FIELD_LABELS.content!;
  const named = path.filter((key): key is string => typeof key === 'string' && key in FIELD_LABELS);
  const leaf = named.at(-1);
  if (leaf === undefined) return path.map(String).join('.');
  const position = path[1];
  return typeof position === 'number' && path.length > 2 ? `${FIELD_LABELS[leaf]} (n° ${position + 1})` : FIELD_LABELS[leaf]!;
}
