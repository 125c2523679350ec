import { describe, expect, it } from "vitest";
import { extractDocument } from "../pipeline/extract-document.js";
import { loadGazetteer } from "./index.js";
import type { PlaceLine } from "./places-file.js";
import { respelledNames } from "./respellings.js";

const encode = (text: string) => new TextEncoder().encode(text);

describe("respelled place names", () => {
  it("lists the full names a conversion changes, never the short ones nor those it keeps", () => {
    const lines: PlaceLine[] = [
      { code: "910101", name: "甲乾县", fullName: true, shortNames: ["甲乾"] },
      { code: "910102", name: "乙丙县", fullName: true, shortNames: [] },
      { code: "910103", name: "乾区", fullName: false, shortNames: [] },
    ];
    expect(respelledNames(lines, (text) => text.replaceAll("乾", "干"))).toEqual([["甲干县", "910101"]]);
  });

  it("names the gazetteer's place, so a county OpenCC respells is still found", () => {
    const gazetteer = loadGazetteer();
    // 乾县 of Xianyang is written with a character OpenCC also reads as the traditional 干.
    expect(gazetteer.byName.get("干县")?.map((entry) => entry.place.name)).toEqual(["乾县"]);
    const result = extractDocument("qian.txt", encode("咸阳市乾县今年建成了一批蔬菜大棚，带动周边农户增收。\n"));
    const county = result.entities.find((entity) => entity.type === "county");
    expect(county?.name).toBe("乾县");
    const mention = result.mentions.find((m) => m.entity === county?.id)!;
    // The mention still leads back to the original spelling.
    expect("咸阳市乾县今年".slice(mention.originalStart, mention.originalEnd)).toBe("乾县");
  });
});
