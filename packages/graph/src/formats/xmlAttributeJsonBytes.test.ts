import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteBuilder } from "../io/byteBuilder.js";
import { xmlSafeJson } from "./attributeCodec.js";
import { escapeAttribute } from "./gexfChunks.js";
import { appendXmlAttributeJson } from "./xmlAttributeJsonBytes.js";

const viaBytes = (json: string) => {
  const out = new ByteBuilder(4);
  out.text("前");
  appendXmlAttributeJson(out, Buffer.from(json, "utf8"));
  return out.view().toString("utf8").slice(1);
};

describe("appendXmlAttributeJson", () => {
  it("gives escapeAttribute(xmlSafeJson(json)) for hostile texts", () => {
    const value = [{ sentence: '甲县"乙镇"<丙>&丁\u0085\u2028\u2029\ufffe\uffff\ufffd\u2027\u202a末', start: 1 }, "\u{1F600}&amp;", "\\\"", "\u00c2\u0085"];
    const json = JSON.stringify(value);
    expect(viaBytes(json)).toBe(escapeAttribute(xmlSafeJson(json)));
    expect(viaBytes("[]")).toBe("[]");
  });

  it("gives escapeAttribute(xmlSafeJson(json)) for any JSON value", () => {
    const text = fc.string({ unit: fc.constantFrom("\u0085", "\u2028", "\u2029", "\ufffe", "\uffff", "&", "<", ">", '"', "甲", "a", "\u00c2", "\u2020", "\uffbf", "\u{1F600}") });
    fc.assert(fc.property(fc.array(fc.oneof(text, fc.jsonValue())), (value) => {
      const json = JSON.stringify(value);
      return viaBytes(json) === escapeAttribute(xmlSafeJson(json));
    }), { numRuns: 500 });
  });
});
