import { isPayloadTooLarge } from "./errors";

/** Queues the loads of one item and returns how to collect its result after the sync. */
export type QueueLoads<T, R> = (item: T) => () => R;

/** Splits one item into smaller ones when it alone is too large; null when it cannot be split. */
export type SplitItem<T> = (item: T) => T[] | null;

function splitBatch<T>(batch: T[], split: SplitItem<T>): T[][] | null {
  if (batch.length > 1) {
    const middle = Math.ceil(batch.length / 2);
    return [batch.slice(0, middle), batch.slice(middle)];
  }
  const parts = split(batch[0]);
  return parts && parts.length > 1 ? parts.map((part) => [part]) : null;
}

/**
 * Runs one sync per batch. When Excel on the web refuses a sync as too large, the batch is split
 * in two (or its only item into smaller items) and tried again; other errors are thrown.
 * Results come back in the order of the items.
 */
export async function syncInBatches<T, R>(
  context: { sync(): Promise<void> },
  batches: readonly T[][],
  queue: QueueLoads<T, R>,
  split: SplitItem<T>,
  onBatch?: (items: readonly T[], results: readonly R[]) => void,
): Promise<R[]> {
  const results: R[] = [];
  const pending = [...batches].reverse();
  while (pending.length > 0) {
    const batch = pending.pop() as T[];
    const collectors = batch.map(queue);
    try {
      // One sync per batch is the point: batches exist only because one sync would be too large.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const smaller = isPayloadTooLarge(error) ? splitBatch(batch, split) : null;
      if (!smaller) throw error;
      pending.push(...smaller.reverse());
      continue;
    }
    const collected = collectors.map((collect) => collect());
    results.push(...collected);
    onBatch?.(batch, collected);
  }
  return results;
}
