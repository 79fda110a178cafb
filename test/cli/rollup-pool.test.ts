import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Submission } from "../../src/core/rollup";
import { readSubmissions, type WorkerLike } from "../../src/cli/rollup-pool";
import { forTransfer, readSubmissionFile } from "../../src/cli/rollup-read";
import { getPreset } from "../../src/core";
import type { WorkerAnswer, WorkerRequest } from "../../src/cli/rollup-worker";
import { generateCells, unitWorkbook } from "../support/generate-units";
import { tempDir } from "./rollup-helpers";

/** Which file makes a worker die, once, whichever worker is handed it. */
interface Crash {
  file: string | null;
}

/**
 * A worker thread played in this thread: reads its files in turn, showing each in the progress
 * cell, and answers each after a delay that varies; dies on the crash file, or hangs on it.
 */
class FakeWorker implements WorkerLike {
  private onMessage: ((message: WorkerAnswer) => void) | null = null;
  private onError: ((error: Error) => void) | null = null;
  private chain: Promise<void> = Promise.resolve();
  terminated = false;
  /** Files handed over, in batches. */
  batches: number[][] = [];
  constructor(
    private readonly crash: Crash = { file: null },
    private readonly how: "crash" | "hang" | "out-of-memory" = "crash",
  ) {}
  postMessage(message: WorkerRequest): void {
    this.batches.push(message.items.map((item) => item.id));
    for (const { id, request } of message.items)
      this.chain = this.chain.then(() =>
        this.terminated ? undefined : this.read(id, request, message.progress),
      );
  }
  private async read(id: number, request: WorkerRequest["items"][number]["request"], progress: Int32Array) {
    Atomics.store(progress, 0, id);
    if (request.file === this.crash.file) {
      this.crash.file = null;
      if (this.how === "hang") return new Promise<void>(() => undefined);
      const error = Object.assign(
        new Error(
          this.how === "crash"
            ? "worker crashed"
            : "Worker terminated due to reaching memory limit: JS heap out of memory",
        ),
        { code: this.how === "crash" ? undefined : "ERR_WORKER_OUT_OF_MEMORY" },
      );
      this.terminated = true;
      setTimeout(() => this.onError?.(error), 1);
      return new Promise<void>(() => undefined);
    }
    const submission = await readSubmissionFile(request);
    await new Promise((resolve) => setTimeout(resolve, (id * 7) % 5));
    Atomics.store(progress, 0, -1);
    if (!this.terminated) this.onMessage?.({ results: [{ id, submission }] });
  }
  on(event: "message" | "error", listener: never): this {
    if (event === "message") this.onMessage = listener;
    else this.onError = listener;
    return this;
  }
  terminate(): Promise<number> {
    this.terminated = true;
    return Promise.resolve(0);
  }
}

