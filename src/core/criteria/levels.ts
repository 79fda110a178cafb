/** The four rating levels shared by members and collectives (domain.md, "Levels"). */
export const LEVEL_KEYS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const;
export type LevelKey = (typeof LEVEL_KEYS)[number];

/** Higher rank is better: HTXSNV 3 … KHTNV 0. */
export function levelRank(level: LevelKey): number {
  return LEVEL_KEYS.length - 1 - LEVEL_KEYS.indexOf(level);
}

export function isLevelKey(value: string): value is LevelKey {
  return (LEVEL_KEYS as readonly string[]).includes(value);
}
