import { describe, expect, it } from "vitest";
import { prepareArticle } from "../load/index.js";
import { loadGazetteer } from "../gazetteer/index.js";
import { recognize } from "../recognize/index.js";
import { EntityRegistry, resolveDocument } from "../resolve/index.js";
import { segment } from "../segment/index.js";
import { mergeRelations, relateDocument } from "./index.js";

/** The relations of a short invented article, as "type source → target rule". */
function lines(text: string): string[] {
  const doc = prepareArticle("t.txt", new TextEncoder().encode(text)).document!;
  doc.info.date = "2023-05-06";
  const gazetteer = loadGazetteer();
  const registry = new EntityRegistry();
  const { resolved } = resolveDocument(doc, recognize(doc.text, segment(doc.text), gazetteer), gazetteer, registry);
  const names = new Map(registry.list().map((e) => [e.id, e.name]));
  return mergeRelations(relateDocument(doc, resolved)).map((r) => `${r.type} ${names.get(r.source)} → ${names.get(r.target)}`);
}

describe("findJointBuilds", () => {
  it("lets both partners of the article's pairing build what 两市/双方 built together", () => {
    const found = lines("湖州市与丽江市结对帮扶已有五年。由两市共同建设的湖丽产业园，已引进企业20家。");
    expect(found).toContain("builds 湖州市 → 湖丽产业园");
    expect(found).toContain("builds 丽江市 → 湖丽产业园");
  });

  it("names no builders when the article states no single pairing", () => {
    const found = lines("由两市共同建设的湖丽产业园，已引进企业20家。");
    expect(found.filter((l) => l.startsWith("builds"))).toEqual([]);
  });
});
