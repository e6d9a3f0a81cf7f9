import type { ScriptedAdmin } from './scriptedAdmin';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const turn = (id: string, organisation: string, text: string) => ({
  type: 'speakerTurn',
  attrs: { id, organisation, person: '', role: '' },
  content: [paragraph(text)],
});

/** A compte-rendu of a meeting where Hors la Rue and Amicale du Nid were present and spoke: what the review tests approve. */
export async function createReviewedMinutes(api: ScriptedAdmin, title: string): Promise<string> {
  const created = await api<{ id: string }>('/api/minutes', {
    meta: { title, meetingDate: '2013-11-22' },
    participants: [
      { organisation: 'Hors la Rue', people: ['Martina Andreeva'], attendance: 'present' },
      { organisation: 'Amicale du Nid', people: ['Hélène De Rugy'], attendance: 'present' },
    ],
    content: {
      type: 'doc',
      content: [
        turn('t1', 'Hors la Rue', 'Le projet Resiland débute.'),
        turn('t2', 'Amicale du Nid', 'Un état des lieux est nécessaire.'),
      ],
    },
  });
  return created.id;
}
