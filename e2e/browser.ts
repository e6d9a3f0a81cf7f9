import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { E2E_ADMIN, type Credentials } from './serverProcess';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * A separate browser context is a separate person: own storage, own identity, own socket.
 * It is signed in through the API as `signInAs` (the coordination admin by default; the
 * session cookie lands in the context), so that tests not about signing in skip the page;
 * `signInAs: null` leaves it signed out. Browser console errors are collected so tests can
 * show them when something goes wrong.
 */
export async function openContext(
  browser: Browser,
  baseUrl: string,
  { signInAs = E2E_ADMIN }: { signInAs?: Credentials | null } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1200, height: 900 } });
  if (signInAs) {
    const login = await context.request.post(`${baseUrl}/api/auth/login`, { data: signInAs });
    if (!login.ok()) throw new Error(`sign-in answered ${login.status()}: ${await login.text()}`);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, errors };
}

/** The body of the compte-rendu, editable or not. */
export function documentBody(page: Page) {
  return page.locator('.document-body');
}

/**
 * The body once the editor accepts typing: it turns editable after the document has
 * synchronised, not when it first appears, so a test that types waits for this.
 */
export function editableBody(page: Page) {
  return documentBody(page).and(page.locator('[contenteditable="true"]'));
}

/** Waits until a status element shows exactly `text` (statuses contain each other: « Connecté »). */
export async function waitForStatus(page: Page, testId: 'connection-status' | 'sync-status', text: string) {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByTestId(testId).filter({ hasText: new RegExp(`^\\s*${escaped}\\s*$`) }).waitFor({ timeout: 20_000 });
}

/** Places the caret at the very end of the document and types there. */
export async function typeAtEnd(page: Page, text: string, { newParagraph = false } = {}): Promise<void> {
  // A click on the body can land on a colleague's caret label, which is no place to type: the
  // caret is asked for the end until the editor says it is there (read from Tiptap's view).
  for (let attempt = 0; ; attempt++) {
    await documentBody(page).click();
    await page.keyboard.press('Control+End');
    if (await caretAtEnd(page)) break;
    if (attempt === 10) throw new Error('the caret never reached the end of the document');
  }
  if (newParagraph) await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 10 });
}

/** Whether the editor's selection is a caret at the very end of its document. */
function caretAtEnd(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    type Editor = { isEditable: boolean; isFocused: boolean; state: { doc: unknown; selection: { empty: boolean; to: number; constructor: { atEnd(doc: unknown): { to: number } } } } };
    const editor = (document.querySelector('.document-body') as (Element & { editor?: Editor }) | null)?.editor;
    // A read-only body has no caret to place: what it does with keys is what such tests check.
    if (!editor || !editor.isEditable) return true;
    const { selection, doc } = editor.state;
    return editor.isFocused && selection.empty && selection.to === selection.constructor.atEnd(doc).to;
  });
}
