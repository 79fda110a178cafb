/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime, .VnArial, …) read as Unicode: each byte
 * became the Latin-1 character with the same code, so "Phạm" arrives as "Ph¹m".
 *
 * VN3 keeps ASCII and assigns 0xA1–0xFE to the 67 lower-case Vietnamese letters beyond ASCII
 * (tones in the order huyền, hỏi, ngã, sắc, nặng) and to the 7 capitals without tone
 * Ă Â Ê Ô Ơ Ư Đ. Capitals with tones have no code: documents switch to a capitals font
 * (.VnTimeH, .VnArialH, …) that draws the same lower-case codes as capitals. The codes of a
 * capitals font are therefore those of the normal font; only the drawing differs, and
 * decoding it is decoding the normal font and upper-casing (see legacy.ts).
 */

/** The VN3 code chart from 0xA0, sixteen codes a row; "" marks a code VN3 leaves unassigned. */
// prettier-ignore
const TCVN3_FROM_A0: readonly string[] = [
  /* A0 */ "", "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ", "ă", "â", "ê", "ô", "ơ", "ư", "đ", "",
  /* B0 */ "", "", "", "", "", "à", "ả", "ã", "á", "ạ", "", "ằ", "ẳ", "ẵ", "ắ", "",
  /* C0 */ "", "", "", "", "", "", "ặ", "ầ", "ẩ", "ẫ", "ấ", "ậ", "è", "", "ẻ", "ẽ",
  /* D0 */ "é", "ẹ", "ề", "ể", "ễ", "ế", "ệ", "ì", "ỉ", "", "", "", "ĩ", "í", "ị", "ò",
  /* E0 */ "", "ỏ", "õ", "ó", "ọ", "ồ", "ổ", "ỗ", "ố", "ộ", "ờ", "ở", "ỡ", "ớ", "ợ", "ù",
  /* F0 */ "", "ủ", "ũ", "ú", "ụ", "ừ", "ử", "ữ", "ứ", "ự", "ỳ", "ỷ", "ỹ", "ý", "ỵ", "",
];

/** Unicode (NFC) for TCVN3 text read as Latin-1. Characters VN3 does not assign are kept. */
export function decodeTcvn3(text: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa0 || code > 0xff) continue;
    const letter = TCVN3_FROM_A0[code - 0xa0];
    if (letter === "") continue;
    out += text.slice(start, i) + letter;
    start = i + 1;
  }
  if (start === 0) return text.normalize("NFC");
  return (out + text.slice(start)).normalize("NFC");
}
