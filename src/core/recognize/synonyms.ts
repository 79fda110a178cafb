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
    kinds: ["members", "collectives", "meetings", "meeting-score", "reported-summary", "attendance"],
  },
  {
    field: "name",
    phrases: ["ho va ten", "ho ten", "ten dang vien", "ho ten dang vien"],
    kinds: ["members", "attendance"],
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
  {
    field: "category",
    phrases: ["doi tuong", "nhom doi tuong", "phan loai doi tuong", "doi tuong danh gia"],
    kinds: ["members"],
  },
  {
    field: "tasksDone",
    phrases: [
      "hoan thanh tat ca nhiem vu",
      "hoan thanh 100% nhiem vu",
      "hoan thanh moi nhiem vu",
      "hoan thanh toan bo nhiem vu",
      "hoan thanh dung tien do",
    ],
    kinds: ["members"],
  },
  {
    field: "tasksExceeded",
    phrases: ["vuot muc", "nhiem vu vuot muc", "ty le vuot muc", "hoan thanh vuot muc", "% vuot muc"],
    kinds: ["members"],
  },
  {
    field: "faultsRemedied",
    phrases: [
      "khac phuc",
      "da khac phuc",
      "khac phuc han che",
      "khac phuc khuyet diem",
      "khac phuc han che khuyet diem",
    ],
    kinds: ["members"],
  },
  {
    field: "civilServiceLevel",
    phrases: [
      "xep loai cong chuc",
      "xep loai can bo",
      "xep loai vien chuc",
      "xep loai cbccvc",
      "xep loai can bo cong chuc",
      "xep loai can bo cong chuc vien chuc",
      "danh gia can bo cong chuc",
      "ket qua danh gia can bo",
      "xep loai chinh quyen",
      "xep loai chuyen mon",
    ],
    kinds: ["members"],
  },
  {
    field: "workplace",
    phrases: [
      "noi cong tac",
      "co quan cong tac",
      "don vi cong tac",
      "noi lam viec",
      "co quan don vi cong tac",
    ],
    kinds: ["members"],
  },
  {
    field: "residenceComment",
    phrases: [
      "nhan xet noi cu tru",
      "nhan xet cua chi bo noi cu tru",
      "y kien noi cu tru",
      "chi bo noi cu tru",
      "noi cu tru nhan xet",
      "nhan xet cua noi cu tru",
    ],
    kinds: ["members"],
  },
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
    kinds: ["members", "collectives", "meetings", "meeting-score", "reported-summary", "attendance"],
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
  { field: "startTime", phrases: ["gio bat dau", "thoi gian bat dau", "bat dau"], kinds: ["meetings"] },
  { field: "endTime", phrases: ["gio ket thuc", "thoi gian ket thuc", "ket thuc"], kinds: ["meetings"] },
  {
    field: "documentsPosted",
    phrases: [
      "dang tai lieu",
      "ngay dang tai lieu",
      "tai lieu so tay",
      "so tay dang vien",
      "ngay gui tai lieu",
      "dua tai lieu",
    ],
    kinds: ["meetings"],
  },
  {
    field: "criterion",
    phrases: ["tieu chi", "noi dung danh gia", "noi dung cham"],
    kinds: ["meeting-score"],
  },
  { field: "maxScore", phrases: ["thang diem", "diem toi da", "diem chuan"], kinds: ["meeting-score"] },
  {
    field: "content",
    phrases: ["noi dung", "chi tieu", "doi tuong", "noi dung sinh hoat"],
    kinds: ["reported-summary", "meetings"],
  },
  {
    field: "thematic",
    phrases: ["sinh hoat chuyen de", "sh chuyen de"],
    exact: ["chuyen de"],
    kinds: ["meetings"],
  },
  { field: "total", phrases: ["tong so"], kinds: ["reported-summary"] },
  {
    field: "assessed",
    phrases: ["duoc danh gia", "da danh gia", "so danh gia"],
    kinds: ["reported-summary"],
  },
  {
    // "Không được đánh giá" holds "được đánh giá": the longer phrase wins (see matchField).
    field: "notAssessed",
    phrases: [
      "khong danh gia",
      "khong duoc danh gia",
      "chua danh gia",
      "chua duoc danh gia",
      "khong xep loai",
      "chua xep loai",
      "so khong danh gia",
    ],
    kinds: ["reported-summary"],
  },
];
