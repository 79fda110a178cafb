import { foldText } from "../text";
import type { UnitType } from "./types";

/**
 * The type of a unit, from its name: a grassroots committee ("Đảng bộ …"), a grassroots cell
 * ("Chi bộ cơ sở …"), a cell ("Chi bộ …"), or unknown.
 */
export function unitType(name: string): UnitType {
  const folded = foldText(name);
  if (/^(dang bo|dang uy)\b/.test(folded)) return "dang-bo";
  if (/^chi bo co so\b/.test(folded)) return "chi-bo-co-so";
  if (/^chi bo\b/.test(folded)) return "chi-bo";
  return "other";
}

/** Grassroots units rate their members and answer for the cap (Hướng dẫn 21). */
export function isGrassroots(type: UnitType): boolean {
  return type === "dang-bo" || type === "chi-bo-co-so";
}

/** The key two submissions share when they are the same unit: folded name and parent. */
export function unitKey(name: string, parent: string | null): string {
  return `${foldText(name)}\u0000${foldText(parent ?? "")}`;
}
