import { roleLabels, type Role } from '../../../shared/api/roles';
import { statusLabels } from '../../../shared/api/review';
import { shareAccessLabels, type ShareAccess } from '../../../shared/api/shares';
import type { AuditEntry } from '../../api/accountTypes';
import { formatMeetingDate } from '../../format/formatDate';

/** Names known to the page, to show people, associations and documents instead of ids. */
export interface AuditNames {
  user(id: string): string | undefined;
  association(id: string): string | undefined;
  document(id: string): string | undefined;
  token(id: string): string | undefined;
}

export interface AuditDescription {
  /** « Connexion », « Compte modifié »… */
  action: string;
  /** Who or what the action was about, when it is not the actor. */
  subject: string | null;
  /** The rest, in a short French sentence (« rôle : Membre → Lecteur »). */
  details: string | null;
}

const actionLabels: Record<string, string> = {
  'auth.login': 'Connexion',
  'auth.login_failed': 'Échec de connexion',
  'auth.logout': 'Déconnexion',
  'auth.setup': 'Premier compte de coordination créé',
  'association.created': 'Association ajoutée',
  'invitation.created': 'Invitation créée',
  'invitation.accepted': 'Invitation acceptée',
  'user.updated': 'Compte modifié',
  'user.password_reset_link': 'Lien de réinitialisation créé',
  'user.password_reset': 'Mot de passe réinitialisé',
  'user.password_changed': 'Mot de passe changé',
  'user.password_change_failed': 'Échec du changement de mot de passe',
  'token.created': 'Jeton d’API créé',
  'token.revoked': 'Jeton d’API révoqué',
  'document.created': 'Compte-rendu créé',
  'document.deleted': 'Compte-rendu supprimé',
  'document.imported': 'Compte-rendu importé',
  'document.shared': 'Compte-rendu partagé',
  'document.unshared': 'Partage retiré',
  'document.status_changed': 'Statut changé',
  'document.approved': 'Approbation donnée',
  'document.validated': 'Compte-rendu validé',
  'document.reopened': 'Compte-rendu rouvert',
  'document.restored': 'Version restaurée',
  'document.exported': 'Compte-rendu exporté',
  'document.sent': 'Compte-rendu envoyé',
  'letter.created': 'Lettre d’envoi écrite',
  'letter.deleted': 'Lettre d’envoi supprimée',
  'letter.exported': 'Lettre d’envoi téléchargée',
  'settings.letter_template_changed': 'Modèle de lettre modifié',
  'annex.uploaded': 'Annexe ajoutée',
  'annex.deleted': 'Annexe retirée',
  'settings.export_changed': 'Réglages d’export modifiés',
  'settings.review_changed': 'Réglages de relecture modifiés',
  'suggestions.accepted': 'Suggestions acceptées',
  'suggestions.rejected': 'Suggestions refusées',
  'comment.created': 'Commentaire ajouté',
  'comment.replied': 'Réponse à un commentaire',
  'comment.resolved': 'Commentaire résolu',
  'comment.reopened': 'Commentaire rouvert',
  'series.created': 'Série de réunions ajoutée',
  'action_item.reminder_sent': 'Rappel envoyé par e-mail',
};

