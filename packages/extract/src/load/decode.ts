import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";

// Loaded on the first file that is not UTF-8: most corpora never need them, and every worker's start would pay for both.
const require = createRequire(import.meta.url);
let chardetModule: typeof import("chardet") | undefined;
let iconvModule: typeof import("iconv-lite") | undefined;
const chardet = () => (chardetModule ??= require("chardet") as typeof import("chardet"));
const iconv = () => (iconvModule ??= require("iconv-lite") as typeof import("iconv-lite"));

/** A file's bytes as text (with what was repaired on the way), or why they are not text. */
export type Decoded = { text: string; encoding: string; warnings: string[] } | { problem: string };

/** Encodings a Chinese article may come in, as chardet names them. */
const CHINESE_ENCODINGS = new Set(["GB18030", "Big5", "UTF-16LE", "UTF-16BE"]);

/** Control characters that are never text (C0 without tab, line feed, vertical tab, form feed, carriage return; DEL; C1). */
export const STRAY_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Share of characters that may be stray control characters or replacement characters before a file counts as binary. */
const MAX_NOT_TEXT = 0.1;

/** Share of the non-ASCII characters that may be damaged before UTF-8 is ruled out. */
const MAX_UTF8_DAMAGE = 0.05;

/** Signatures of the binary formats a scrape folder tends to hold. */
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a ZIP archive (or a .docx/.xlsx document)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "an old Word/Excel document", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

/**
 * Decodes a file: a BOM (UTF-8, UTF-16 LE/BE) decides; else UTF-16 when the bytes read as it with
 * confidence; else UTF-8, also when a few bytes are damaged (replaced by U+FFFD, with a warning) or
 * when only some lines are in another encoding; else the Chinese encoding chardet ranks highest
 * (GB18030 covers GBK and GB2312; Big5 includes HKSCS), decoded by iconv-lite. Stray control
 * characters are counted here (the loader leaves them out of the body); a file that is mostly
 * not text is binary.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { problem: "the file is empty" };
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) return { problem: `the file is binary, not text (it is ${signature.name})` };
  const decoded = decodeText(bytes);
  if ("problem" in decoded) return decoded;
  const { text, encoding, warnings } = decoded;
  const controls = countMatches(text, STRAY_CONTROL);
  const replacements = countMatches(text, /\uFFFD/g);
  if (text.length > 0 && (controls + replacements) / text.length > MAX_NOT_TEXT) {
    const share = Math.round(((controls + replacements) / text.length) * 100);
    return { problem: `the file is binary, not text (${share}% of it decodes to control or undecodable bytes)` };
  }
  if (controls > 0) warnings.push(`removed ${plural(controls, "stray control character")} (${controlNames(text)})`);
  const declared = declaredCharset(text);
  if (declared && declared !== encoding) warnings.push(`the page declares charset ${declared} but its bytes are ${encoding}; read as ${encoding}`);
  return { text, encoding, warnings };
}

function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe, 0, 0])) return { text: iconv().decode(Buffer.from(bytes.subarray(4)), "utf-32le"), encoding: "UTF-32LE", warnings: [] };
  if (startsWith(bytes, [0, 0, 0xfe, 0xff])) return { text: iconv().decode(Buffer.from(bytes.subarray(4)), "utf-32be"), encoding: "UTF-32BE", warnings: [] };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv().decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "UTF-16LE", warnings: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv().decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "UTF-16BE", warnings: [] };
  // Only bytes that are not plain UTF-8 text may be UTF-16 without a BOM (ASCII pairs can look like Han).
  const utf16 = (bytes.includes(0) || !isUtf8(bytes)) && confidentUtf16(bytes);
  if (utf16) return { text: iconv().decode(Buffer.from(bytes), utf16), encoding: utf16, warnings: [`decoded as ${utf16} without a byte order mark (detected)`] };
  return decodeUtf8(bytes);
}

/** UTF-8, strict; else UTF-8 with its few damaged bytes replaced; else per line or another encoding. */
function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "UTF-8", warnings: [] };
  } catch {
    // damaged UTF-8 or another encoding: see below
  }
  const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const damaged = countMatches(lenient, /\uFFFD/g) - countSequence(bytes, [0xef, 0xbf, 0xbd]);
  const nonAscii = countMatches(lenient, /[^\u0000-\u007f\uFFFD]/g);
  if (damaged <= nonAscii * MAX_UTF8_DAMAGE) {
    return { text: lenient, encoding: "UTF-8", warnings: [`${plural(damaged, "damaged UTF-8 byte sequence")} replaced by U+FFFD (�)`] };
  }
  return decodeMixedLines(bytes) ?? decodeChinese(bytes);
}

/**
 * A file pasted together from UTF-8 and GBK/Big5 pieces: each line in the encoding it is valid in.
 * A line break (0x0A) is never part of a multi-byte character in these encodings, so lines split safely.
 */
