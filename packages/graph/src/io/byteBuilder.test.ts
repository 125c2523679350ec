import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteBuilder, utf16Length } from "./byteBuilder.js";

describe("ByteBuilder", () => {
  it("holds the UTF-8 of the text and bytes appended, past its first size, and starts again after clear", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.string({ unit: "grapheme", maxLength: 40 }))), (pieces) => {
        const builder = new ByteBuilder(4);
        builder.text("stale");
        builder.clear();
        for (const [asBytes, piece] of pieces) asBytes ? builder.bytes(Buffer.from(piece, "utf8")) : builder.text(piece);
        expect(builder.view().toString("utf8")).toBe(pieces.map(([, piece]) => piece).join(""));
      }),
    );
  });
});

describe("utf16Length", () => {
  it("is the length of the decoded text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        expect(utf16Length(Buffer.from(text, "utf8"))).toBe(text.length);
      }),
    );
  });
});
