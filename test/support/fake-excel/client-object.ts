import { ERROR_CODES, FakeOfficeError, propertyNotLoaded } from "./office-error";

/** What a batch collects while it runs; applied or thrown away as a whole. */
export interface BatchScope {
  /** Client-side effects of a successful sync (loaded values become readable). */
  commits: (() => void)[];
  /** Client-side effects to undo when the batch fails. */
  rollbacks: (() => void)[];
  /** Bytes of the response so far. */
  responseBytes: number;
}

/** One queued operation of a request, as Excel receives it on context.sync(). */
export interface Action {
  label: string;
  /** Bytes of the request this action adds. */
  requestBytes: number;
  /** ExcelApi version the operation needs, e.g. "1.9". */
  api: string;
  execute(scope: BatchScope): void;
  /** For the host's log of applied operations. */
  where?: () => { sheet?: string; sheetId?: string; address?: string };
}

/** The context a client object queues its actions on. */
export interface ActionQueue {
  enqueue(action: Action): void;
}

const ACTION_OVERHEAD_BYTES = 64;

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function requestBytes(args: unknown): number {
  return ACTION_OVERHEAD_BYTES + utf8Bytes(JSON.stringify(args ?? null) ?? "");
}

export function responseBytes(value: unknown): number {
  return 16 + utf8Bytes(JSON.stringify(value ?? null) ?? "");
}

type LoadArgument = string | string[] | Record<string, unknown> | undefined;

/** load("a, b/c"), load(["a"]), load({ select: "a" }) and load({ a: true, b: { c: true } }) as paths. */
export function loadPaths(arg: LoadArgument): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((p) => loadPaths(p));
  if (typeof arg.select === "string" || typeof arg.expand === "string") {
    return [...loadPaths(arg.select as string | undefined), ...loadPaths(arg.expand as string | undefined)];
  }
  const paths: string[] = [];
  for (const [key, value] of Object.entries(arg)) {
    if (value === true) paths.push(key);
    else if (typeof value === "object" && value !== null) {
      for (const sub of loadPaths(value as Record<string, unknown>)) paths.push(`${key}/${sub}`);
    }
  }
  return paths;
}

/**
 * A proxy for an object in the workbook, following Office.js: nothing is read or written until
 * context.sync(); a property read before it was loaded and synced throws PropertyNotLoaded.
 * The object is bound to what it stands for when its creating action runs in a sync.
 */
export abstract class FakeClientObject<T = unknown> {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private bound = false;
  private boundTarget: T | null = null;

  constructor(
    readonly context: ActionQueue,
    private readonly resolver: (scope: BatchScope) => T | null,
    /** Created by an *OrNullObject method: a missing target is a null object, not an error. */
    private readonly orNull: boolean = false,
  ) {}

  /** Scalar properties that can be loaded, read from the model when the load runs. */
  protected abstract scalars(target: T): Record<string, () => unknown>;

  /** Navigation properties: child objects that load() can reach with "child/property". */
  protected navigation(): Record<string, FakeClientObject<unknown>> {
    return {};
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** Queues the action that binds this object, at its place in the batch. */
  protected queueCreation(label: string, api: string, args: unknown): void {
    this.context.enqueue({
      label,
      api,
      requestBytes: requestBytes(args),
      execute: (scope) => this.bind(scope),
    });
  }

  /** Binds an object whose target is known already (items of a loaded collection). */
  protected presetTarget(target: T): void {
    this.bound = true;
    this.boundTarget = target;
    this.nullState = false;
  }

  bind(scope: BatchScope): void {
    if (this.bound) return;
    const target = this.resolver(scope);
    if (target === null && !this.orNull) throw new FakeOfficeError(ERROR_CODES.itemNotFound);
    this.bound = true;
    this.boundTarget = target;
    scope.rollbacks.push(() => {
      this.bound = false;
      this.boundTarget = null;
    });
    scope.commits.push(() => (this.nullState = target === null));
  }

  /** The target while a batch runs; a null object cannot be used. */
  target(scope: BatchScope): T {
    this.bind(scope);
    if (this.boundTarget === null)
      throw new FakeOfficeError(ERROR_CODES.itemNotFound, "The object is a null object.");
    return this.boundTarget;
  }

  load(arg?: LoadArgument): this {
    this.loadPathList(loadPaths(arg));
    return this;
  }

  /** Loads paths; "" or no path loads every scalar of this object. */
  loadPathList(paths: string[]): void {
    const own: string[] = [];
    const nav = this.navigation();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const child = nav[head];
      if (child) child.loadPathList(rest.length ? [rest.join("/")] : []);
      else own.push(head);
    }
    if (own.length > 0 || paths.length === 0) this.queueLoad(own);
  }

  private queueLoad(properties: string[]): void {
    this.context.enqueue({
      label: "load",
      api: "1.1",
      requestBytes: requestBytes(properties),
      execute: (scope) => {
        this.bind(scope);
        const target = this.boundTarget;
        const values = new Map<string, unknown>();
        if (target !== null) {
          const getters = this.scalars(target);
          const names = properties.length ? properties : Object.keys(getters);
          for (const name of names) {
            const getter = getters[name];
            if (!getter)
              throw new FakeOfficeError(ERROR_CODES.invalidArgument, `Cannot load the property '${name}'.`);
            const value = getter();
            scope.responseBytes += responseBytes(value);
            values.set(name, value);
          }
        }
        scope.commits.push(() => values.forEach((value, name) => this.loadedValues.set(name, value)));
      },
    });
  }

  /** Values that arrived with a collection's items (worksheets.load("items/name")). */
  preload(scope: BatchScope, values: Record<string, unknown>, properties: string[]): void {
    const names = properties.length ? properties : Object.keys(values);
    for (const name of names) {
      if (!(name in values))
        throw new FakeOfficeError(ERROR_CODES.invalidArgument, `Cannot load the property '${name}'.`);
    }
    scope.commits.push(() => names.forEach((name) => this.loadedValues.set(name, values[name])));
  }

  protected loaded<V>(property: string): V {
    if (!this.loadedValues.has(property)) throw propertyNotLoaded(property);
    return this.loadedValues.get(property) as V;
  }

  /** Queues a change; it is applied to the model when the batch runs. */
  protected queueWrite(
    label: string,
    api: string,
    args: unknown,
    apply: (scope: BatchScope) => void,
    where?: Action["where"],
  ): void {
    this.context.enqueue({ label, api, requestBytes: requestBytes(args), execute: apply, where });
  }
}

/** OfficeExtension.ClientResult: its value is readable after the sync. */
export class FakeClientResult<V> {
  private ready = false;
  private result: V | undefined;

  get value(): V {
    if (!this.ready) throw propertyNotLoaded("value");
    return this.result as V;
  }

  settle(scope: BatchScope, value: V): void {
    scope.responseBytes += responseBytes(value);
    scope.commits.push(() => {
      this.result = value;
      this.ready = true;
    });
  }
}