/** The French name of an action; an action this client does not know yet shows as recorded. */
export function auditActionLabel(action: string): string {
  return actionLabels[action] ?? action;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const role = (value: unknown): string | null => (typeof value === 'string' && value in roleLabels ? roleLabels[value as Role] : null);
const shareAccess = (value: unknown): string | null =>
  typeof value === 'string' && value in shareAccessLabels ? shareAccessLabels[value as ShareAccess] : null;
const status = (value: unknown): string | null =>
  typeof value === 'string' && value in statusLabels ? statusLabels[value as keyof typeof statusLabels] : null;

function joined(parts: Array<string | null | false>): string | null {
  const kept = parts.filter((part): part is string => typeof part === 'string' && part !== '');
  return kept.length > 0 ? kept.join(', ') : null;
}

/** Turns one entry of `GET /api/audit` into what the journal shows. */
export function describeAuditEntry(entry: AuditEntry, names: AuditNames): AuditDescription {
  const { action, target, details } = entry;
  const userName = (id: unknown) => (typeof id === 'string' ? (names.user(id) ?? 'compte inconnu') : null);
  const documentName = () => text(details.title) ?? (target ? (names.document(target) ?? 'compte-rendu supprimé') : null);
  const describe = (subject: string | null, detail: string | null = null): AuditDescription => ({
    action: auditActionLabel(action),
    subject,
    details: detail,
  });

  switch (action) {
    case 'auth.login':
    case 'auth.logout':
    case 'auth.setup':
      return describe(null);
    case 'auth.login_failed':
      return describe(target);
    case 'association.created':
      return describe(text(details.name) ?? (target ? (names.association(target) ?? null) : null));
    case 'series.created':
      return describe(text(details.name));
    case 'invitation.created':
      return describe(target ? (names.association(target) ?? 'association supprimée') : 'sans association', joined([role(details.role) && `rôle : ${role(details.role)}`]));
    case 'invitation.accepted':
      return describe(userName(target), joined([role(details.role) && `rôle : ${role(details.role)}`]));
    case 'user.updated':
      return describe(userName(target), describeAccountChange(details, names));
    case 'user.password_reset_link':
      return describe(userName(target));
    case 'user.password_reset':
    case 'user.password_changed':
      return describe(userName(target), describeRevocations(details));
    case 'user.password_change_failed':
      return describe(userName(target));
    case 'token.created':
      return describe(text(details.name));
    case 'token.revoked':
      return describe(target ? (names.token(target) ?? null) : null);
    // Entries written before shares went by address name an account and a role.
    case 'document.shared':
      return describe(
        documentName(),
        joined([
          `avec ${text(details.email) ?? userName(details.userId)}`,
          shareAccess(details.access) && `accès : ${shareAccess(details.access)}`,
          role(details.role) && `rôle : ${role(details.role)}`,
        ]),
      );
    case 'document.unshared':
      return describe(documentName(), `avec ${text(details.email) ?? userName(details.userId)}`);
    case 'document.status_changed':
      return describe(documentName(), status(details.from) && status(details.to) ? `${status(details.from)} → ${status(details.to)}` : null);
    case 'document.approved':
      return describe(documentName(), typeof details.associationId === 'string' ? `pour ${names.association(details.associationId) ?? 'une association'}` : null);
    case 'document.validated':
      return describe(documentName(), text(details.meetingDate) && `réunion du ${formatMeetingDate(String(details.meetingDate))}`);
    case 'document.reopened':
      return describe(documentName(), text(details.reason) && `raison : ${details.reason}`);
    case 'document.imported':
      return describe(documentName(), text(details.file) && `fichier : ${details.file}`);
    case 'document.exported':
      return describe(
        documentName(),
        joined([
          text(details.format) && `format : ${details.format}`,
          text(details.inner) && `compte-rendu en ${details.inner}, avec ses annexes`,
          details.comments === true && 'avec les commentaires',
        ]),
      );
    case 'document.sent':
      return describe(
        documentName(),
        joined([
          text(details.addressee) && `à ${details.addressee}`,
          details.channel === 'outside' && 'remis hors Minutier',
          details.channel === 'email' &&
            typeof details.recipients === 'number' &&
            `par e-mail à ${details.recipients} destinataire${details.recipients > 1 ? 's' : ''}`,
          text(details.files) && `fichiers : ${details.files}`,
        ]),
      );
    case 'letter.created':
    case 'letter.deleted':
    case 'letter.exported':
      return describe(
        letterSubject(typeof details.minutes === 'string' ? names.document(details.minutes) : undefined),
        joined([
          text(details.format) && `format : ${details.format}`,
          details.envoi === true && 'avec le compte-rendu (envoi)',
          details.withAnnexes === true && 'et ses annexes',
        ]),
      );
    case 'annex.uploaded':
    case 'annex.deleted':
      return describe(documentName(), text(details.name) && `fichier : ${details.name}`);
    case 'document.created':
    case 'document.deleted':
    case 'document.restored':
    case 'comment.created':
    case 'comment.replied':
    case 'comment.resolved':
    case 'comment.reopened':
      return describe(documentName());
    case 'action_item.reminder_sent':
      return describe(
        documentName(),
        joined([
          text(details.item) && `point «\u00a0${details.item}\u00a0»`,
          typeof details.recipients === 'number' && `${details.recipients} destinataire${details.recipients > 1 ? 's' : ''}`,
        ]),
      );
    case 'settings.review_changed':
      return describe(null, describeReviewSetting(details.membersSuggestOnlyInReview));
    case 'suggestions.accepted':
    case 'suggestions.rejected':
      return describe(documentName(), describeDecision(details));
    default:
      return describe(target, genericDetails(details));
  }
}

/** « lettre d’envoi de « Réunion du Collectif » », or of a compte-rendu since deleted. */
const letterSubject = (minutesTitle: string | undefined): string =>
  minutesTitle ? `lettre d’envoi de «\u00a0${minutesTitle}\u00a0»` : 'lettre d’envoi d’un compte-rendu supprimé';

/** `user.updated` records only what the change set; an associationId of null means « removed ». */
function describeAccountChange(details: AuditEntry['details'], names: AuditNames): string | null {
  return joined([
    role(details.role) && `rôle : ${role(details.previousRole) ?? '?'} → ${role(details.role)}`,
    typeof details.associationId === 'string' && `association : ${names.association(details.associationId) ?? 'inconnue'}`,
    details.associationId === null && 'retiré de son association',
    details.disabled === true && 'désactivé',
    details.disabled === false && 'réactivé',
    describeRevocations(details),
  ]);
}

/** A reset or a disabled account ends the sessions and revokes the API tokens (A10). */
function describeRevocations(details: AuditEntry['details']): string | null {
  const count = (value: unknown, one: string, many: string) =>
    typeof value === 'number' ? `${value} ${value > 1 ? many : one}` : null;
  return joined([
    count(details.endedSessions, 'session fermée', 'sessions fermées'),
    count(details.revokedTokens, 'jeton d’API révoqué', 'jetons d’API révoqués'),
  ]);
}

function describeReviewSetting(suggestOnly: unknown): string | null {
  if (suggestOnly === true) return 'pendant la relecture, les membres ne peuvent que suggérer';
  if (suggestOnly === false) return 'pendant la relecture, les membres modifient le texte';
  return null;
}

/** « 3 suggestions ; associations : AFJ, Amicale du Nid ; auteurs : … » (W8). */
function describeDecision(details: AuditEntry['details']): string | null {
  const count = typeof details.count === 'number' ? `${details.count} suggestion${details.count > 1 ? 's' : ''}` : null;
  const parts = [count, text(details.associations) && `associations : ${details.associations}`, text(details.authors) && `auteurs : ${details.authors}`];
  const kept = parts.filter((part): part is string => typeof part === 'string');
  return kept.length > 0 ? kept.join(' ; ') : null;
}

function genericDetails(details: AuditEntry['details']): string | null {
  return joined(Object.entries(details).map(([key, value]) => (value === null ? null : `${key} : ${String(value)}`)));
}
