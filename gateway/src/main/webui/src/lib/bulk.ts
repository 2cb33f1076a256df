/** What one item of a bulk action came to. */
export type BulkOutcome<T> = { item: T; ok: true } | { item: T; ok: false; error: unknown };

/**
 * Runs the action on every item, at most `concurrency` at a time, and reports each finished item; a failure is that
 * item's outcome and never stops the others. Each call is the single-item API call, so every item keeps its own
 * checks (permissions, optimistic locking, workflow state).
 */
export async function runBulk<T>(
  items: T[],
  action: (item: T) => Promise<unknown>,
  onProgress: (done: number) => void,
  concurrency = 4,
): Promise<BulkOutcome<T>[]> {
  const outcomes: BulkOutcome<T>[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      try {
        await action(item);
        outcomes[index] = { item, ok: true };
      } catch (error) {
        outcomes[index] = { item, ok: false, error };
      }
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return outcomes;
}
