import { readFileSync } from "node:fs";
import type { ExtractionResult } from "@xiezuo/extract";

/** Names of the hand-made extraction results in test/fixtures (two articles, and each alone). */
export type FixtureName = "two-articles" | "article-a" | "article-b";

/** A fresh copy of a fixture result, safe to mutate. */
export function loadFixture(name: FixtureName): ExtractionResult {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}.json`, import.meta.url), "utf8")) as ExtractionResult;
}

/** Absolute path of a fixture file. */
export function fixturePath(name: FixtureName): string {
  return new URL(`../../test/fixtures/${name}.json`, import.meta.url).pathname;
}
