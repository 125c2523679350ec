import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mayChangeScript } from "./convertible.js";
import { deriveConvertibleCodePoints, toHexRanges } from "./convertible-derive.js";
import { scriptConverters, toSimplifiedString } from "./script.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const fullConversion = (text: string) => scriptConverters().reduce((converted, convert) => convert(converted), text);

/** Article texts of a folder (recursively), as UTF-8. */
function texts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(txt|md|html?)$/.test(entry.name))
    .map((entry) => readFileSync(`${entry.parentPath}/${entry.name}`, "utf8"));
}

describe("mayChangeScript", () => {
  it("lists exactly the code points derived from opencc-js's dictionaries", () => {
    const source = readFileSync(fileURLToPath(new URL("./convertible.ts", import.meta.url)), "utf8");
    const stored = [...source.matchAll(/^ {2}"([0-9a-f,-]+)"/gm)].map((m) => m[1]).join("");
    expect(stored).toBe(toHexRanges(deriveConvertibleCodePoints()));
  });

  it("says no only for text the conversion leaves unchanged", () => {
    expect(mayChangeScript("宝安区与凌云县结对帮扶")).toBe(false);
    expect(mayChangeScript("寶安區與凌雲縣結對幫扶")).toBe(true);
    // Changed only inside a phrase: OpenCC reads 打坏 as the Taiwan form of 打坯.
    expect(fullConversion("打坏")).not.toBe("打坏");
    expect(mayChangeScript("打坏")).toBe(true);
    expect(mayChangeScript("𠀋")).toBe(fullConversion("𠀋") !== "𠀋");
  });

  it("skips nothing the full conversion would change, on the sample and shared corpora", () => {
    const all = [...texts(`${root}examples/corpus`), ...texts(`${root}../shared/corpus`), ...texts(`${root}../shared/corpus-dev`)];
    expect(all.length).toBeGreaterThan(10);
    let skipped = 0;
    for (const text of all) {
      // Line by line too, as the loader converts titles and lines on their own.
      for (const piece of [text, ...text.split("\n")]) {
        if (!mayChangeScript(piece)) {
          skipped++;
          expect(fullConversion(piece)).toBe(piece);
        }
        expect(toSimplifiedString(piece)).toBe(fullConversion(piece));
      }
    }
    expect(skipped).toBeGreaterThan(0);
  });
});
