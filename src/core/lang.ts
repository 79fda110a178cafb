/** The languages chibo speaks. Core only passes the choice on; the words live at the edge. */
export type Lang = "vi" | "en";
