import type { ByteBuilder } from "../io/byteBuilder.js";

const QUOTE = Buffer.from("&quot;");
const AMPERSAND = Buffer.from("&amp;");
const LESS_THAN = Buffer.from("&lt;");
/** The JSON escape of a code point (lower-case hex, as `xmlSafeJson` writes it). */
const escapeOf = (c: string) => Buffer.from(`\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const NEXT_LINE = escapeOf("\u0085");
const LINE_SEPARATOR = escapeOf("\u2028");
const PARAGRAPH_SEPARATOR = escapeOf("\u2029");
const NONCHARACTER_FFFE = escapeOf("\ufffe");
const NONCHARACTER_FFFF = escapeOf("\uffff");
/** The longest replacement. */
const LONGEST = 6;

/**
 * Appends the UTF-8 of `escapeAttribute(xmlSafeJson(json))` — JSON text as an XML attribute value
 * of the GEXF file — for `json` (UTF-8) that JSON.stringify wrote: such text has no control
 * character and no lone surrogate, so only the three escapes of XML (", &, <) and the five code
 * points `xmlSafeJson` escapes (U+0085 = C2 85, U+2028/U+2029 = E2 80 A8/A9, U+FFFE/U+FFFF =
 * EF BF BE/BF) can change. The bytes are rewritten as they are, never decoded, straight into the
 * builder's buffer.
 */
export function appendXmlAttributeJson(out: ByteBuilder, json: Buffer): void {
  const n = json.length;
  let at = out.length;
  let buffer = out.room(n);
  /** Writes `by` for the `length` bytes at `i`; gives the index of the last byte replaced. */
  const replace = (i: number, length: number, by: Buffer) => {
    if (at + LONGEST + (n - i) > buffer.length) {
      out.length = at;
      buffer = out.room(LONGEST + n - i);
    }
    for (let k = 0; k < by.length; k++) buffer[at++] = by[k]!;
    return i + length - 1;
  };
  for (let i = 0; i < n; i++) {
    const byte = json[i]!;
    if (byte === 0x22) i = replace(i, 1, QUOTE);
    else if (byte === 0x26) i = replace(i, 1, AMPERSAND);
    else if (byte === 0x3c) i = replace(i, 1, LESS_THAN);
    else if (byte === 0xc2 && json[i + 1] === 0x85) i = replace(i, 2, NEXT_LINE);
    else if (byte === 0xe2 && json[i + 1] === 0x80 && json[i + 2] === 0xa8) i = replace(i, 3, LINE_SEPARATOR);
    else if (byte === 0xe2 && json[i + 1] === 0x80 && json[i + 2] === 0xa9) i = replace(i, 3, PARAGRAPH_SEPARATOR);
    else if (byte === 0xef && json[i + 1] === 0xbf && json[i + 2] === 0xbe) i = replace(i, 3, NONCHARACTER_FFFE);
    else if (byte === 0xef && json[i + 1] === 0xbf && json[i + 2] === 0xbf) i = replace(i, 3, NONCHARACTER_FFFF);
    else buffer[at++] = byte;
  }
  out.length = at;
}
