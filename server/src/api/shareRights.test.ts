import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinutesDocument } from '../../../shared/api/minutes';
import type { ShareListResponse } from '../../../shared/api/shares';
import { type TestServer, type TestUser, startTestServer } from '../testing/testServer';

describe('shares: reading, suggesting or editing one compte-rendu, never a collective role', () => {
  let server: TestServer;
  let id: string;
  beforeEach(async () => {
    server = await startTestServer();
    id = await server.createDocument();
  });
  afterEach(() => server.close());

  const share = (email: string, access: unknown, as?: TestUser) =>
    server.api(`/api/minutes/${id}/shares`, { method: 'PUT', body: { email, access }, as });
  const accessOf = async (as: TestUser) => {
    const response = await server.api(`/api/minutes/${id}`, { as });
    return response.status === 200 ? ((await response.json()) as MinutesDocument).access : response.status;
  };
  const validate = (as: TestUser) => server.api(`/api/minutes/${id}/validate`, { body: { meetingDate: '2014-03-14' }, as });
  const reopen = (as: TestUser) => server.api(`/api/minutes/${id}/reopen`, { body: { reason: 'Une erreur de date.' }, as });
  const outsider = async (role: 'coordination' | 'reader') =>
    server.createUser(role, { collectiveId: await server.createCollective('Ministère') });

  it('A12: a share of a collective role, or of anything but read, suggest or write, is refused with 400', async () => {
    const guest = await outsider('reader');
    for (const access of ['coordination', 'secretariat', 'member', 'reader', 'admin', undefined]) {
      expect((await share(guest.user.email, access)).status, String(access)).toBe(400);
    }
    const legacy = await server.api(`/api/minutes/${id}/shares`, { method: 'PUT', body: { email: guest.user.email, role: 'coordination' } });
    expect(legacy.status).toBe(400);
    expect(await accessOf(guest)).toBe(404);
  });

  it('A8: a secretariat cannot share with itself, and so never validates nor reopens', async () => {
    const secretariat = await server.createUser('secretariat');
    const self = await share(secretariat.user.email.toUpperCase(), 'write', secretariat);
    expect(self.status).toBe(400);
    expect(((await self.json()) as { error: string }).error).toBe('self_share');
    expect((await share(secretariat.user.email, 'coordination', secretariat)).status).toBe(400);
    expect((await validate(secretariat)).status).toBe(403);
    expect((await validate(server.admin)).status).toBe(201);
    expect((await reopen(secretariat)).status).toBe(403);
    expect((await reopen(server.admin)).status).toBe(200);
  });

  it('A8: a reader, a member or another collective’s coordination with a write share edits, but never validates, reopens, moves the status, restores, decides or deletes', async () => {
    const people = [await server.createUser('reader'), await server.createUser('member'), await outsider('coordination')];
    for (const person of people) {
      expect((await share(person.user.email, 'write')).status).toBe(200);
      expect(await accessOf(person)).toBe('write');
      const doc = (await (await server.api(`/api/minutes/${id}`, { as: person })).json()) as MinutesDocument;
      expect(doc.role).toBe('member');
      expect((await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' }, as: person })).status).toBe(403);
      expect((await validate(person)).status).toBe(403);
      expect((await server.api(`/api/minutes/${id}/suggestions/decisions`, { body: { decisions: [] }, as: person })).status).toBe(403);
      expect((await server.api(`/api/minutes/${id}/versions/x/restore`, { body: {}, as: person })).status).toBe(403);
      expect([403, 404]).toContain((await server.api(`/api/minutes/${id}`, { method: 'DELETE', as: person })).status);
      // Nor may they pass the document on.
      expect((await share('quelqu-un@exemple.org', 'read', person)).status).toBe(403);
    }
    expect((await validate(server.admin)).status).toBe(201);
    for (const person of people) {
      expect(await accessOf(person)).toBe('read');
      expect((await reopen(person)).status).toBe(403);
    }
    expect((await server.api(`/api/minutes/${id}`, { as: server.admin })).status).toBe(200);
  });

  it('A12: an approval speaks for an association of the collective, never for a guest’s', async () => {
    const guest = await outsider('coordination');
    const association = (await (
      await server.api('/api/associations', { body: { name: 'Ministère invité' }, as: guest })
    ).json()) as { id: string };
    await server.accounts.updateUser(guest.user.id, { associationId: association.id });
    expect((await share(guest.user.email, 'write')).status).toBe(200);
    expect((await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } })).status).toBe(200);
    const approval = await server.api(`/api/minutes/${id}/approvals`, { body: { versionId: 'current' }, as: guest });
    expect(approval.status).toBe(403);
  });

  it('A12: read and suggest shares give exactly that; a write share suggests in review when members do (R20)', async () => {
    const reader = await server.createUser('reader');
    const guest = await outsider('reader');
    const member = await server.createUser('member');
    expect((await share(reader.user.email, 'suggest')).status).toBe(200);
    expect((await share(guest.user.email, 'read')).status).toBe(200);
    expect((await share(member.user.email, 'read')).status).toBe(200);
    expect(await accessOf(reader)).toBe('suggest');
    expect(await accessOf(guest)).toBe('read');
    // A share only ever raises: the member keeps the editing its role gives.
    expect(await accessOf(member)).toBe('write');
    expect((await share(guest.user.email, 'write')).status).toBe(200);
    await server.api('/api/settings/review', { method: 'PUT', body: { membersSuggestOnlyInReview: true } });
    await server.api(`/api/minutes/${id}/status`, { body: { status: 'review' } });
    expect(await accessOf(guest)).toBe('suggest');
  });

  it('A8: only the secretariat and the coordination of the collective share; others get 403, another collective 404', async () => {
    const guest = await outsider('reader');
    const stranger = await outsider('coordination');
    for (const role of ['member', 'reader'] as const) {
      expect((await share(guest.user.email, 'read', await server.createUser(role))).status, role).toBe(403);
    }
    expect((await share(guest.user.email, 'read', stranger)).status).toBe(404);
    expect((await server.api(`/api/minutes/${id}/shares`, { as: stranger })).status).toBe(404);
    expect((await share(guest.user.email, 'read', await server.createUser('secretariat'))).status).toBe(200);
    expect((await share(guest.user.email, 'suggest', server.admin)).status).toBe(200);
    const deleted = await server.api(`/api/minutes/${id}/shares/${encodeURIComponent(guest.user.email)}`, {
      method: 'DELETE',
      as: await server.createUser('member'),
    });
    expect(deleted.status).toBe(403);
  });

  it('A12: sharing answers the same whether the address has an account or not, and an address without one gets nothing', async () => {
    const guest = await outsider('reader');
    const known = await share(guest.user.email, 'read');
    const unknown = await share('personne@nulle-part.org', 'read');
    expect(unknown.status).toBe(known.status);
    expect(await known.json()).toEqual({ email: guest.user.email, access: 'read' });
    expect(await unknown.json()).toEqual({ email: 'personne@nulle-part.org', access: 'read' });
    const list = (await (await server.api(`/api/minutes/${id}/shares`)).json()) as ShareListResponse;
    expect(list.shares).toEqual([
      { email: guest.user.email, access: 'read' },
      { email: 'personne@nulle-part.org', access: 'read' },
    ]);
    const audit = (await (await server.api('/api/audit')).json()) as { entries: Array<{ action: string; details: object }> };
    const shared = audit.entries.filter((entry) => entry.action === 'document.shared').map((entry) => Object.keys(entry.details).sort());
    expect(shared).toEqual([
      ['access', 'email'],
      ['access', 'email'],
    ]);

    // An account made later with that address is not given the document: share again then.
    const latecomer = await server.createUser('reader', { collectiveId: guest.user.collectiveId, email: 'personne@nulle-part.org' });
    expect(await accessOf(latecomer)).toBe(404);
    expect((await share('Personne@Nulle-Part.org', 'write')).status).toBe(200);
    expect(await accessOf(latecomer)).toBe('write');
    const removed = await server.api(`/api/minutes/${id}/shares/${encodeURIComponent('personne@nulle-part.org')}`, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect(await accessOf(latecomer)).toBe(404);
  });

  it('A12: a guest of another collective sees only their own share, never the other guests’ addresses', async () => {
    const [guest, other] = [await outsider('reader'), await outsider('reader')];
    expect((await share(guest.user.email, 'read')).status).toBe(200);
    expect((await share(other.user.email, 'suggest')).status).toBe(200);
    const listed = async (as?: TestUser) =>
      ((await (await server.api(`/api/minutes/${id}/shares`, { as })).json()) as { shares: Array<{ email: string }> }).shares.map((s) => s.email);
    expect(await listed(guest)).toEqual([guest.user.email]);
    expect((await listed(await server.createUser('member'))).sort()).toEqual([guest.user.email, other.user.email].sort());
    expect((await listed()).sort()).toEqual([guest.user.email, other.user.email].sort());
  });
});
