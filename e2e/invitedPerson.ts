import type { BrowserContext, Page } from 'playwright-core';
import type { Role } from '../shared/api/roles';
import type { BrowserSuite } from './browserSuite';
import { associationId, type ScriptedAdmin } from './scriptedAdmin';

export interface InvitedPersonOptions {
  /** Each test file's own prefix keeps the accounts' emails apart, and says in the server's log which file made them. */
  emailPrefix: string;
  /** Where the pages' errors go; the test file checks and empties it. */
  pageErrors: string[][];
  /** The same as `openContext` by default, so a member sees the layout the coordination sees. */
  viewport?: { width: number; height: number };
  /** Also collect console errors, not only uncaught exceptions (for tests that expect a refused request). */
  consoleErrors?: boolean;
}

export interface InvitedPerson {
  name: string;
  /** Who the coordination invites: `association: null` is an account of the coordination itself. */
  role: Role;
  association: string | null;
}

let accounts = 0;

/**
 * Returns how this test file brings in a new person: the coordination invites them with a
 * role (in an association, created if need be), they accept in a fresh browser context, whose
 * session cookie then signs them in, and a page is opened there with its errors collected.
 * Accepting an invitation, rather than signing in, is how such an account comes to exist.
 */
export function invitingPeople(suite: BrowserSuite, options: InvitedPersonOptions) {
  const { emailPrefix, pageErrors, viewport = { width: 1200, height: 900 }, consoleErrors = false } = options;
  return async (admin: ScriptedAdmin, person: InvitedPerson): Promise<{ context: BrowserContext; page: Page; name: string }> => {
    const association = person.association === null ? null : await associationId(admin, person.association);
    const { url } = await admin<{ url: string }>('/api/invitations', { associationId: association, role: person.role });
    const secret = new URL(url).pathname.split('/').pop()!;
    const context = await suite.browser.newContext({ locale: 'fr-FR', viewport });
    suite.contexts.push(context);
    const accepted = await context.request.post(`${suite.server.url}/api/invitations/${secret}/accept`, {
      data: { name: person.name, email: `${emailPrefix}${++accounts}@minutier.test`, password: 'mot de passe de la personne' },
    });
    if (!accepted.ok()) throw new Error(`accepting the invitation answered ${accepted.status()}`);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    if (consoleErrors) {
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
    }
    pageErrors.push(errors);
    return { context, page, name: person.name };
  };
}
