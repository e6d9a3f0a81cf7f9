import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietTimer } from './quietTimer';

describe('QuietTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause, but never longer than the maximum', () => {
    const runs: string[] = [];
    const timer = new QuietTimer<string>(100, 1000, (key) => runs.push(key));
    for (let i = 0; i < 5; i++) {
      timer.touch('doc');
      vi.advanceTimersByTime(50);
    }
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(runs).toEqual(['doc']);

    for (let i = 0; i < 30; i++) {
      timer.touch('busy');
      vi.advanceTimersByTime(50);
    }
    expect(runs).toEqual(['doc', 'busy']);
  });

  it('runs a pending task on flush, once', () => {
    const runs: string[] = [];
    const timer = new QuietTimer<string>(100, 1000, (key) => runs.push(key));
    timer.touch('doc');
    expect(timer.flush('doc')).toBe(true);
    expect(timer.flush('doc')).toBe(false);
    vi.advanceTimersByTime(500);
    expect(runs).toEqual(['doc']);
  });
});
