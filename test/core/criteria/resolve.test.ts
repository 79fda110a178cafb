import { parseCriteriaJson } from "../../../src/core/criteria-schema";
import { preset } from "./support";

describe("parseCriteriaJson", () => {
  it("reads a criteria set written as JSON", () => {
    const text = JSON.stringify(preset("binh-thuan-khoi"), null, 2);
    expect(parseCriteriaJson(text)).toEqual({ criteria: preset("binh-thuan-khoi") });
  });

  it("returns schema failures as data with their JSON paths", () => {
    const data = JSON.parse(JSON.stringify(preset("qd366-2025")));
    data.meeting.grades[1].min = "bảy mươi";
    data.cap.ratio = 1.5;
    delete data.attendance.minPercent;
    const result = parseCriteriaJson(JSON.stringify(data));
    expect("errors" in result).toBe(true);
    if (!("errors" in result)) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual([
      "attendance.minPercent",
      "cap.ratio",
      "meeting.grades.1.min",
    ]);
    for (const error of result.errors) expect(error.message).not.toBe("");
  });

  it("returns a syntax error at the document itself", () => {
    const result = parseCriteriaJson('{ "id": ');
    expect(result).toEqual({ errors: [{ path: "", message: expect.any(String) }] });
  });
});
