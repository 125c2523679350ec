import fc from "fast-check";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import type { PreparedDocument } from "../document.js";
import { prepareArticle } from "../load/article.js";
import { toSimplifiedString } from "./script.js";

// Property-based: articles made of random mixes of simplified and traditional script, full-width
// forms, pinyin damage, zero-width characters, HTML entities, inline markup and broken lines, as text files and as HTML
// pages; every character of the normalized body, and every span of it, leads back to the
// original text it came from. 1,000 articles per property (fast-check's default is 100).
const RUNS = { numRuns: 1000 };

const SIMPLIFIED = ["宝安区", "凌云县", "协作", "帮扶", "学校", "产业园", "资金", "签订", "协议", "龙岗区"];
const TRADITIONAL = ["寶安區", "凌雲縣", "協作", "幫扶", "學校", "產業園", "資金", "簽訂", "協議", "龍崗區", "萬元", "醫院"];
const FULL_WIDTH = ["８００", "２０２３", "ＡＢＣ", "ｘｉｅ", "％", "．", "＋", "－", "\u3000"];
const PINYIN = ["協(xié)作", "幫(bāng)扶", "凌(líng)云", "學（xué）校", "产(chan3)业"];
const ENTITIES = ["&amp;", "&#20013;", "&#x56fd;", "&nbsp;", "&lt;", "&gt;", "&quot;", "&#12290;"];
const PUNCTUATION = ["，", "。", "、", "：", "“", "”", "（", "）", " ", "  "];
const BREAKS = ["\n", "\r\n", "\n\n", "\r", " \n "];
// U+FEFF where two files were joined, zero-width spaces and joiners of scraped pages: dropped from the body.
const INVISIBLE = ["\ufeff", "\u200b", "\u200d", "\u2060", "\u00ad"];

const piece = (html: boolean) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SIMPLIFIED) },
    { weight: 4, arbitrary: fc.constantFrom(...TRADITIONAL) },
    { weight: 2, arbitrary: fc.constantFrom(...FULL_WIDTH) },
    { weight: 2, arbitrary: fc.constantFrom(...PINYIN) },
    { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
    { weight: 1, arbitrary: fc.constantFrom(...BREAKS) },
    { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
    // Entities mean something in a page only; in a text file they are characters like any other.
    { weight: html ? 2 : 1, arbitrary: fc.constantFrom(...ENTITIES) },
    { weight: html ? 1 : 0, arbitrary: fc.constantFrom(...SIMPLIFIED, ...TRADITIONAL).map((word) => `<b>${word}</b>`) },
  );

/** A text file or an HTML page of a few paragraphs, each a random run of pieces. */
const article = fc.boolean().chain((html) =>
  fc.array(fc.array(piece(html), { minLength: 1, maxLength: 30 }).map((pieces) => pieces.join("")), { minLength: 1, maxLength: 6 }).map((paragraphs) => ({
    name: html ? "a.html" : "a.txt",
    source: html ? `<html><body>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</body></html>` : paragraphs.join("\n"),
  })),
);

/** What a piece of the original says once read: markup and entities decoded, pinyin removed, simplified, NFKC, no white space nor zero-width characters. */
function reading(original: string, html: boolean): string {
  const text = html ? textOfFragment(original) : original;
  return toSimplifiedString(text.replace(/(?<=\p{Script=Han})[(（][a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]+[1-5]?[)）]/gu, ""))
    .normalize("NFKC")
    .replace(/[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+/g, "");
}

function textOfFragment(html: string): string {
  type Node = { nodeName: string; value?: string; childNodes?: Node[] };
  const parts: string[] = [];
  const stack: Node[] = [parseFragment(html) as unknown as Node];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === "#text") parts.push(node.value ?? "");
    for (const child of [...(node.childNodes ?? [])].reverse()) stack.push(child);
  }
  return parts.join("");
}

function prepared(name: string, source: string): PreparedDocument | undefined {
  return prepareArticle(name, new TextEncoder().encode(source)).document;
}

describe("the offset map (property-based, 1,000 articles each)", () => {
  it("leads every character of the body back to the original text it stands for, in order", () => {
    fc.assert(
      fc.property(article, ({ name, source }) => {
        const doc = prepared(name, source);
        if (!doc) return;
        const html = name.endsWith(".html");
        let previous = -1;
        for (let i = 0; i < doc.text.length; i++) {
          const char = doc.text[i]!;
          const [start, end] = [doc.originalStarts[i]!, doc.originalEnds[i]!];
          expect(0 <= start && start <= end && end <= doc.original.length, `char ${i} maps to [${start}, ${end})`).toBe(true);
          if (/\s/.test(char) || /[\uD800-\uDFFF]/.test(char)) continue;
          expect({ i, char, source: reading(doc.original.slice(start, end), html) }).toEqual({ i, char, source: char.normalize("NFKC") });
          expect(start, `char ${i} comes before the one before it`).toBeGreaterThanOrEqual(previous);
          previous = start;
        }
      }),
      RUNS,
    );
  });

  it("leads every span of a line of the body (a mention) back to an original that reads the same", () => {
    const withSpan = article.chain(({ name, source }) => {
      const doc = prepared(name, source);
      const length = doc?.text.length ?? 0;
      return fc.record({ name: fc.constant(name), doc: fc.constant(doc), a: fc.nat(Math.max(0, length - 1)), size: fc.integer({ min: 1, max: 12 }) });
    });
    fc.assert(
      fc.property(withSpan, ({ name, doc, a, size }) => {
        if (!doc || doc.text.length === 0) return;
        const [start, end] = [a, Math.min(doc.text.length, a + size)];
        const span = doc.text.slice(start, end);
        if (span.includes("\n") || /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(span)) return;
        const original = doc.original.slice(doc.originalStarts[start]!, doc.originalEnds[end - 1]!);
        expect({ span, original: reading(original, name.endsWith(".html")) }).toEqual({ span, original: span.normalize("NFKC").replace(/\s+/g, "") });
      }),
      RUNS,
    );
  });
});
