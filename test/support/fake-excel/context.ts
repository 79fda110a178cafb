import type { Action, ActionQueue } from "./client-object";
import { requestBytes } from "./client-object";
import type { HostLimits } from "./range";
import type { FakeWorkbook } from "./workbook-model";
import { FakeWorksheetCollection } from "./worksheet";

/** What runs a batch of actions: the host. */
export interface BatchRunner {
  readonly workbook: FakeWorkbook;
  readonly limits: HostLimits;
  runBatch(actions: Action[]): void;
}

export class FakeApplication {
  constructor(private readonly queue: ActionQueue) {}

  /** Recorded in the host's log; the fake computes nothing, so there is nothing to suspend. */
  suspendApiCalculationUntilNextSync(): void {
    this.queue.enqueue({
      label: "suspendApiCalculationUntilNextSync",
      api: "1.6",
      requestBytes: requestBytes({}),
      execute: () => undefined,
      where: () => ({}),
    });
  }
}

export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;

  constructor(queue: ActionQueue, runner: BatchRunner) {
    this.worksheets = new FakeWorksheetCollection(queue, runner.limits, runner.workbook);
    this.application = new FakeApplication(queue);
  }
}

/** Excel.RequestContext: queues actions; sync() sends them to the host as one batch. */
export class FakeRequestContext implements ActionQueue {
  readonly workbook: FakeWorkbookObject;
  private queue: Action[] = [];

  constructor(private readonly runner: BatchRunner) {
    this.workbook = new FakeWorkbookObject(this, runner);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    // A round trip: the batch runs after the caller's synchronous code, as with Office.
    await Promise.resolve();
    this.runner.runBatch(actions);
  }
}
