import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_TICKET } from '../../shared/export/exportProgress';
import { exportsAhead, fetchExport, newExportTicket } from './exportApi';
import { ApiRequestError } from './http';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('export API', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names each export with a fresh ticket the server accepts, and asks its place under it', async () => {
    const ticket = newExportTicket();
    expect(ticket).toMatch(EXPORT_TICKET);
    expect(newExportTicket()).not.toBe(ticket);
    const fetchMock = vi.fn(async (_path: string) => json(200, { ahead: 2 }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await exportsAhead('doc', ticket, new AbortController().signal)).toBe(2);
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/minutes/doc/export/progress?ticket=${ticket}`);
  });

  it('E1: turns a full line (503) into an error carrying the French message, its code and Retry-After', async () => {
    const message = 'Le serveur prépare déjà 8 exports à la fois. Réessayez dans quelques secondes.';
    const fetchMock = vi.fn(async (_path: string) => json(503, { error: 'export_busy', message }, { 'Retry-After': '5' }));
    vi.stubGlobal('fetch', fetchMock);
    const request = { documentId: 'doc', format: 'docx', profile: 'internal', withComments: true, ticket: 'abcdef12' } as const;
    const refused = await fetchExport(request).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiRequestError);
    expect(refused).toMatchObject({ status: 503, code: 'export_busy', message, retryAfterSeconds: 5 });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/minutes/doc/export?format=docx&profile=internal&comments=include&ticket=abcdef12');
  });
});
