import { describe, expect, it } from 'vitest';
import { documentBlocks } from './documentBlocks';

const actionItem = (due: string) => ({
  type: 'doc',
  content: [
    {
      type: 'actionItem',
      attrs: { id: 'a1', owners: ['CCEM'], due, status: 'open' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Relancer la DGCS.' }] }],
    },
  ],
});

describe('documentBlocks', () => {
  it('writes a due day of an « À suivre » in French, as the diff shows it, and a due in words as written', () => {
    expect(documentBlocks(actionItem('2014-01-31'))[0]?.text).toBe('[CCEM · échéance 31 janvier 2014]\nRelancer la DGCS.');
    expect(documentBlocks(actionItem('d’ici la prochaine réunion'))[0]?.text).toBe(
      '[CCEM · échéance d’ici la prochaine réunion]\nRelancer la DGCS.',
    );
  });
});
