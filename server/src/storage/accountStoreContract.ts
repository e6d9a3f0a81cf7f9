import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AccountStore, DuplicateEmailError, type User } from './accountStore';

/** A fresh, empty store and how to dispose of it (and of its database) after one test. */
export interface AccountStoreUnderTest {
  store: AccountStore;
  close(): Promise<void>;
}

/**
 * The behaviour every AccountStore must have (issue 18, S1): each implementation's test
 * file calls this with a factory for a fresh, empty store.
 */
export function accountStoreContract(name: string, makeStore: () => Promise<AccountStoreUnderTest>): void {
  describe(`AccountStore contract: ${name}`, () => {
    let store: AccountStore;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close: dispose } = await makeStore());
      await store.createCollective({ id: 'c', name: 'Ministère' });
    });
    afterEach(async () => {
      await store.close();
      await dispose();
    });

    const user = (id: string, email: string, fields: Partial<User> = {}): User => ({
      id,
      collectiveId: 'c',
      associationId: null,
      email,
      name: id,
      role: 'member',
      disabled: false,
      createdAt: '2025-01-01T00:00:00.000Z',
      ...fields,
    });

    it('keeps collectives and lists them by name, in byte order (capitals first)', async () => {
      await store.createCollective({ id: 'z', name: 'Zèbres' });
      await store.createCollective({ id: 'a', name: 'amicale' });
      await store.renameCollective('c', 'Assemblée');
      expect(await store.getCollective('c')).toEqual({ id: 'c', name: 'Assemblée' });
      expect(await store.getCollective('inconnu')).toBeUndefined();
      expect((await store.listCollectives()).map((collective) => collective.name)).toEqual(['Assemblée', 'Zèbres', 'amicale']);
    });

    it('keeps the associations of a collective, by name', async () => {
      await store.createCollective({ id: 'other', name: 'Autre' });
      await store.createAssociation({ id: 'a2', collectiveId: 'c', name: 'Voisins' });
      await store.createAssociation({ id: 'a1', collectiveId: 'c', name: 'Locataires' });
      await store.createAssociation({ id: 'a3', collectiveId: 'other', name: 'Ailleurs' });
      expect(await store.listAssociations('c')).toEqual([
        { id: 'a1', collectiveId: 'c', name: 'Locataires' },
        { id: 'a2', collectiveId: 'c', name: 'Voisins' },
      ]);
      expect(await store.getAssociation('a3')).toEqual({ id: 'a3', collectiveId: 'other', name: 'Ailleurs' });
      expect(await store.getAssociation('inconnue')).toBeUndefined();
    });

    it('keeps an account as given and finds it by its address whatever the case of its ASCII letters', async () => {
      await store.createAssociation({ id: 'a1', collectiveId: 'c', name: 'Locataires' });
      const paul = user('u1', 'Paul@Ministere.test', { associationId: 'a1', role: 'secretariat' });
      await store.createUser(paul, 'hash-1');
      expect(await store.getUser('u1')).toEqual(paul);
      expect(await store.getUser('inconnu')).toBeUndefined();
      expect(await store.findUserByEmail('paul@ministere.TEST')).toEqual({ user: paul, passwordHash: 'hash-1' });
      expect(await store.findUserByEmail('pierre@ministere.test')).toBeUndefined();
    });

    it('refuses a second account for an address differing only in case, and keeps the first', async () => {
      await store.createUser(user('u1', 'paul@ministere.test'), 'hash-1');
      await expect(store.createUser(user('u2', 'PAUL@ministere.test'), 'hash-2')).rejects.toBeInstanceOf(DuplicateEmailError);
      expect(await store.countUsers()).toBe(1);
      expect((await store.findUserByEmail('paul@ministere.test'))?.user.id).toBe('u1');
    });

    it('folds only ASCII letters, on every database: moving an install between them merges or splits no account', async () => {
      await store.createUser(user('u1', 'élise@ministere.test'), 'x');
      await store.createUser(user('u2', 'Élise@ministere.test'), 'x');
      expect((await store.findUserByEmail('ÉLISE@ministere.test'))?.user.id).toBe('u2');
      expect(await store.countUsers()).toBe(2);
    });

    it('lists the accounts of one collective by name and counts every account', async () => {
      await store.createCollective({ id: 'other', name: 'Autre' });
      await store.createUser(user('u1', 'b@test', { name: 'Bernard' }), 'x');
      await store.createUser(user('u2', 'a@test', { name: 'Agathe' }), 'x');
      await store.createUser(user('u3', 'o@test', { collectiveId: 'other', name: 'Odile' }), 'x');
      expect((await store.listUsers('c')).map((account) => account.name)).toEqual(['Agathe', 'Bernard']);
      expect(await store.countUsers()).toBe(3);
    });

    it('changes only the fields patched, and the password only through setPassword', async () => {
      await store.createAssociation({ id: 'a1', collectiveId: 'c', name: 'Locataires' });
      await store.createUser(user('u1', 'paul@ministere.test'), 'old');
      await store.updateUser('u1', { role: 'coordination', disabled: true, associationId: 'a1' });
      await store.updateUser('u1', {});
      expect(await store.getUser('u1')).toEqual(user('u1', 'paul@ministere.test', { role: 'coordination', disabled: true, associationId: 'a1' }));
      await store.updateUser('u1', { name: 'Paul R.', disabled: false, associationId: null });
      await store.setPassword('u1', 'new');
      expect(await store.findUserByEmail('paul@ministere.test')).toEqual({
        user: user('u1', 'paul@ministere.test', { role: 'coordination', name: 'Paul R.' }),
        passwordHash: 'new',
      });
    });

    it('A12: a share is kept by address; removing it says whose account it gave access to', async () => {
      await store.createUser(user('u1', 'paul@ministere.test', { role: 'reader' }), 'x');
      await store.putShare({ documentId: 'doc', email: 'Paul@Ministere.test', userId: null, access: 'read' });
      expect(await store.getShare('doc', 'u1')).toBeUndefined();
      await store.putShare({ documentId: 'doc', email: 'paul@ministere.test', userId: 'u1', access: 'suggest' });
      expect(await store.listShares('doc')).toEqual([{ documentId: 'doc', email: 'paul@ministere.test', userId: 'u1', access: 'suggest' }]);
      expect((await store.deleteShare('doc', 'PAUL@ministere.test'))?.userId).toBe('u1');
      expect(await store.deleteShare('doc', 'paul@ministere.test')).toBeUndefined();
    });

    it('A12: lists a document’s shares by address and the documents shared with an account', async () => {
      await store.createUser(user('u1', 'paul@ministere.test'), 'x');
      await store.putShare({ documentId: 'doc1', email: 'zoe@ailleurs.test', userId: null, access: 'write' });
      await store.putShare({ documentId: 'doc1', email: 'paul@ministere.test', userId: 'u1', access: 'read' });
      await store.putShare({ documentId: 'doc2', email: 'paul@ministere.test', userId: 'u1', access: 'write' });
      expect((await store.listShares('doc1')).map((share) => share.email)).toEqual(['paul@ministere.test', 'zoe@ailleurs.test']);
      expect(await store.getShare('doc2', 'u1')).toEqual({ documentId: 'doc2', email: 'paul@ministere.test', userId: 'u1', access: 'write' });
      expect((await store.sharedWith('u1')).sort()).toEqual(['doc1', 'doc2']);
      await store.deleteShare('doc1', 'paul@ministere.test');
      expect(await store.sharedWith('u1')).toEqual(['doc2']);
      expect(await store.sharedWith('personne')).toEqual([]);
    });
  });
}
