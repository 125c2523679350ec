import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { prepareArticle } from "../load/index.js";
import { extractDocument } from "./extract-document.js";
import { textWindows, WINDOW_CHARS } from "./text-windows.js";

const sample = fileURLToPath(new URL("../../../../examples/corpus/01-baoan-lingyun-tea.txt", import.meta.url));
const encode = (text: string) => new TextEncoder().encode(text);
/** The sample article's body as plain text (page chrome removed), the unit repeated below. */
const article = `${prepareArticle(sample, readFileSync(sample)).document!.text.trimEnd()}\n`;

describe("textWindows", () => {
  it("keeps a body shorter than a window whole", () => {
    expect(textWindows(article)).toEqual([{ start: 0, text: article }]);
  });

  it("cuts after line breaks, covering the body exactly once", () => {
    const body = `${"第一段内容。".repeat(30)}\n`.repeat(40);
    const windows = textWindows(body, 1000);
    expect(windows.map((w) => w.text).join("")).toBe(body);
    for (const [k, w] of windows.entries()) {
      expect(w.text.length).toBeLessThanOrEqual(1000);
      if (k < windows.length - 1) expect(w.text.endsWith("\n")).toBe(true);
      if (k > 0) expect(w.start).toBe(windows[k - 1]!.start + windows[k - 1]!.text.length);
    }
  });

  it("never splits a surrogate pair when a window has no break to cut at", () => {
    const body = "𠀋".repeat(700);
    const windows = textWindows(body, 101);
    expect(windows.map((w) => w.text).join("")).toBe(body);
    for (const w of windows) expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(w.text)).toBe(false);
  });
});

describe("a body of several windows (a sample article repeated)", () => {
  const copies = Math.ceil((2.5 * WINDOW_CHARS) / article.length);
  const long = article.repeat(copies);
  const doc = prepareArticle("long.txt", encode(long)).document!;
  const whole = extractDocument("long.txt", encode(long));
  const alone = extractDocument("alone.txt", encode(article));

  it("is extracted in more than one window, without an error", () => {
    expect(textWindows(doc.text).length).toBeGreaterThan(2);
    expect(whole.issues.filter((i) => i.severity === "error")).toEqual([]);
    // Every copy is read, not only the first window's (later copies may differ a little: their short forms are known).
    expect(whole.mentions.length).toBeGreaterThan((alone.mentions.length * copies) / 2);
  });

  it("puts every mention and every piece of evidence at body offsets that hold its text", () => {
    for (const m of whole.mentions) {
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      expect(doc.original.slice(m.originalStart, m.originalEnd)).toBe(m.text);
    }
    const spans = new Set(whole.mentions.map((m) => `${m.start}:${m.end}`));
    const starts = whole.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const relation of whole.relations) {
      for (const e of relation.evidence) {
        expect(doc.text.slice(e.start, e.end).trim()).toBe(e.sentence);
        expect(doc.original.slice(e.originalStart, e.originalEnd).trim()).toBe(e.sentence);
        expect(spans.has(e.sourceSpan.join(":")) && spans.has(e.targetSpan.join(":"))).toBe(true);
      }
    }
  });

  it("reads the first copy, inside the first window, as it reads the article alone", () => {
    const strip = ({ entity, start, end, text }: { entity: string; start: number; end: number; text: string }) => ({ entity, start, end, text });
    expect(whole.mentions.filter((m) => m.end <= article.length).map(strip)).toEqual(alone.mentions.map(strip));
    expect(new Set(whole.relations.map((r) => r.id))).toEqual(new Set(alone.relations.map((r) => r.id)));
  });
});
