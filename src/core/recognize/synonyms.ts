import type { FieldName, SheetKind } from "../types";

/**
 * Header phrases by field, as folded text (see core/text foldText): no diacritics, lower case.
 * A header matches a phrase when it equals it or contains it as whole words. Longer phrases
 * are more specific and win. Kinds restrict where a field makes sense.
 */
export interface FieldSynonyms {
  field: FieldName;
  phrases: readonly string[];
  /** Exact-only phrases: the header must equal one of them ("stt", "tt", "chi bo"). */
  exact?: readonly string[];
  kinds: readonly SheetKind[];
}

const MEMBERS_AND_COLLECTIVES: readonly SheetKind[] = ["members", "collectives"];

export const FIELD_SYNONYMS: readonly FieldSynonyms[] = [
  {
    field: "index",
    phrases: ["so thu tu"],
    exact: ["stt", "tt", "so tt", "s tt"],
    kinds: ["members", "collectives", "meetings", "meeting-score", "reported-summary"],
  },
  {
    field: "name",
    phrases: ["ho va ten", "ho ten", "ten dang vien", "ho ten dang vien"],
    kinds: ["members"],
  },
  {
    field: "unitName",
    phrases: [
      "ten chi bo",
      "ten to chuc",
      "to chuc dang",
      "ten don vi",
      "to chuc co so dang",
      "chi bo, dang bo",
      "ten co so dang",
    ],
    exact: ["don vi", "chi bo truc thuoc"],
    kinds: ["collectives"],
  },
  {
    field: "cell",
    phrases: ["sinh hoat tai chi bo", "thuoc chi bo"],
    exact: ["chi bo", "to chuc dang"],
    kinds: ["members"],
  },
  { field: "birthYear", phrases: ["nam sinh", "ngay sinh", "ngay thang nam sinh"], kinds: ["members"] },
  { field: "position", phrases: ["chuc vu", "chuc danh", "nghe nghiep", "cong viec"], kinds: ["members"] },
  { field: "cardNumber", phrases: ["so the", "the dang vien", "so the dang"], kinds: ["members"] },
  {
    field: "selfLevel",
    phrases: ["tu xep loai", "tu danh gia", "dang vien tu", "ca nhan tu"],
    kinds: MEMBERS_AND_COLLECTIVES,
  },
  { field: "proposedLevel", phrases: ["de xuat", "de nghi"], kinds: MEMBERS_AND_COLLECTIVES },
  {
    field: "level",
    phrases: [
      "quyet dinh",
      "ket qua xep loai",
      "muc xep loai",
      "xep loai chat luong",
      "cap uy xep loai",
      "xep loai",
    ],
    kinds: MEMBERS_AND_COLLECTIVES,
  },
  {
    field: "score",
    phrases: ["tong diem", "so diem", "diem tu cham", "diem danh gia"],
    exact: ["diem"],
    kinds: ["members"],
  },
  {
    field: "notes",
    phrases: ["ghi chu", "ly do"],
    kinds: ["members", "collectives", "meetings", "meeting-score", "reported-summary"],
  },
  { field: "memberCount", phrases: ["dang so", "so dang vien", "tong so dang vien"], kinds: ["collectives"] },
  { field: "month", phrases: [], exact: ["thang", "thang sinh hoat", "ky sinh hoat"], kinds: ["meetings"] },
  {
    field: "date",
    phrases: ["ngay sinh hoat", "ngay hop", "thoi gian sinh hoat", "ngay to chuc"],
    exact: ["ngay"],
    kinds: ["meetings"],
  },
  {
    field: "meetingType",
    phrases: ["loai sinh hoat", "hinh thuc sinh hoat", "loai hinh"],
    kinds: ["meetings"],
  },
  { field: "members", phrases: ["tong so dang vien", "so dang vien", "dang so"], kinds: ["meetings"] },
  { field: "exempted", phrases: ["mien sinh hoat", "duoc mien", "mien cong tac"], kinds: ["meetings"] },
  {
    field: "present",
    phrases: ["dang vien du", "so du", "co mat", "du hop", "tham du", "so dang vien du"],
    kinds: ["meetings"],
  },
  { field: "excused", phrases: ["vang co ly do", "vang co phep"], kinds: ["meetings"] },
  { field: "unexcused", phrases: ["vang khong ly do", "vang khong phep"], kinds: ["meetings"] },
  {
    field: "selfScore",
    phrases: ["tu cham", "chi uy", "bi thu chi bo cham", "chi bo cham"],
    kinds: ["meetings", "meeting-score"],
  },
  {
    field: "upperScore",
    phrases: ["cap tren cham", "cap uy vien cap tren", "cap uy cap tren", "dang uy cham"],
    kinds: ["meetings", "meeting-score"],
  },
  { field: "grade", phrases: ["xep loai", "ket qua danh gia", "danh gia chat luong"], kinds: ["meetings"] },
  {
    field: "duration",
    phrases: ["so phut", "thoi luong", "thoi gian (phut)", "thoi gian phut"],
    kinds: ["meetings"],
  },
  {
    field: "criterion",
    phrases: ["tieu chi", "noi dung danh gia", "noi dung cham"],
    kinds: ["meeting-score"],
  },
  { field: "maxScore", phrases: ["thang diem", "diem toi da", "diem chuan"], kinds: ["meeting-score"] },
  { field: "content", phrases: ["noi dung", "chi tieu", "doi tuong"], kinds: ["reported-summary"] },
  { field: "total", phrases: ["tong so"], kinds: ["reported-summary"] },
  {
    field: "assessed",
    phrases: ["duoc danh gia", "da danh gia", "so danh gia"],
    kinds: ["reported-summary"],
  },
];
