import type { LevelTally } from "../compute/levels";
import type { ScoredMonth } from "../compute/meetings";
import type { LevelMatcher } from "../criteria/level-matcher";
import type { Criteria } from "../criteria/schema";
import type { RatedRow, RatedRowList } from "../extract/rated-rows";
import type { IssueCode } from "../issues/codes";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import type { MeetingResults, Results, SheetKind, UnitInfo } from "../types";
import type { KindShape } from "./shape";

/** What the sheets of one workbook have given so far; each kind adds its part. */
export interface WorkbookFacts {
  /** The members of each list, as read (eachMember gives them one by one). */
  memberLists: RatedRowList[];
  memberTally: LevelTally | null;
  membersTable: RecognizedTable | null;
  collectives: RatedRow[];
  collectiveTally: LevelTally | null;
  collectivesTable: RecognizedTable | null;
  meetings: MeetingResults | null;
  meetingSheets: string[];
  /** The months of a year's score book (months across), added to the meetings' results at the end. */
  scoredMonths: ScoredMonth[];
}

/** What every kind is given: the rules, the level reader, the issue sink, the unit, and the facts. */
export interface KindContext {
  criteria: Criteria;
  levels: LevelMatcher;
  sink: IssueSink;
  unit: UnitInfo;
  facts: WorkbookFacts;
}

/**
 * One kind of sheet, declared once: how it is recognized (shape), what it reads and checks in each
 * of its tables (read), what it checks once every sheet is read (finish), what it adds to the
 * results (contribute), and the issue codes its checks can emit.
 */
export interface SheetKindDef {
  kind: SheetKind;
  /** Absent for kinds known by a marker (criteria, chibo-summary). */
  shape?: KindShape;
  emits: readonly IssueCode[];
  read?(table: RecognizedTable, context: KindContext): void;
  finish?(context: KindContext, tables: readonly RecognizedTable[]): void;
  contribute?(context: KindContext, results: Results): void;
}

export function emptyFacts(): WorkbookFacts {
  return {
    memberLists: [],
    memberTally: null,
    membersTable: null,
    collectives: [],
    collectiveTally: null,
    collectivesTable: null,
    meetings: null,
    meetingSheets: [],
    scoredMonths: [],
  };
}

/**
 * Every member of the workbook's lists, one row object at a time, as often as it is walked: the
 * objects are made only by the checks that walk them (rated-row-list.ts says why).
 */
export function eachMember(facts: WorkbookFacts): Iterable<RatedRow> {
  const lists = facts.memberLists;
  return {
    *[Symbol.iterator]() {
      for (const list of lists) yield* list;
    },
  };
}
