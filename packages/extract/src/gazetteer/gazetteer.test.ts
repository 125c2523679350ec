import { describe, expect, it } from "vitest";
import { loadGazetteer } from "./index.js";

describe("loadGazetteer", () => {
  const gazetteer = loadGazetteer();

  it("knows every level with codes, types and parents", () => {
    const napo = gazetteer.byName.get("那坡县")!;
    expect(napo.map((r) => r.place.code)).toEqual(["451026"]);
    expect(napo[0]!.place.type).toBe("county");
    expect(gazetteer.pathOf("451026").map((p) => p.name)).toEqual(["广西壮族自治区", "百色市", "那坡县"]);
    expect(gazetteer.byName.get("龙岗区")!.some((r) => r.place.code === "440307" && r.place.type === "district")).toBe(true);
    expect(gazetteer.byName.get("靖西市")![0]!.place.type).toBe("county");
  });

  it("gives places their short forms, but not when the short form is an everyday word", () => {
    expect(gazetteer.byName.get("龙岗")!.map((r) => r.place.code)).toContain("440307");
    expect(gazetteer.byName.get("广西")!.map((r) => r.place.code)).toEqual(["45"]);
    expect(gazetteer.byName.get("隆林")!.map((r) => r.place.name)).toEqual(["隆林各族自治县"]);
    expect(gazetteer.byName.get("合作")).toBeUndefined();
    expect(gazetteer.byName.get("资源")).toBeUndefined();
  });

  it("knows autonomous units by their base and level word, and ethnic townships and streets by their short forms", () => {
    expect(gazetteer.byName.get("黔南州")!.map((r) => r.place.name)).toEqual(["黔南布依族苗族自治州"]);
    expect(gazetteer.byName.get("隆林县")!.map((r) => r.place.name)).toEqual(["隆林各族自治县"]);
    expect(gazetteer.byName.get("星宿乡")!.map((r) => r.place.name)).toEqual(["星宿苗族彝族仡佬族乡"]);
    expect(gazetteer.byName.get("车陂街")!.map((r) => r.place.code)).toEqual(["440106003"]);
  });

  it("lists ambiguous town names once per town", () => {
    expect(gazetteer.byName.get("城厢镇")!.length).toBeGreaterThan(3);
    expect(gazetteer.byName.get("龙岗街道")!.map((r) => r.place.code)).toContain("440307016");
  });

  it("loads the villages of one county on demand", () => {
    const names = [...gazetteer.villagesOf("451026").values()].map((v) => v.name);
    expect(names).toContain("合群村");
    expect(names.every((n) => !n.endsWith("委会"))).toBe(true);
    expect(gazetteer.villagesOf("999999").size).toBe(0);
  });
});
