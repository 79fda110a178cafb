/**
 * Deterministic data for the bundled sample and the benchmarks: fictional members of a
 * fictional residential cell, with levels drawn in realistic proportions.
 */
/** Name parts, also used by the tests' unit-workbook generator. */
export const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
export const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", "Quang", "Công", "Xuân", "Thu"];
export const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Giang",
  "Hà",
  "Hải",
  "Hạnh",
  "Hiếu",
  "Hoa",
  "Hùng",
  "Hương",
  "Khánh",
  "Lan",
  "Long",
  "Mai",
  "Nam",
  "Nhung",
  "Phúc",
  "Phương",
  "Quân",
  "Sơn",
  "Tâm",
  "Thảo",
  "Trang",
  "Trung",
  "Tuấn",
  "Việt",
  "Yến",
];
const POSITIONS = [
  "Đảng viên",
  "Hưu trí",
  "Giáo viên",
  "Tổ trưởng TDP",
  "Trưởng ban CTMT",
  "Cựu chiến binh",
  "Kinh doanh",
];
export const LEVEL_TEXTS = {
  HTXSNV: ["Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", "Hoàn thành xuất sắc NV"],
  HTTNV: ["Hoàn thành tốt nhiệm vụ", "HTTNV", "HTT NV", "Hoàn thành tốt NV"],
  HTNV: ["Hoàn thành nhiệm vụ", "HTNV", "HT NV"],
  KHTNV: ["Không hoàn thành nhiệm vụ", "KHTNV"],
} as const;

/** A small seeded generator (mulberry32): the same seed gives the same workbook everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0 || 1;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleMember {
  name: string;
  birthYear: number;
  position: string;
  card: string;
  level: keyof typeof LEVEL_TEXTS | null;
  levelText: string;
  notes: string;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** Members with levels about 9% HTXSNV, 71% HTTNV, 18% HTNV, 1% KHTNV, 1% not classified. */
export function generateMembers(count: number, seed: number): SampleMember[] {
  const random = seededRandom(seed);
  const members: SampleMember[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const level =
      roll < 0.09 ? "HTXSNV" : roll < 0.8 ? "HTTNV" : roll < 0.98 ? "HTNV" : roll < 0.99 ? "KHTNV" : null;
    members.push({
      name: `${pick(random, FAMILY)} ${pick(random, MIDDLE)} ${pick(random, GIVEN)}`,
      birthYear: 1945 + Math.floor(random() * 60),
      position: pick(random, POSITIONS),
      card: `${String(10 + (i % 80)).padStart(2, "0")}.${String(100000 + ((i * 7919) % 900000)).padStart(6, "0")}`,
      level,
      levelText: level ? pick(random, LEVEL_TEXTS[level]) : "Không xếp loại",
      notes: level ? "" : "Miễn công tác và sinh hoạt đảng",
    });
  }
  return members;
}

/** The columns of a meetings log as the sample keeps it (and the tests build it): one meeting a row. */
export const MEETINGS_LOG_HEADER = [
  "STT",
  "Tháng",
  "Ngày sinh hoạt",
  "Loại sinh hoạt",
  "Tổng số đảng viên",
  "Số được miễn sinh hoạt",
  "Số đảng viên dự",
  "Vắng có lý do",
  "Vắng không lý do",
  "Điểm tự chấm",
  "Điểm cấp ủy cấp trên chấm",
  "Xếp loại",
];
