import type { Criteria } from "../criteria/schema";
import type { Words } from "../words";

/** "Quy định 366-QĐ/TW (30/8/2025)" in a criteria set's sources: a regulation and the day it was issued. */
const DATED_REGULATION =
  /((?:Quy định|Hướng dẫn|Chỉ thị|Quyết định|Kết luận|Nghị quyết|Thông tri)\s+[\dA-Za-zĐđ-]+\/[^\s():;,]+)\s*\((\d{1,2}\/\d{1,2}\/\d{4})\)/gu;

/**
 * The criteria as a printed report names them: their title, each regulation in it with the day it
 * was issued where the sources give it ("… Quy định 366-QĐ/TW ngày 30/8/2025 …"), otherwise the
 * year the set applies from. Never the internal id.
 */
export function criteriaLabel(criteria: Pick<Criteria, "title" | "sources" | "year">, words: Words): string {
  let title = criteria.title;
  let dated = false;
  for (const source of criteria.sources) {
    for (const [, name, date] of source.matchAll(DATED_REGULATION)) {
      const at = title.indexOf(name.trim());
      if (at < 0 || title.slice(at + name.trim().length).startsWith(" ngày")) continue;
      const end = at + name.trim().length;
      title = title.slice(0, end) + words.text("summary.regulationDate", { date }) + title.slice(end);
      dated = true;
    }
  }
  return dated ? title : words.text("summary.criteriaFromYear", { title, year: criteria.year });
}