function decodeMixedLines(bytes: Uint8Array): Decoded | undefined {
  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const lines: { bytes: Uint8Array; text?: string }[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    if (start === bytes.length) break;
    const line = bytes.subarray(start, Math.min(i + 1, bytes.length));
    let text: string | undefined;
    try {
      text = strict.decode(line);
    } catch {
      // not UTF-8: decoded with the others below
    }
    lines.push({ bytes: line, ...(text === undefined ? {} : { text }) });
    start = i + 1;
  }
  const utf8NonAscii = lines.reduce((sum, line) => sum + (line.text ? countMatches(line.text, /[^\u0000-\u007f]/g) : 0), 0);
  const others = lines.filter((line) => line.text === undefined);
  if (utf8NonAscii < 4 || others.length === 0) return undefined;
  const otherBytes = Buffer.concat(others.map((line) => line.bytes));
  const encoding = chineseEncodingOf(otherBytes);
  if (!encoding) return undefined;
  const decodedOthers = others.map((line) => iconv().decode(Buffer.from(line.bytes), encoding));
  if (decodedOthers.some((text) => text.includes("\uFFFD"))) return undefined;
  let k = 0;
  const text = lines.map((line) => line.text ?? decodedOthers[k++]!).join("");
  return {
    text,
    encoding: "UTF-8",
    warnings: [`mixed encodings: ${plural(lines.length - others.length, "line")} in UTF-8, ${plural(others.length, "line")} in ${encoding}; each read in its own`],
  };
}

function decodeChinese(bytes: Uint8Array): Decoded {
  const encoding = chineseEncodingOf(bytes);
  if (!encoding) return { problem: "the file's encoding could not be recognised as UTF-8, UTF-16, GB18030/GBK or Big5" };
  return { text: iconv().decode(Buffer.from(bytes), encoding).replace(/^\uFEFF/, ""), encoding, warnings: [] };
}

function chineseEncodingOf(bytes: Uint8Array): string | undefined {
  return chardet().analyse(bytes).find((m) => CHINESE_ENCODINGS.has(m.name))?.name;
}

/**
 * UTF-16 without a BOM, when one byte order reads as text almost everywhere (Han, CJK punctuation,
 * ASCII) and the other does not: Chinese text in GBK, Big5 or UTF-8 never does.
 */
function confidentUtf16(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | undefined {
  const units = Math.floor(Math.min(bytes.length, 1 << 16) / 2);
  if (units < 4) return undefined;
  let little = 0;
  let big = 0;
  for (let i = 0; i < units; i++) {
    const a = bytes[2 * i]!;
    const b = bytes[2 * i + 1]!;
    if (isLikelyTextUnit(a | (b << 8))) little++;
    if (isLikelyTextUnit((a << 8) | b)) big++;
  }
  if (little >= units * 0.9 && big < units * 0.5) return "UTF-16LE";
  if (big >= units * 0.9 && little < units * 0.5) return "UTF-16BE";
  return undefined;
}

/** Code units of Chinese articles: ASCII text, CJK punctuation, Han, full-width forms. */
function isLikelyTextUnit(unit: number): boolean {
  return (
    (unit >= 0x20 && unit < 0x7f) || unit === 0x0a || unit === 0x0d || unit === 0x09 ||
    (unit >= 0x3000 && unit <= 0x303f) || (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0xff00 && unit <= 0xffef) ||
    (unit >= 0x2010 && unit <= 0x2027) || unit === 0x00b7
  );
}

/** The charset an HTML page declares in a meta element, as the encoding names used here. */
function declaredCharset(text: string): string | undefined {
  const match = /<meta\b[^>]*\bcharset\s*=\s*["']?\s*([\w-]+)/i.exec(text.slice(0, 4096));
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  if (/^utf-?8$/.test(name)) return "UTF-8";
  if (/^(?:gb2312|gbk|gb18030|x-gbk|cp936)$/.test(name)) return "GB18030";
  if (/^(?:big5|big5-hkscs|cp950|x-x-big5)$/.test(name)) return "Big5";
  if (/^utf-?16(?:le)?$/.test(name)) return undefined; // a declared UTF-16 is read by its BOM
  return undefined;
}

function controlNames(text: string): string {
  const names = new Set<string>();
  for (const match of text.matchAll(STRAY_CONTROL)) {
    names.add(`U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    if (names.size === 4) break;
  }
  return [...names].join(", ");
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count++;
  return count;
}

function countSequence(bytes: Uint8Array, sequence: number[]): number {
  let count = 0;
  for (let i = bytes.indexOf(sequence[0]!); i >= 0; i = bytes.indexOf(sequence[0]!, i + 1)) {
    if (sequence.every((b, k) => bytes[i + k] === b)) count++;
  }
  return count;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
