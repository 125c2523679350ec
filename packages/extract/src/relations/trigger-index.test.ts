import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { extractDocument } from "../pipeline/extract-document.js";
import { setTriggerPrefilter, TriggerIndex } from "./trigger-index.js";

const shared = fileURLToPath(new URL("../../../../../shared/", import.meta.url));
const examples = fileURLToPath(new URL("../../../../examples/corpus/", import.meta.url));
const articlesOf = (dir: string) => readdirSync(dir).filter((f) => /\.(txt|md|html?)$/.test(f)).sort().map((f) => `${dir}${f}`);
/** Every relation each article gives, as JSON: rule, ends, evidence and amounts included. */
const relationsOf = (files: string[]) => files.map((file) => JSON.stringify(extractDocument(file, readFileSync(file)).relations));

afterEach(() => setTriggerPrefilter(true));

describe("TriggerIndex", () => {
  it("answers what a search of every trigger in list order answers", () => {
    const triggers = ["对口帮扶", "对口", "结对", "帮扶"];
    const index = new TriggerIndex(triggers);
    const text = "甲区对口帮扶乙县，丙镇与丁村结对，戊县帮扶己村对口";
    for (let at = 0; at < text.length; at++) expect(index.at(text, at)).toBe(triggers.find((t) => text.startsWith(t, at)));
  });
});

describe("the trigger prefilter drops no relation", () => {
  it("on the sample corpus", () => {
    const files = articlesOf(examples);
    setTriggerPrefilter(false);
    const without = relationsOf(files);
    setTriggerPrefilter(true);
    expect(relationsOf(files)).toEqual(without);
  });

  describe.skipIf(!existsSync(`${shared}corpus-dev`))("on ../shared's seeds and dev set (skipped when ../shared is absent: it holds those articles)", () => {
    it("gives every article the same relations with and without it", () => {
      const files = [...articlesOf(`${shared}corpus/`), ...articlesOf(`${shared}corpus-dev/`)];
      setTriggerPrefilter(false);
      const without = relationsOf(files);
      setTriggerPrefilter(true);
      const withIt = relationsOf(files);
      expect(withIt.filter((r) => r !== "[]").length).toBeGreaterThan(20);
      expect(withIt).toEqual(without);
    }, 120_000);
  });
});
