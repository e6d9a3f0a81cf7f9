import { describe, expect, it } from 'vitest';
import { renderColleagueSelection } from './colleagueSelection';

describe('renderColleagueSelection', () => {
  it('tints a colleague’s selection with a light shade of their caret colour', () => {
    expect(renderColleagueSelection({ color: '#1f6feb' })).toEqual({
      class: 'ProseMirror-yjs-selection',
      style: 'background-color: #1f6feb33',
    });
  });

  it('paints nothing for a colour another client published in another syntax', () => {
    expect(renderColleagueSelection({ color: 'red' })).toEqual({ class: 'ProseMirror-yjs-selection' });
    expect(renderColleagueSelection({})).toEqual({ class: 'ProseMirror-yjs-selection' });
  });
});
