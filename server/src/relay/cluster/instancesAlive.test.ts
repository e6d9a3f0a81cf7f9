import { describe, expect, it } from 'vitest';
import { InstancesAlive } from './instancesAlive';

describe('InstancesAlive (C3)', () => {
  it('C3: an instance silent for longer than the limit is gone once; one still heard from is not', () => {
    let now = 0;
    const alive = new InstancesAlive(15_000, () => now);
    const gone: string[] = [];
    alive.onGone((instanceId) => gone.push(instanceId));
    alive.seen('a');
    alive.seen('b');
    now = 10_000;
    alive.seen('b');
    alive.sweep();
    expect(gone).toEqual([]);
    now = 16_000;
    alive.sweep();
    expect(gone).toEqual(['a']);
    alive.sweep();
    expect(gone).toEqual(['a']);
  });

  it('C3: an instance that says goodbye is gone at once, even one never heard from before', () => {
    const alive = new InstancesAlive(15_000, () => 0);
    const gone: string[] = [];
    alive.onGone((instanceId) => gone.push(instanceId));
    alive.gone('c');
    expect(gone).toEqual(['c']);
  });
});
