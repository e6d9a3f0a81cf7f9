import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ALLOWED_MODERATE_VIOLATIONS } from './accessibilityAllowList';
import { auditPage, describeViolations } from './accessibilityAudit';
import { createMinutesViaApi } from './api';
import { documentBody, openContext } from './browser';
import { browserSuite } from './browserSuite';

const suite = browserSuite();

const FOOTER_LINK = 'Accessibilité\u00a0: non conforme';

/** The link to the statement, in the page's footer landmark (contentinfo). */
const footerLink = (page: Page) => page.getByRole('contentinfo').getByRole('link', { name: FOOTER_LINK });

describe('accessibility statement (« Déclaration d’accessibilité »)', () => {
  it('is linked from the sign-in page’s footer and reads whole while signed out', async () => {
    const { context, page, errors } = await openContext(suite.browser, suite.server.url, { signInAs: null });
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/connexion`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await footerLink(page).click();

    await page.waitForURL(/\/accessibilite$/);
    await page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }).waitFor();
    expect(await page.title()).toBe('Déclaration d’accessibilité — Minutier');
    const main = page.getByRole('main');
    const sections = await main.getByRole('heading', { level: 2 }).allTextContents();
    expect(sections).toEqual([
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      'Établissement de cette déclaration',
      'Retour d’information et contact',
      'Voies de recours',
    ]);
    const text = (await main.textContent()) ?? '';
    expect(text).toContain('article 47 de la loi n°\u00a02005-102 du 11 février 2005');
    expect(text).toContain('Minutier est non conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1');
    expect(text).toContain('09\u00a069\u00a039\u00a000\u00a000');
    expect(text).toContain('Libre réponse 71120');
    expect(await main.getByRole('link', { name: /@/ }).getAttribute('href')).toMatch(/^mailto:[^@\s]+@[^@\s]+$/);
    // Every moderate violation the audit lets through is explained here.
    for (const allowed of ALLOWED_MODERATE_VIOLATIONS) expect(text).toContain(allowed.reason.fr);

    const violations = await auditPage(page);
    expect(describeViolations(violations)).toBe('');
    expect(errors).toEqual([]);
  });

  it('opens on a direct visit while signed out, without being sent to sign in', async () => {
    const { context, page } = await openContext(suite.browser, suite.server.url, { signInAs: null });
    suite.contexts.push(context);
    await page.goto(`${suite.server.url}/accessibilite`);
    await page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/accessibilite');
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
  });

  it('is linked from the footer of the list page and of the editor once signed in', async () => {
    const id = await createMinutesViaApi(suite.server.url, { title: 'Réunion du Collectif du 22 novembre 2013', meetingDate: '2013-11-22' });
    const { context, page, errors } = await openContext(suite.browser, suite.server.url);
    suite.contexts.push(context);
    await page.goto(suite.server.url);
    await page.getByRole('link', { name: 'Réunion du Collectif du 22 novembre 2013' }).waitFor();
    await footerLink(page).waitFor();

    await page.goto(`${suite.server.url}/cr/${id}`);
    await documentBody(page).waitFor();
    await footerLink(page).click();
    await page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }).waitFor();
    expect(errors).toEqual([]);
  });
});
