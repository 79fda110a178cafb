/**
 * Folds text for searching as users type it: without diacritics (đ → d), in lower case, with
 * spaces collapsed, so that "hoan thanh tot" finds "Hoàn thành tốt".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
