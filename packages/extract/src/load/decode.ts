import chardet from "chardet";
import iconv from "iconv-lite";

/** A file's bytes as text, or why they are not text. */
export type Decoded = { text: string; encoding: string } | { problem: string };

/** Encodings a Chinese article may come in, as chardet names them. */
const CHINESE_ENCODINGS = new Set(["GB18030", "Big5", "UTF-16LE", "UTF-16BE"]);

/**
 * Decodes a file: UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise the
 * Chinese encoding chardet ranks highest (GB18030 covers GBK and GB2312), decoded by iconv-lite.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { problem: "the file is empty" };
  if (looksBinary(bytes)) return { problem: "the file is binary, not text (it has NUL or control bytes)" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "UTF-8" };
  } catch {
    // not UTF-8: ask chardet
  }
  const match = chardet.analyse(bytes).find((m) => CHINESE_ENCODINGS.has(m.name));
  if (!match) return { problem: "the file's encoding could not be recognised as UTF-8, GB18030/GBK or Big5" };
  const text = iconv.decode(Buffer.from(bytes), match.name).replace(/^\uFEFF/, "");
  return { text, encoding: match.name };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.05;
}
