/**
 * Every preset criteria set, as plain data: listing them needs no schema library (`chibo presets`
 * starts without loading zod).
 */
import { anPhuKh08Preset } from "./an-phu-kh08-2025";
import { binhThuanKhoiPreset } from "./binh-thuan-khoi";
import { hd21Preset } from "./hd21-2019";
import { hoaBinhQd31Preset } from "./hoa-binh-qd31";
import { phuThoKhoiCoQuanPreset } from "./phu-tho-khoi-co-quan";
import { qd124Preset } from "./qd124-2023";
import { qd366Preset } from "./qd366-2025";
import { traVinhPreset } from "./tra-vinh";
import { yenBaiQd11Preset } from "./yen-bai-qd11";
import type { Criteria } from "../schema";

/** Presets are shared by every caller, so they are frozen: a caller that wants changes makes a copy. */
export const PRESETS: readonly Criteria[] = [
  hd21Preset,
  qd124Preset,
  qd366Preset,
  phuThoKhoiCoQuanPreset,
  binhThuanKhoiPreset,
  traVinhPreset,
  yenBaiQd11Preset,
  hoaBinhQd31Preset,
  anPhuKh08Preset,
].map(deepFreeze);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
