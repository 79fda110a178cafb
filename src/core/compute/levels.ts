import { term, type IssueParamValue } from "../issues/issue";
import { LEVEL_KEYS, type LevelKey } from "../criteria/levels";
import type { CapRule, Criteria } from "../criteria/schema";
import type { CapResult, CollectiveResults, LevelShares, MemberResults } from "../types";
import type { RatedRow, RatingStatus } from "../extract/rated-row";
import { largestRemainderPercents, percentOf } from "./shares";

export interface LevelTally {
  total: number;
  notClassified: number;
  unrecognized: number;
  counts: Record<LevelKey, number>;
}

export function emptyTally(): LevelTally {
  return { total: 0, notClassified: 0, unrecognized: 0, counts: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 } };
}

/**
 * Counts rows by status and level. Indexed loop and plain local counters: it runs once or twice
 * over up to 100,000 rows, mostly unoptimized, where for-of costs a call and an object per row and
 * each keyed increment of `counts` a dictionary-style look-up.
 */
export function tallyRows(rows: readonly RatedRow[], into: LevelTally = emptyTally()): LevelTally {
  let notClassified = 0;
  let unrecognized = 0;
  let htxsnv = 0;
  let httnv = 0;
  let htnv = 0;
  let khtnv = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const level = row.level;
    if (row.status === "not-classified") notClassified++;
    else if (row.status === "unrecognized" || !level) unrecognized++;
    else if (level === "HTTNV") httnv++;
    else if (level === "HTNV") htnv++;
    else if (level === "HTXSNV") htxsnv++;
    else khtnv++;
  }
  into.total += rows.length;
  into.notClassified += notClassified;
  into.unrecognized += unrecognized;
  into.counts.HTXSNV += htxsnv;
  into.counts.HTTNV += httnv;
  into.counts.HTNV += htnv;
  into.counts.KHTNV += khtnv;
  return into;
}

/**
 * Adds `times` rows of one status and level, in the buckets tallyRows puts them in: for a list
 * counted as it is read (readRatedRows), where most rows are counted by their level text.
 */
export function countRated(
  into: LevelTally,
  status: RatingStatus,
  level: LevelKey | null,
  times: number,
): void {
  into.total += times;
  if (status === "not-classified") into.notClassified += times;
  else if (status === "unrecognized" || !level) into.unrecognized += times;
  else into.counts[level] += times;
}

export function addTallies(a: LevelTally, b: LevelTally): LevelTally {
  const counts = { ...a.counts };
  for (const level of LEVEL_KEYS) counts[level] += b.counts[level];
  return {
    total: a.total + b.total,
    notClassified: a.notClassified + b.notClassified,
    unrecognized: a.unrecognized + b.unrecognized,
    counts,
  };
}

export function assessedOf(tally: LevelTally): number {
  return LEVEL_KEYS.reduce((sum, level) => sum + tally.counts[level], 0);
}

export function levelShares(tally: LevelTally, decimals: number): LevelShares {
  const counts = LEVEL_KEYS.map((level) => tally.counts[level]);
  const percents = largestRemainderPercents(counts, decimals);
  const shares = {} as LevelShares;
  LEVEL_KEYS.forEach((level, i) => (shares[level] = { count: counts[i], percent: percents[i] }));
  return shares;
}

function capDenominator(tally: LevelTally, rule: CapRule): number {
  switch (rule.denominator) {
    case "HTTNV":
      return tally.counts.HTTNV;
    case "HTTNV_OR_BETTER":
      return tally.counts.HTTNV + tally.counts.HTXSNV;
    case "ASSESSED":
      return assessedOf(tally);
  }
}

/** The cap on the top level (Hướng dẫn 21): HTXSNV ≤ ratio × denominator, rounded as configured. */
export function capResult(tally: LevelTally, rule: CapRule, decimals: number): CapResult {
  const denominator = capDenominator(tally, rule);
  const raw = rule.ratio * denominator;
  const limit =
    rule.rounding === "down"
      ? Math.floor(raw + 1e-9)
      : rule.rounding === "up"
        ? Math.ceil(raw - 1e-9)
        : Math.round(raw);
  const actual = tally.counts.HTXSNV;
  return {
    limit,
    actual,
    ratioPercent: Math.round(rule.ratio * 1000) / 10,
    denominator: rule.denominator,
    denominatorCount: denominator,
    exceeded: actual > limit,
    percentOfAssessed: percentOf(actual, assessedOf(tally), decimals),
    percentOfDenominator: percentOf(actual, denominator, decimals),
  };
}

/**
 * The cap as it applies: where the competent level's decision is recorded, the exception's share
 * (Quy định 366, Điều 11: "không vượt quá 25%") replaces the usual one.
 */
export function effectiveCapRule(rule: CapRule): CapRule {
  return rule.exceptionDecision !== null && rule.exceptionPercent !== null
    ? { ...rule, ratio: rule.exceptionPercent / 100 }
    : rule;
}

/** Counts and shares of a tally; members add the cap, collectives are just this. */
export function collectiveResults(tally: LevelTally, criteria: Criteria): CollectiveResults {
  return {
    total: tally.total,
    assessed: assessedOf(tally),
    notClassified: tally.notClassified,
    unrecognized: tally.unrecognized,
    levels: levelShares(tally, criteria.percentDecimals),
  };
}

export function memberResults(tally: LevelTally, criteria: Criteria): MemberResults {
  return {
    ...collectiveResults(tally, criteria),
    cap: criteria.cap ? capResult(tally, effectiveCapRule(criteria.cap), criteria.percentDecimals) : null,
  };
}

/** The parameters of a `cap-exceeded` message (and of the reports that state the cap). */
export function capParams(cap: CapResult): Record<string, IssueParamValue> {
  return {
    actual: cap.actual,
    limit: cap.limit,
    ratio: cap.ratioPercent,
    denominatorCount: cap.denominatorCount,
    denominator: term(`denominator.${cap.denominator}`),
  };
}
