import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { API_USES, MINIMUM_EXCEL_API, compareVersions, hasRequiredApi } from "../../src/excel/api-sets";

const ROOT = resolve(__dirname, "../..");
const TYPES = readFileSync(join(ROOT, "node_modules/@types/office-js/index.d.ts"), "utf8");
const PORT_SOURCE = readdirSync(join(ROOT, "src/excel"))
  .filter((file) => file.endsWith(".ts") && file !== "api-sets.ts")
  .map((file) => readFileSync(join(ROOT, "src/excel", file), "utf8"))
  .join("\n");

/** The "[Api set: ExcelApi X]" that @types/office-js writes above `Excel.<Class>.<member>`. */
function annotatedVersion(api: string): string | null {
  const [className, member] = api.split(".");
  const start = TYPES.search(
    new RegExp(`\\n\\s*(export )?class ${className} extends OfficeExtension\\.ClientObject \\{`),
  );
  if (start < 0) return null;
  const end = TYPES.indexOf("\n    }", start);
  const body = TYPES.slice(start, end);
  const at = body.search(new RegExp(`\\n\\s*(readonly )?${member}[(:?]`));
  if (at < 0) return null;
  const doc = body.slice(body.lastIndexOf("/**", at), at);
  return /\[Api set: ExcelApi ([\d.]+)/.exec(doc)?.[1] ?? null;
}

describe("the Excel requirement sets the add-in needs", () => {
  it.each(API_USES.map((use) => [use.api, use.version]))(
    "%s is in ExcelApi %s, as @types/office-js says",
    (api, version) => {
      expect(annotatedVersion(api)).toBe(version);
    },
  );

  it.each(API_USES.map((use) => [use.api]))("%s is called by the Office.js port", (api) => {
    const member = api.split(".")[1];
    expect(PORT_SOURCE).toMatch(new RegExp(`\\.${member}\\b`));
  });

  it("is ExcelApi 1.7, which the manifest requires too", () => {
    expect(MINIMUM_EXCEL_API).toBe("1.7");
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${MINIMUM_EXCEL_API}"/>`);
  });

  it("finds a member the table names wrongly (the check can fail)", () => {
    expect(annotatedVersion("Range.hyperlink")).toBe("1.7");
    expect(annotatedVersion("Range.noSuchMember")).toBeNull();
  });

  it("compares versions by number", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.7", "1.7")).toBe(0);
    expect(compareVersions("1.4", "1.13")).toBeLessThan(0);
  });

  it("is found missing when the host says no, throws, or cannot tell", () => {
    const asked: string[] = [];
    expect(
      hasRequiredApi((name, version) => {
        asked.push(`${name} ${version}`);
        return true;
      }),
    ).toBe(true);
    expect(asked).toEqual(["ExcelApi 1.7"]);
    expect(hasRequiredApi((_, version) => compareVersions(version, "1.1") <= 0)).toBe(false);
    expect(
      hasRequiredApi(() => {
        throw new Error("no requirements");
      }),
    ).toBe(false);
    expect(hasRequiredApi(null)).toBe(false);
  });
});
