import { getPreset, type Criteria } from "../../../src/core/criteria";
import { MODEL_CELL_UNMET, modelCellResult, type ModelCellInput } from "../../../src/core/compute/model-cell";
import { en } from "../../../src/i18n/en";
import { vi } from "../../../src/i18n/vi";

function preset(id: string): Criteria {
  const criteria = getPreset(id);
  if (!criteria) throw new Error(`no preset ${id}`);
  return criteria;
}

const YEN_BAI = preset("yen-bai-qd11");

const MODEL: ModelCellInput = {
  attendancePercent: 100,
  meetingScores: [98, 99, 100],
  membersAtLeastHTTNVPercent: 100,
  cellLevel: "HTXSNV",
};

describe("modelCellResult", () => {
  it("is null when the criteria have no model-cell rule", () => {
    expect(modelCellResult(preset("qd366-2025"), MODEL)).toBeNull();
  });

  it("finds a cell meeting every condition eligible", () => {
    expect(modelCellResult(YEN_BAI, MODEL)).toEqual({ eligible: true, unmet: [] });
  });

  it("lists each condition missed", () => {
    const result = modelCellResult(YEN_BAI, {
      attendancePercent: 97.5,
      meetingScores: [99, 97],
      membersAtLeastHTTNVPercent: 95,
      cellLevel: "HTTNV",
    });
    expect(result).toEqual({
      eligible: false,
      unmet: [
        MODEL_CELL_UNMET.attendance,
        MODEL_CELL_UNMET.meetingScore,
        MODEL_CELL_UNMET.members,
        MODEL_CELL_UNMET.cellLevel,
      ],
    });
  });

  it("does not call a cell a model cell on missing evidence", () => {
    const result = modelCellResult(YEN_BAI, {
      attendancePercent: null,
      meetingScores: [],
      membersAtLeastHTTNVPercent: null,
      cellLevel: null,
    });
    expect(result?.eligible).toBe(false);
    expect(result?.unmet).toEqual([
      MODEL_CELL_UNMET.attendanceUnknown,
      MODEL_CELL_UNMET.meetingScoresUnknown,
      MODEL_CELL_UNMET.membersUnknown,
      MODEL_CELL_UNMET.cellLevelUnknown,
    ]);
  });

  it("fails a cell that missed a meeting, and one whose meetings cannot be counted", () => {
    expect(modelCellResult(YEN_BAI, { ...MODEL, missedMeetings: { months: [], quarters: [] } })).toEqual({
      eligible: true,
      unmet: [],
    });
    expect(modelCellResult(YEN_BAI, { ...MODEL, missedMeetings: { months: [8], quarters: [] } })).toEqual({
      eligible: false,
      unmet: [MODEL_CELL_UNMET.cadence],
    });
    expect(modelCellResult(YEN_BAI, { ...MODEL, missedMeetings: null })?.unmet).toEqual([
      MODEL_CELL_UNMET.cadenceUnknown,
    ]);
  });

  it("has a text for every condition in both languages", () => {
    for (const key of Object.values(MODEL_CELL_UNMET)) {
      expect(vi.text[key]).toEqual(expect.any(String));
      expect(en.text[key]).toEqual(expect.any(String));
    }
  });
});
