import { describe, expect, it } from 'vitest';
import { isSafeLinkTarget, markProblem, minutesLink, nodeAttributeProblem, nodeAttributesProblem } from './valueRules';

const documentId = 'AbCdEfGhIjKlMnOpQr_-12';

describe('value rules for the links and origins of carried items (A2, M9)', () => {
  it('keeps a link to another compte-rendu, exactly /cr/<id>, and no other relative target', () => {
    expect(isSafeLinkTarget(minutesLink(documentId))).toBe(true);
    for (const href of ['//evil.example/cr/x', '/cr/../admin', `/cr/${documentId}/x`, '/admin', `cr/${documentId}`, 'javascript:alert(1)', `/cr/${documentId}\n`]) {
      expect(isSafeLinkTarget(href), href).toBe(false);
    }
    expect(markProblem('link', { href: `/cr/${documentId}` })).toBeUndefined();
    expect(markProblem('link', { href: '/autre' })).toBe('linkTarget');
  });

  it('takes an origin that names a document and an item, or none', () => {
    expect(nodeAttributesProblem('actionItem', { id: 'x', originDocument: documentId, originItem: 'demo-suivre-8' })).toBeUndefined();
    expect(nodeAttributesProblem('actionItem', { id: 'x', originDocument: null, originItem: null })).toBeUndefined();
    expect(nodeAttributeProblem('actionItem', 'originDocument', 'not a document')).toBe('originReference');
    expect(nodeAttributeProblem('actionItem', 'originDocument', 42)).toBe('originReference');
    expect(nodeAttributeProblem('actionItem', 'originItem', 'a b')).toBe('originReference');
  });
});
