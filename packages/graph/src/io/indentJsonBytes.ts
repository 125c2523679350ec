import type { ByteBuilder } from "./byteBuilder.js";
import { copyRun } from "./copyRun.js";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const SPACE = 0x20;
const LINE_FEED = 0x0a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * Appends to `out` the UTF-8 of `JSON.stringify(JSON.parse(json), null, 2)` with every line break
 * followed by `indent` (spaces), for `json` (UTF-8) that JSON.stringify wrote, strings and numbers
 * already as it writes them: only white space is added, so nothing is decoded or parsed. JSON's
 * structural characters are ASCII, and no byte of a multi-byte UTF-8 character is ASCII, so the
 * bytes are scanned as they are, and written straight into the builder's buffer.
 */
export function appendIndentedJson(out: ByteBuilder, json: Buffer, indent = ""): void {
  if (!/^ *$/.test(indent)) throw new Error("@xiezuo/graph/appendIndentedJson: the indentation must be spaces.");
  const n = json.length;
  let at = out.length;
  let buffer = out.room(n);
  let depth = 0;
  /** A line break and the indentation of `level`, with room made first for it and all the rest of the input. */
  const pad = (level: number) => {
    const length = 1 + indent.length + 2 * level;
    if (at + length + n > buffer.length) {
      out.length = at;
      buffer = out.room(length + n);
    }
    buffer[at++] = LINE_FEED;
    buffer.fill(SPACE, at, at + length - 1);
    at += length - 1;
  };
  for (let i = 0; i < n; i++) {
    const c = json[i]!;
    if (c === QUOTE) {
      // To the closing quote: one not preceded by an odd number of backslashes.
      let j = i + 1;
      for (;;) {
        j = json.indexOf(QUOTE, j);
        let slashes = 0;
        while (json[j - 1 - slashes] === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
        j++;
      }
      at = copyRun(json, i, j + 1, buffer, at);
      i = j;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      const next = json[i + 1];
      buffer[at++] = c;
      // An empty list or record stays as it is.
      if (next === CLOSE_ARRAY || next === CLOSE_OBJECT) {
        buffer[at++] = next;
        i++;
      } else pad(++depth);
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      pad(--depth);
      buffer[at++] = c;
    } else if (c === COMMA) {
      buffer[at++] = c;
      pad(depth);
    } else if (c === COLON) {
      // The space takes the place of a byte of input still counted in the room made.
      if (at + 2 + (n - i) > buffer.length) {
        out.length = at;
        buffer = out.room(2 + n - i);
      }
      buffer[at++] = c;
      buffer[at++] = SPACE;
    } else buffer[at++] = c;
  }
  out.length = at;
}
