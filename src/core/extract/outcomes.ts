import type { LevelKey } from "../criteria/levels";
import type { RatedRow } from "./rated-row";

/** What a row's level cell says of its rating. */
export type Outcome = Pick<RatedRow, "status" | "level">;

export const NOT_CLASSIFIED: Outcome = { status: "not-classified", level: null };
export const UNRECOGNIZED: Outcome = { status: "unrecognized", level: null };
/** One outcome object per level, made up front: a list of 100,000 rows makes none. */
export const CLASSIFIED: Readonly<Record<LevelKey, Outcome>> = {
  HTXSNV: { status: "classified", level: "HTXSNV" },
  HTTNV: { status: "classified", level: "HTTNV" },
  HTNV: { status: "classified", level: "HTNV" },
  KHTNV: { status: "classified", level: "KHTNV" },
};
