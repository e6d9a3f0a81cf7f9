import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api/accountTypes';
import { auditActionLabel, describeAuditEntry, type AuditNames } from './auditDescription';

const names: AuditNames = {
  user: (id) => ({ u1: 'Hélène De Rugy', u2: 'Sarah Berthelot' })[id],
  association: (id) => ({ a1: 'Amicale du Nid' })[id],
  document: (id) => ({ d1: 'Réunion du Collectif' })[id],
  token: (id) => ({ t1: 'Export hebdomadaire' })[id],
};

const entry = (action: string, target: string | null, details: AuditEntry['details'] = {}): AuditEntry => ({
  id: 1,
  at: '2025-03-12T13:05:00.000Z',
  collectiveId: 'c',
  actorId: 'u1',
  actorName: 'Hélène De Rugy',
  action,
  target,
  details,
  ip: '127.0.0.1',
});

describe('describeAuditEntry', () => {
  it('names sign-ins, and the address a failed one tried', () => {
    expect(describeAuditEntry(entry('auth.login', 'u1'), names)).toEqual({ action: 'Connexion', subject: null, details: null });
    expect(describeAuditEntry(entry('auth.login_failed', 'x@y.fr'), names)).toEqual({
      action: 'Échec de connexion',
      subject: 'x@y.fr',
      details: null,
    });
  });

  it('says what a change of account changed', () => {
    const change = entry('user.updated', 'u2', { previousRole: 'member', role: 'reader', associationId: 'a1' });
    expect(describeAuditEntry(change, names)).toEqual({
      action: 'Compte modifié',
      subject: 'Sarah Berthelot',
      details: 'rôle : Membre → Lecteur, association : Amicale du Nid',
    });
    expect(describeAuditEntry(entry('user.updated', 'u2', { previousRole: 'member', disabled: true }), names).details).toBe('désactivé');
    expect(describeAuditEntry(entry('user.updated', 'u2', { previousRole: 'member', associationId: null }), names).details).toBe(
      'retiré de son association',
    );
  });

  it('names the association and role of an invitation', () => {
    expect(describeAuditEntry(entry('invitation.created', 'a1', { role: 'member' }), names)).toEqual({
      action: 'Invitation créée',
      subject: 'Amicale du Nid',
      details: 'rôle : Membre',
    });
    expect(describeAuditEntry(entry('invitation.created', null, { role: 'reader' }), names).subject).toBe('sans association');
  });

  it('names a cover letter by the compte-rendu it sends, and what was downloaded', () => {
    expect(describeAuditEntry(entry('letter.created', 'l1', { minutes: 'd1' }), names)).toEqual({
      action: 'Lettre d’envoi écrite',
      subject: 'lettre d’envoi de «\u00a0Réunion du Collectif\u00a0»',
      details: null,
    });
    expect(describeAuditEntry(entry('letter.exported', 'l1', { minutes: 'gone', format: 'pdf', envoi: true }), names)).toEqual({
      action: 'Lettre d’envoi téléchargée',
      subject: 'lettre d’envoi d’un compte-rendu supprimé',
      details: 'format : pdf, avec le compte-rendu (envoi)',
    });
  });

  it('names tokens, also once revoked', () => {
    expect(describeAuditEntry(entry('token.created', 't1', { name: 'Export hebdomadaire' }), names).subject).toBe('Export hebdomadaire');
    expect(describeAuditEntry(entry('token.revoked', 't1'), names).subject).toBe('Export hebdomadaire');
  });

  it('names documents by their title, even deleted ones', () => {
    expect(describeAuditEntry(entry('document.created', 'd1', { title: 'Réunion du Collectif' }), names).subject).toBe('Réunion du Collectif');
    expect(describeAuditEntry(entry('document.deleted', 'd9', { title: 'Ancien' }), names).subject).toBe('Ancien');
    expect(describeAuditEntry(entry('document.shared', 'd1', { userId: 'u2', role: 'reader' }), names)).toEqual({
      action: 'Compte-rendu partagé',
      subject: 'Réunion du Collectif',
      details: 'avec Sarah Berthelot, rôle : Lecteur',
    });
    expect(describeAuditEntry(entry('user.password_reset', 'u2', { endedSessions: 2, revokedTokens: 1 }), names).details).toBe(
      '2 sessions fermées, 1 jeton d’API révoqué',
    );
    expect(describeAuditEntry(entry('user.password_changed', 'u2', { endedSessions: 1 }), names)).toEqual({
      action: 'Mot de passe changé',
      subject: 'Sarah Berthelot',
      details: '1 session fermée',
    });
    expect(describeAuditEntry(entry('user.password_change_failed', 'u2'), names)).toMatchObject({
      action: 'Échec du changement de mot de passe',
      subject: 'Sarah Berthelot',
    });
    expect(describeAuditEntry(entry('document.shared', 'd1', { email: 'paul@ministere.test', access: 'suggest' }), names).details).toBe(
      'avec paul@ministere.test, accès : Suggestion',
    );
    expect(describeAuditEntry(entry('document.imported', 'd1', { title: 'Réunion du Collectif', file: 'cr.docx' }), names)).toEqual({
      action: 'Compte-rendu importé',
      subject: 'Réunion du Collectif',
      details: 'fichier : cr.docx',
    });
    expect(describeAuditEntry(entry('document.status_changed', 'd1', { from: 'draft', to: 'review' }), names).details).toBe(
      'Brouillon → En relecture',
    );
  });

  it('names the compte-rendu of a comment, and says when an export carried the comments', () => {
    expect(describeAuditEntry(entry('comment.resolved', 'd1', { threadId: 'x' }), names)).toEqual({
      action: 'Commentaire résolu',
      subject: 'Réunion du Collectif',
      details: null,
    });
    expect(describeAuditEntry(entry('document.exported', 'd1', { format: 'odt', profile: 'internal', comments: true }), names).details).toBe(
      'format : odt, avec les commentaires',
    );
  });

  it('W7, W8: says how the review setting changed, and who decided which suggestions', () => {
    expect(describeAuditEntry(entry('settings.review_changed', 'c', { membersSuggestOnlyInReview: true }), names)).toEqual({
      action: 'Réglages de relecture modifiés',
      subject: null,
      details: 'pendant la relecture, les membres ne peuvent que suggérer',
    });
    const decision = { title: 'Réunion du Collectif', count: 3, associations: 'AFJ, Amicale du Nid', authors: 'Hélène, Magali' };
    expect(describeAuditEntry(entry('suggestions.accepted', 'd1', decision), names)).toEqual({
      action: 'Suggestions acceptées',
      subject: 'Réunion du Collectif',
      details: '3 suggestions ; associations : AFJ, Amicale du Nid ; auteurs : Hélène, Magali',
    });
    expect(describeAuditEntry(entry('suggestions.rejected', 'd1', { count: 1, associations: '', authors: 'Hélène' }), names)).toEqual({
      action: 'Suggestions refusées',
      subject: 'Réunion du Collectif',
      details: '1 suggestion ; auteurs : Hélène',
    });
  });

  it('M8: names a meeting series added by the coordination', () => {
    expect(describeAuditEntry(entry('series.created', 's1', { name: 'Rencontres ministérielles' }), names)).toEqual({
      action: 'Série de réunions ajoutée',
      subject: 'Rencontres ministérielles',
      details: null,
    });
  });

  it('still shows an action it does not know, as recorded', () => {
    expect(auditActionLabel('plan.imported')).toBe('plan.imported');
    expect(describeAuditEntry(entry('plan.imported', 'p1', { count: 3, note: null }), names)).toEqual({
      action: 'plan.imported',
      subject: 'p1',
      details: 'count : 3',
    });
  });
});
