import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteBuilder } from "./byteBuilder.js";
import { appendIndentedJson } from "./indentJsonBytes.js";

const indented = (json: string, indent?: string) => {
  const out = new ByteBuilder(8);
  out.text("前");
  appendIndentedJson(out, Buffer.from(json, "utf8"), indent);
  return out.view().toString("utf8").slice(1);
};
const pretty = (value: unknown, newline = "\n") => JSON.stringify(value, null, 2).replaceAll("\n", newline);

describe("appendIndentedJson", () => {
  it("gives JSON.stringify(value, null, 2) from JSON.stringify(value), for any JSON value", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => indented(JSON.stringify(value)) === pretty(value)));
  });

  it("grows its builder as far as deep nesting needs", () => {
    const value = JSON.parse(`${"[".repeat(60)}1,{"a":[2]}${"]".repeat(60)}`) as unknown;
    expect(indented(JSON.stringify(value), "    ")).toBe(pretty(value, "\n    "));
  });

  it("indents every line break under the given one, with hostile strings left whole", () => {
    const value = [{ sentence: '引号"、反斜杠\\"、\\\\结尾\\', list: [[], {}, [1, -2.5e-7]], "键:[x]": "{,}", 表情: "\u{1F600}" }, "\u2028\"", null, true];
    expect(indented(JSON.stringify(value), "      ")).toBe(pretty(value, "\n      "));
    expect(() => indented("[1]", "\t")).toThrow(/spaces/);
    expect(indented("[]")).toBe("[]");
  });
});
