import { resolve } from "node:path";
import { runCli } from "../support/cli";
import { listSamples } from "../support/samples";

const BUNDLED = resolve(__dirname, "../../assets/chi-bo-mau-2025.xlsx");
const files = [...listSamples().map((s) => s.file), BUNDLED];

/** Letters Vietnamese has and English does not (ă â đ ê ô ơ ư and every tone mark), either case. */
const VIETNAMESE_LETTER = /[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]/u;

/** A message without the user's own text, which it quotes “like this” (sheet names, cell values). */
function outsideQuotes(message: string): string {
  return message.replace(/“[^”]*”/g, "“”");
}

interface JsonDoc {
  files: { file: string; issues: { code: string; message: string }[] }[];
}

describe("chibo check --lang en --json speaks English outside the user's quoted text", () => {
  it("finds a Vietnamese word outside quotes, and none inside removed quotes (the test itself)", () => {
    expect(VIETNAMESE_LETTER.test(outsideQuotes("has the same số thẻ as “Nguyễn Văn A”"))).toBe(true);
    expect(VIETNAMESE_LETTER.test(outsideQuotes("has the same card number as “Nguyễn Văn A”"))).toBe(false);
  });

  it.each(files)("%s", async (file) => {
    const result = await runCli(["check", "--lang", "en", "--json", file]);
    expect(result.code).toBeLessThan(2);
    const doc = JSON.parse(result.stdout) as JsonDoc;
    const offending = doc.files.flatMap((f) =>
      f.issues
        .filter((issue) => VIETNAMESE_LETTER.test(outsideQuotes(issue.message)))
        .map((issue) => `${issue.code}: ${issue.message}`),
    );
    expect(offending).toEqual([]);
  });
});
