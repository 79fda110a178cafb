import { z } from "zod";
import type { Lang } from "./types";

/**
 * How a criteria file's schema failures are worded: zod's own Vietnamese and English locales, so
 * that the message inside chibo's sentence is in the same language as the sentence.
 */
export function schemaErrorMap(lang: Lang): z.core.$ZodErrorMap {
  return (lang === "en" ? z.locales.en() : z.locales.vi()).localeError;
}
