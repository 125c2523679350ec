import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer/index.js";
import { recognize } from "../recognize/index.js";
import { segment } from "../segment/index.js";
import { resolvePlaces } from "./places.js";

const gazetteer = loadGazetteer();
const codesOf = (text: string, surface: string) =>
  resolvePlaces(recognize(text, segment(text), gazetteer))
    .filter((d) => d.candidate.text === surface)
    .map((d) => d.place?.code ?? null);

describe("resolvePlaces", () => {
  it("decides an ambiguous town by the county the article names", () => {
    expect(codesOf("那坡县城厢镇举行捐赠仪式。", "城厢镇")).toEqual(["451026100"]);
  });

  it("decides an ambiguous street by its city", () => {
    expect(codesOf("深圳市龙岗区龙岗街道与对口地区结对。", "龙岗街道")).toEqual(["440307016"]);
  });

  it("leaves a name unlinked when nothing in the article decides it", () => {
    expect(codesOf("城厢镇举行捐赠仪式。", "城厢镇")).toEqual([null]);
  });
});
