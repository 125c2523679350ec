import { describe, expect, it } from "vitest";
import { prepareArticle } from "../load/article.js";
import { dropInvisibleCharacters, withoutInvisibleCharacters } from "./invisible.js";
import { TracedText } from "./traced-text.js";

const traced = (text: string) => {
  const out = new TracedText();
  out.appendVerbatim(text, 0);
  return out;
};

describe("dropInvisibleCharacters", () => {
  it("drops U+FEFF, zero-width spaces and joiners, bidirectional marks and soft hyphens, keeping each other character's source", () => {
    const source = "甲县\ufeff与\u200b乙县\u200d签订\u2060协\u00ad议\u200e。";
    const text = dropInvisibleCharacters(traced(source));
    expect(text.toString()).toBe("甲县与乙县签订协议。");
    for (let i = 0; i < text.length; i++) expect(source.slice(text.originalStart(i), text.originalEnd(i))).toBe(text.charAt(i));
  });

  it("gives back the same text when there is nothing to drop", () => {
    const text = traced("甲县与乙县签订协议。");
    expect(dropInvisibleCharacters(text)).toBe(text);
  });

  it("cleans metadata strings the same way", () => {
    expect(withoutInvisibleCharacters("\ufeff甲县\u200b日报")).toBe("甲县日报");
  });
});

describe("prepareArticle with zero-width characters in the body", () => {
  it("reads a body with a U+FEFF in the middle (two files joined) as if it were not there, its offsets leading to the original", () => {
    const first = "甲县与乙县签订协作协议\n\n甲县向乙县捐赠资金五百万元，用于当地学校建设。";
    const second = "乙县县委书记张某某出席签约仪式并讲话，介绍了两地协作的成果。";
    const original = `${first}\n\ufeff${second}`;
    const doc = prepareArticle("a.txt", new TextEncoder().encode(original)).document!;
    expect(doc.text).not.toMatch(/\ufeff/);
    const at = doc.text.indexOf("乙县县委书记");
    expect(at).toBeGreaterThan(0);
    expect(original.slice(doc.originalStarts[at]!, doc.originalEnds[at + 5]!)).toBe("乙县县委书记");
  });

  it("finds the title behind a zero-width space and strips it from a stated title", () => {
    const doc = prepareArticle("a.md", new TextEncoder().encode("---\ntitle: \"\u200b甲县与乙县签订协作协议\"\n---\n\n甲县向乙县捐赠资金五百万元，用于当地学校建设和产业发展。")).document!;
    expect(doc.info.title).toBe("甲县与乙县签订协作协议");
  });
});