describe("reading the submitted files in worker threads", () => {
  const dir = tempDir("rollup-pool");
  const files: string[] = [];
  beforeAll(async () => {
    const cells = generateCells("Đảng bộ phường X", 20, 4, { capSafe: true });
    for (const [i, cell] of cells.entries()) {
      const file = join(dir.path, `cb${String(i + 1).padStart(2, "0")}.xlsx`);
      writeFileSync(file, await unitWorkbook(cell, "level-text", i));
      files.push(file);
    }
  });
  afterAll(() => dir.remove());

  const requests = () => files.map((file) => ({ file, lang: "vi" as const }));

  it("hands the submissions over in the order of the files, whatever order the workers finish in", async () => {
    const spawned: FakeWorker[] = [];
    const seen: string[] = [];
    await readSubmissions(
      requests(),
      { spawn: () => spawned[spawned.push(new FakeWorker()) - 1], workers: 2 },
      (s) => seen.push(s.file),
    );
    expect(seen).toEqual(files);
    expect(spawned).toHaveLength(2);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it("sends the files in batches, each file once, spread over the workers", async () => {
    const spawned: FakeWorker[] = [];
    await readSubmissions(
      requests(),
      { spawn: () => spawned[spawned.push(new FakeWorker()) - 1], workers: 2 },
      () => undefined,
    );
    const batches = spawned.flatMap((w) => w.batches);
    expect(batches.length).toBeLessThan(files.length / 2);
    expect(batches.flat().sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    expect(spawned.every((w) => w.batches.length > 0)).toBe(true);
  });

  it("fails the file of a worker that dies, replaces the worker and reads the rest", async () => {
    const spawned: FakeWorker[] = [];
    const seen: Submission[] = [];
    // The file goes to whichever worker is free first: that one dies, whichever it is.
    const crash: Crash = { file: files[4] };
    const spawn = () => spawned[spawned.push(new FakeWorker(crash)) - 1];
    await readSubmissions(requests(), { spawn, workers: 2 }, (s) => seen.push(s));
    expect(seen.map((s) => s.file)).toEqual(files);
    expect(seen.map((s) => s.failure?.reason ?? null)).toEqual(
      files.map((_, i) => (i === 4 ? "corrupt" : null)),
    );
    expect(spawned).toHaveLength(3);
  });

  it("reads on this thread when there is no worker to start; with one, even a few files get their budget", async () => {
    const seen: string[] = [];
    await readSubmissions(requests(), { spawn: null, workers: 4 }, (s) => seen.push(s.file));
    expect(seen).toEqual(files);
    let spawns = 0;
    await readSubmissions(
      requests().slice(0, 3),
      { spawn: () => (spawns++, new FakeWorker()), workers: 4 },
      () => undefined,
    );
    expect(spawns).toBe(3);
  });

  it("reports a file that takes longer than its budget, stops its worker and reads the rest", async () => {
    const spawned: FakeWorker[] = [];
    const seen: Submission[] = [];
    const hang: Crash = { file: files[2] };
    const spawn = () => spawned[spawned.push(new FakeWorker(hang, "hang")) - 1];
    await readSubmissions(requests(), { spawn, workers: 2, fileTimeoutMs: 2000 }, (s) => seen.push(s));
    expect(seen.map((s) => s.file)).toEqual(files);
    expect(seen.map((s) => s.failure?.reason ?? null)).toEqual(
      files.map((_, i) => (i === 2 ? "timeout" : null)),
    );
    expect(spawned.filter((w) => w.terminated).length).toBe(spawned.length);
  });

  it("reports a file whose worker ran out of memory as too large", async () => {
    const seen: Submission[] = [];
    const oom: Crash = { file: files[1] };
    const spawn = () => new FakeWorker(oom, "out-of-memory");
    await readSubmissions(requests().slice(0, 4), { spawn, workers: 2 }, (s) => seen.push(s));
    expect(seen.map((s) => s.failure?.reason ?? null)).toEqual([null, "too-large", null, null]);
  });

  it("turns a file that cannot be opened into a failed submission", async () => {
    const submission = await readSubmissionFile({ file: join(dir.path, "khong-co.xlsx"), lang: "vi" });
    expect(submission.failure?.reason).toBe("not-found");
  });

  it("sends a submission back without the criteria set the main thread has, and with one it has not", async () => {
    const request = { file: files[0], lang: "vi" as const };
    const read = await readSubmissionFile(request);
    const preset = getPreset(read.criteria ?? "");
    expect(read.criteriaSet).toBe(preset);
    // A built-in preset is found again by its id; the set given with --criteria is the main thread's own.
    expect(forTransfer(read, request).criteriaSet).toBeNull();
    expect(forTransfer(read, { ...request, criteria: preset }).criteriaSet).toBeNull();
    // A set read from the unit's own "Tiêu chí" sheet exists nowhere else: it goes with the figures.
    const own = { ...read, criteriaSet: { ...preset!, name: "Tiêu chí riêng của chi bộ" } };
    expect(forTransfer(own, request).criteriaSet).toEqual(own.criteriaSet);
    expect(forTransfer(own, request).figures).toEqual(read.figures);
  });
});
