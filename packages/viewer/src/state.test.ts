import { describe, expect, it } from "vitest";
import { hashFromState, stateFromHash } from "./state.js";

describe("view state in the URL hash", () => {
  it("round-trips selection and every filter", () => {
    const hash = "#selected=place%3A440307&hide=park%2Cperson&hideRel=located_in&minDegree=2&from=2021-01-01&to=2022-12-31&depth=2&size=degree";
    const state = stateFromHash(hash);
    expect(state.selected).toBe("place:440307");
    expect([...state.hiddenEntityTypes]).toEqual(["park", "person"]);
    expect([...state.hiddenRelationTypes]).toEqual(["located_in"]);
    expect([state.minDegree, state.dateFrom, state.dateTo, state.depth, state.sizeBy]).toEqual([2, "2021-01-01", "2022-12-31", 2, "degree"]);
    expect(hashFromState(state)).toBe(hash);
  });

  it("writes nothing for the defaults and reads nonsense as defaults", () => {
    expect(hashFromState(stateFromHash(""))).toBe("");
    const state = stateFromHash("#depth=7&minDegree=abc&size=huge");
    expect([state.depth, state.minDegree, state.sizeBy]).toEqual([0, 0, "pagerank"]);
  });

  it("keeps the expanded nodes of the overview, one parameter each (keys may hold commas)", () => {
    const state = stateFromHash(hashFromState({ ...stateFromHash(""), expanded: new Set(["place:450000", "company:甲,乙公司"]) }));
    expect([...state.expanded].sort()).toEqual(["company:甲,乙公司", "place:450000"]);
  });

  it("keeps Chinese ids readable after a round trip", () => {
    const state = stateFromHash(hashFromState({ ...stateFromHash(""), selected: "person:陈立新" }));
    expect(state.selected).toBe("person:陈立新");
  });
});
