import { longMinutes } from '../export/longMinutes';
import { expectStatus, request } from '../targets/minutierAccess';
import { apiOf, type UserAction } from './userAction';

const FORMATS = ['pdf', 'docx'] as const;

/** The ~100-page compte-rendu of `npm run bench:export`, downloaded as PDF then DOCX, over and over. */
export function exportAction(copies: number): UserAction {
  return {
    name: `export of a ${copies}-copy compte-rendu (PDF, DOCX alternately)`,
    async prepare(server) {
      const { origin, headers } = await apiOf(server);
      const { meta, participants, content } = longMinutes(copies);
      const created = await request(`${origin}/api/minutes`, { method: 'POST', headers, body: { meta, participants, content } });
      await expectStatus(created, 201, 'POST /api/minutes (long document)');
      const { id } = (await created.json()) as { id: string };
      let next = 0;
      const prepared = {
        async once() {
          const format = FORMATS[next++ % FORMATS.length]!;
          // No deadline: a PDF export yields to everything else and takes seconds on a busy machine.
          const response = await fetch(`${origin}/api/minutes/${id}/export?format=${format}&profile=internal`, { headers });
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`${format} export answered ${response.status}`);
        },
      };
      // Starts Chromium and the export workers, as on a server that has exported before.
      await prepared.once();
      await prepared.once();
      return prepared;
    },
  };
}
