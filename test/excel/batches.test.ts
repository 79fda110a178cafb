import { syncInBatches } from "../../src/excel/batches";

/** A context whose sync refuses batches holding more than `max` items, as Excel refuses a large payload. */
function contextRefusingOver(max: number, pending: { count: number }) {
  return {
    syncs: 0,
    async sync(): Promise<void> {
      this.syncs++;
      const count = pending.count;
      pending.count = 0;
      if (count > max)
        throw Object.assign(new Error("too large"), { code: "ResponsePayloadSizeLimitExceeded" });
    },
  };
}

test("a batch refused as too large is halved until it fits; results keep the order of the items", async () => {
  const pending = { count: 0 };
  const context = contextRefusingOver(2, pending);
  const results = await syncInBatches(
    context,
    [[1, 2, 3, 4, 5]],
    (item) => {
      pending.count++;
      return () => item * 10;
    },
    () => null,
  );
  expect(results).toEqual([10, 20, 30, 40, 50]);
  expect(context.syncs).toBeGreaterThan(1);
});

test("a single item is split by the caller's rule; when it cannot be split the error is thrown", async () => {
  const pending = { count: 0 };
  const context = contextRefusingOver(0, pending);
  await expect(
    syncInBatches(
      context,
      [["only"]],
      () => {
        pending.count++;
        return () => "x";
      },
      () => null,
    ),
  ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
});

test("other errors are not retried", async () => {
  let syncs = 0;
  const context = {
    async sync(): Promise<void> {
      syncs++;
      throw Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" });
    },
  };
  await expect(
    syncInBatches(
      context,
      [[1, 2, 3]],
      () => () => 1,
      () => null,
    ),
  ).rejects.toMatchObject({
    code: "InvalidOperationInCellEditMode",
  });
  expect(syncs).toBe(1);
});
