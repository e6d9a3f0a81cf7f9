/** What the header's « Rappels » link shows and what a screen reader announces (SPEC T5). */
export function remindersLabel(count: number): { text: string; accessibleName: string } {
  const plural = count > 1;
  return {
    text: `${count} rappel${plural ? 's' : ''}`,
    accessibleName: `Rappels\u00a0: ${count} point${plural ? 's' : ''} à suivre en retard`,
  };
}

/** The « À suivre » page filtered on the open overdue items of the association. */
export const remindersPath = (association: string) =>
  `/a-suivre?${new URLSearchParams({ status: 'open', overdue: '1', association }).toString()}`;
