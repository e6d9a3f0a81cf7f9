/**
 * Where the bars stuck to the top of the window end (px from the window's top): the
 * application header, and the editor's toolbar below it when it sticks too. Text above
 * this line is hidden behind them.
 */
export function stickyBarsBottom(editorRoot: Element): number {
  let bottom = 0;
  const bars = [document.querySelector('.app-header'), editorRoot.closest('.editor')?.querySelector('.editor-toolbar')];
  for (const bar of bars) {
    if (!(bar instanceof HTMLElement) || getComputedStyle(bar).position !== 'sticky') continue;
    bottom = Math.max(bottom, bar.getBoundingClientRect().bottom);
  }
  return Math.max(0, bottom);
}
