import { describe, expect, it } from 'vitest';
import { runBulk } from './bulk';

describe('runBulk', () => {
  it('runs every item, keeps the order of outcomes, reports progress and never stops at a failure', async () => {
    const progress: number[] = [];
    let running = 0;
    let most = 0;
    const outcomes = await runBulk(
      [1, 2, 3, 4, 5, 6, 7],
      async (n) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 8 - n));
        running--;
        if (n % 3 === 0) throw new Error(`no ${n}`);
      },
      (done) => progress.push(done),
      3,
    );
    expect(outcomes.map((o) => o.item)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false, true, true, false, true]);
    expect(outcomes[2].ok === false && (outcomes[2].error as Error).message).toBe('no 3');
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('does nothing for no items', async () => {
    expect(await runBulk([], async () => undefined, () => undefined)).toEqual([]);
  });
});
