import { describe, expect, it } from 'vitest';
import { INSERT_COMMANDS, filterInsertCommands } from './insertCommands';

const ids = (query: string) => filterInsertCommands(query).map((command) => command.id);

describe('filterInsertCommands', () => {
  it('lists the six insertions, in menu order, before anything is typed', () => {
    expect(ids('')).toEqual(['speakerTurn', 'actionItem', 'measureRef', 'sectionHeading', 'annexes', 'nextMeetings']);
  });

  it('finds a command by the start of any word of its label, accents ignored', () => {
    expect(ids('tour')).toEqual(['speakerTurn']);
    expect(ids('suiv')).toEqual(['actionItem']);
    expect(ids('a suivre')).toEqual(['actionItem']);
    expect(ids('ann')).toEqual(['annexes']);
    expect(ids('prochaines')).toEqual(['nextMeetings']);
  });

  it('finds a command by its keywords', () => {
    expect(ids('intervenant')).toEqual(['speakerTurn']);
    expect(ids('tache')).toEqual(['actionItem']);
  });

  it('finds nothing for an unrelated word', () => {
    expect(ids('video')).toEqual([]);
  });

  it('gives every command a shortcut shown in the menu, each one different', () => {
    const shortcuts = INSERT_COMMANDS.map((command) => command.shortcut);
    expect(new Set(shortcuts).size).toBe(INSERT_COMMANDS.length);
    for (const shortcut of shortcuts) expect(shortcut).toMatch(/^Ctrl\+Alt\+\w$/);
  });
});
