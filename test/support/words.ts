import { wordsFor } from "../../src/i18n";

/** The words core writes with, as the front ends hand them in. */
export const VI = wordsFor("vi");
export const EN = wordsFor("en");
