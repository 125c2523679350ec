import { describe, expect, it } from "vitest";
import type { PlacesIndex } from "./build-index.js";
import { loadGazetteer } from "./index.js";
import { placeNameFilter } from "./name-filter.js";
import { decodePlaceLines, encodePlaceLines, placeLines, type PlaceLine } from "./places-file.js";

/** An invented index: a province, a pseudo-city row, a city and its same-named only county, an everyday-word district. */
const INDEX: PlacesIndex = {
  provinces: [["91", "甲乙省"]],
  cities: [["9101", "丙丁市"], ["9102", "市辖区"]],
  areas: [["910101", "丙丁市"], ["910102", "郊区"], ["910103", "戊己县"]],
  streets: [["910103100", "庚辛镇"]],
  shortNames: { "91": ["甲乙"], "9101": ["丙丁"], "910101": ["丙丁"], "910103": ["戊己"] },
};

const decoded = (text: string): PlaceLine[] => {
  const lines: PlaceLine[] = [];
  decodePlaceLines(text, (code, name, fullName, shortNames) => lines.push({ code, name, fullName, shortNames: shortNames ? shortNames.split(",") : [] }));
  return lines;
};

describe("the places file", () => {
  it("keeps the load order and takes the decisions that do not depend on the text at build time", () => {
    expect(placeLines(INDEX)).toEqual([
      { code: "91", name: "甲乙省", fullName: true, shortNames: ["甲乙"] },
      { code: "9101", name: "丙丁市", fullName: true, shortNames: ["丙丁"] },
      // The county-level unit named like its city is that city to a reader: no names of its own.
      { code: "910101", name: "丙丁市", fullName: false, shortNames: [] },
      // 郊区 as a bare word is everyday vocabulary.
      { code: "910102", name: "郊区", fullName: false, shortNames: [] },
      { code: "910103", name: "戊己县", fullName: true, shortNames: ["戊己"] },
      { code: "910103100", name: "庚辛镇", fullName: true, shortNames: [] },
    ]);
  });

  it("reads back what it wrote, and refuses names that would break its lines", () => {
    const lines = placeLines(INDEX);
    expect(decoded(encodePlaceLines(lines))).toEqual(lines);
    expect(() => encodePlaceLines([{ code: "91", name: "甲,乙", fullName: true, shortNames: [] }])).toThrow(/comma/);
    expect(() => decoded("91\t甲乙省\n")).toThrow(/malformed/);
  });
});

describe("placeNameFilter", () => {
  const gazetteer = loadGazetteer();
  const filter = placeNameFilter(gazetteer);

  it("lets every name of the gazetteer through, so that no look-up it skips could have found a place", () => {
    const rejected = [...gazetteer.byName.keys()].filter((name) => !filter.mayName(`的${name}了`, 1, name.length + 1));
    expect(rejected).toEqual([]);
  });

  it("turns most words of a sentence away before the name table is asked", () => {
    const words = ["我们", "今天", "召开", "会议", "的", "工作", "推进", "百色市", "隆林"];
    expect(words.filter((w) => filter.mayName(w, 0, w.length))).toEqual(expect.arrayContaining(["百色市", "隆林"]));
    expect(words.filter((w) => filter.mayName(w, 0, w.length)).length).toBeLessThan(words.length / 2);
  });
});
