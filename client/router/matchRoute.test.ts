import { describe, expect, it } from 'vitest';
import { editorPath, matchRoute } from './matchRoute';

const id = 'AbCdEfGhIjKlMnOpQr_-12';

describe('matchRoute', () => {
  it('maps / to the list page', () => {
    expect(matchRoute('/')).toEqual({ page: 'list' });
  });

  it('maps /cr/:id to the editor page', () => {
    expect(matchRoute(`/cr/${id}`)).toEqual({ page: 'editor', id });
    expect(matchRoute(`/cr/${id}/`)).toEqual({ page: 'editor', id });
  });

  it('rejects ids that cannot be document ids', () => {
    expect(matchRoute('/cr/short')).toEqual({ page: 'notFound' });
    expect(matchRoute('/cr/%E0%A4%A')).toEqual({ page: 'notFound' });
    expect(matchRoute(`/cr/${id}/extra`)).toEqual({ page: 'notFound' });
  });

  it('reports unknown paths', () => {
    expect(matchRoute('/cr')).toEqual({ page: 'notFound' });
    expect(matchRoute('/autre')).toEqual({ page: 'notFound' });
  });

  it('builds paths that match back to the same id', () => {
    expect(matchRoute(editorPath(id))).toEqual({ page: 'editor', id });
  });
});
