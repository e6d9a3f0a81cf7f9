import { describe, expect, it } from 'vitest';
import { Slots } from './slots';

describe('Slots', () => {
  it('lets `size` holders in at a time and the next ones in order, each as one leaves', async () => {
    const slots = new Slots(1);
    const order: string[] = [];
    const first = await slots.acquire();
    const second = slots.acquire().then((release) => (order.push('second'), release));
    const third = slots.acquire().then((release) => (order.push('third'), release));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    first();
    first();
    const secondRelease = await second;
    await new Promise((resolve) => setImmediate(resolve));
    // A second release of the first slot let no one else in.
    expect(order).toEqual(['second']);
    secondRelease();
    (await third)();
    expect(order).toEqual(['second', 'third']);
    // Everyone left: the next one is in at once.
    const fourth = await slots.acquire();
    fourth();
  });
});
