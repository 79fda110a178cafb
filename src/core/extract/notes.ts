import type { Criteria } from "../criteria/schema";
import { numberValue, readNumber } from "../grid/cell";
import { foldText } from "../text";

/** What a member's notes say, read by the criteria's keywords (folded, so any spelling of the accents). */
export interface NotesReading {
  exclusion: string | null;
  discipline: boolean;
  remedied: boolean;
  sickMonths: number | null;
}

/** "Không vi phạm kỷ luật", "chưa có hình thức kỷ luật": a keyword negated just before it does not count. */
const NEGATED = /\b(khong|chua)( (bi|vi pham|co|phai|hinh thuc|bi xu ly))* $/;

function containsAny(folded: string, keywords: readonly string[]): string | null {
  for (const keyword of keywords) {
    const k = foldText(keyword);
    if (!k) continue;
    for (let at = folded.indexOf(k); at >= 0; at = folded.indexOf(k, at + 1))
      if (!NEGATED.test(folded.slice(Math.max(0, at - 30), at))) return keyword;
  }
  return null;
}

export class NotesReader {
  private readonly cache = new Map<string, NotesReading>();
  constructor(private readonly criteria: Criteria) {}

  read(notes: string): NotesReading {
    const cached = this.cache.get(notes);
    if (cached) return cached;
    const folded = foldText(notes);
    const { exclusions, memberCaps } = this.criteria;
    let exclusion: string | null = null;
    for (const rule of exclusions) {
      if (containsAny(folded, rule.keywords)) {
        exclusion = rule.label;
        break;
      }
    }
    const discipline = memberCaps.discipline
      ? containsAny(folded, memberCaps.discipline.keywords) !== null
      : false;
    const remedied = memberCaps.discipline
      ? containsAny(folded, memberCaps.discipline.remedyKeywords) !== null
      : false;
    let sickMonths: number | null = null;
    if (memberCaps.sickLeave && containsAny(folded, memberCaps.sickLeave.keywords)) {
      const months = /(\d+(?:[.,]\d+)?)\s*thang/.exec(folded);
      sickMonths = months ? numberValue(readNumber(months[1])) : null;
    }
    const reading = { exclusion, discipline, remedied, sickMonths };
    this.cache.set(notes, reading);
    return reading;
  }
}
