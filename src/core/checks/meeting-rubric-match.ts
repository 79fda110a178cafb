import type { Criteria, MeetingRubric } from "../criteria/schema";
import { listPresets } from "../criteria/resolve";
import { foldText } from "../text";

/** The groups of a score sheet as read: title, maximum (null when unreadable) and item maxima. */
export interface SheetRubricGroup {
  title: string;
  max: number | null;
  itemMaxima: (number | null)[];
}

/** Share of groups whose maximum must agree, position by position, for a rubric to count as followed. */
const MIN_MAXIMA_AGREEMENT = 0.75;

/** The rubrics to compare with: the criteria's own first (it wins ties), then every preset's. */
export function candidateRubrics(criteria: Criteria): MeetingRubric[] {
  const rubrics: MeetingRubric[] = [];
  const seen = new Set<string>();
  for (const rubric of [criteria.meeting.rubric, ...listPresets().map((p) => p.meeting.rubric)]) {
    if (!rubric || seen.has(rubric.id)) continue;
    seen.add(rubric.id);
    rubrics.push(rubric);
  }
  return rubrics;
}

function words(title: string): Set<string> {
  return new Set(
    foldText(title)
      .replace(/[^a-z0-9]+/g, " ")
      .split(" ")
      .filter((w) => w.length > 0),
  );
}

/** Word overlap of two titles, 0..1. */
function titleSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.size, wb.size);
}

function sameList(a: readonly (number | null)[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * How well a sheet follows a rubric, 0..1, or null when too few group maxima agree. The maxima
 * decide; titles and item maxima break ties (Bình Thuận shares Hướng dẫn 42's groups, not its items).
 */
export function rubricAgreement(groups: readonly SheetRubricGroup[], rubric: MeetingRubric): number | null {
  const length = Math.max(groups.length, rubric.groups.length);
  if (length === 0) return null;
  let maxima = 0;
  let titles = 0;
  let items = 0;
  rubric.groups.forEach((expected, i) => {
    const group = groups[i];
    if (!group) return;
    if (group.max === expected.max) maxima++;
    titles += titleSimilarity(group.title, expected.title);
    if (
      sameList(
        group.itemMaxima,
        expected.items.map((item) => item.max),
      )
    )
      items++;
  });
  if (maxima / length < MIN_MAXIMA_AGREEMENT) return null;
  return (maxima / length) * 0.6 + (titles / length) * 0.25 + (items / length) * 0.15;
}

/** The rubric a score sheet follows best, among the criteria's and the presets', or null. */
export function bestRubric(groups: readonly SheetRubricGroup[], criteria: Criteria): MeetingRubric | null {
  let best: { rubric: MeetingRubric; score: number } | null = null;
  for (const rubric of candidateRubrics(criteria)) {
    const score = rubricAgreement(groups, rubric);
    if (score !== null && (!best || score > best.score + 1e-9)) best = { rubric, score };
  }
  return best?.rubric ?? null;
}
