import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ApprovalsResponse } from '../../shared/api/review';
import { ApprovalsSection } from './ApprovalsSection';

const approval = (associationId: string, hash: string) => ({
  associationId,
  versionId: `v-${hash}`,
  hash,
  approvedAt: '2014-02-10T09:30:00Z',
  approvedBy: 'u',
});
const approvals: ApprovalsResponse = {
  currentHash: 'now',
  associations: [
    { organisation: 'Hors la Rue', associationId: 'hlr', state: 'stale', approval: approval('hlr', 'old') },
    { organisation: 'Amicale du Nid', associationId: 'adn', state: 'current', approval: approval('adn', 'now') },
    { organisation: 'CCEM', associationId: null, state: 'none', approval: null },
  ],
};
const render = (ownAssociationId: string | null, approveFor: { id: string; name: string } | null) =>
  renderToStaticMarkup(
    <ApprovalsSection
      approvals={approvals}
      versions={[]}
      ownAssociationId={ownAssociationId}
      approveFor={approveFor}
      busy={false}
      onApprove={() => {}}
      onShowChangesSince={() => {}}
    />,
  );

describe('ApprovalsSection', () => {
  it('W3: lists each present association with its approval state in words', () => {
    const html = render(null, null);
    expect(html).toContain('Approuvé sur la version du 10 février 2014');
    expect(html).toContain('— modifié depuis');
    expect(html).toContain('Approuvé (cette version)');
    expect(html).toContain('Pas encore approuvé');
    expect(html).toContain('Aucun compte Minutier n’est rattaché à cette association.');
    expect(html).not.toContain('Approuver le texte actuel');
  });

  it('W3: offers a stale association to see what changed and to approve again', () => {
    const html = render('hlr', { id: 'hlr', name: 'Hors la Rue' });
    expect(html).toContain('Ce qui a changé depuis la version que vous avez approuvée');
    expect(html).toContain('Approuver le texte actuel au nom de Hors la Rue');
  });

  it('does not offer to approve a text the association already approved', () => {
    const html = render('adn', { id: 'adn', name: 'Amicale du Nid' });
    expect(html).not.toContain('Approuver le texte actuel');
    expect(html).not.toContain('Ce qui a changé');
  });

  it('tells an association absent from the meeting that it has nothing to approve', () => {
    expect(render('other', { id: 'other', name: 'Fondation Scelles' })).toContain(
      'Fondation Scelles ne figure pas parmi les associations présentes',
    );
  });
});
