import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { LetterTemplate } from '../../../shared/api/letters';
import { createSqliteLetterTemplateStore } from './sqliteLetterTemplateStore';

const dir = mkdtempSync(join(tmpdir(), 'minutier-letter-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const template: LetterTemplate = {
  letterhead: ['Collectif « Ensemble contre la traite des êtres humains »'],
  place: 'Paris',
  signatory: { name: 'Véronique Fayet', title: 'Présidente', onBehalf: 'Pour le Collectif' },
  salutation: 'Madame, Monsieur,',
  body: ['Veuillez trouver ci-joint le compte-rendu « {titre} » du {date}.'],
  closing: 'Veuillez agréer, Madame, Monsieur, l’assurance de ma très haute considération.',
  contact: 'Coordination : genevieve.colas@secours-catholique.org',
};

describe('sqlite letter template store (L6)', () => {
  it('L6: keeps one template per collective, replaced whole, across a restart', async () => {
    const file = join(dir, 'templates.sqlite');
    const store = createSqliteLetterTemplateStore(file);
    expect(await store.get('a')).toBeUndefined();
    await store.put('a', template);
    await store.put('a', { ...template, place: 'Lyon' });
    await store.put('b', template);
    await store.close();
    const reopened = createSqliteLetterTemplateStore(file);
    expect(await reopened.get('a')).toEqual({ ...template, place: 'Lyon' });
    expect(await reopened.get('b')).toEqual(template);
    await reopened.close();
  });

  it('L6: a stored template that no longer fits the schema reads as none, so the default replaces it', async () => {
    const file = join(dir, 'broken.sqlite');
    const store = createSqliteLetterTemplateStore(file);
    const db = new Database(file);
    db.prepare('INSERT INTO letter_templates (collective_id, template) VALUES (?, ?)').run('a', JSON.stringify({ place: 3 }));
    db.close();
    expect(await store.get('a')).toBeUndefined();
    await store.close();
  });
});
