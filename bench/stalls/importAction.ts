import { longMinutes } from '../export/longMinutes';
import { renderMarkdown } from '../../shared/export/renderMarkdown';
import { apiOf, type UserAction } from './userAction';

/**
 * `POST /api/minutes/import` of a long Markdown compte-rendu, over and over: the export of
 * `copies` shuffled copies of the sample minutes (26: about 100 pages, 260 KB), each import
 * making a new document.
 */
export function importAction(copies: number): UserAction {
  return {
    name: `import of a ${copies}-copy compte-rendu (Markdown)`,
    async prepare(server) {
      const { origin, headers } = await apiOf(server);
      const markdown = renderMarkdown(longMinutes(copies));
      const prepared = {
        async once() {
          const form = new FormData();
          form.append('file', new Blob([markdown], { type: 'text/markdown' }), 'compte-rendu-long.md');
          const response = await fetch(`${origin}/api/minutes/import`, { method: 'POST', headers, body: form });
          if (response.status !== 201) throw new Error(`import answered ${response.status}: ${await response.text()}`);
        },
      };
      // The first import loads the readers and recognisers, as on a server that has imported before.
      await prepared.once();
      return prepared;
    },
  };
}
