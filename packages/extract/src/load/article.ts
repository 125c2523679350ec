import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { extname } from "node:path";
import type { PreparedDocument } from "../document.js";
import { dropInvisibleCharacters, normalizeText, toSimplified, TracedText, withoutInvisibleCharacters } from "../normalize/index.js";
import { toSimplifiedString } from "../normalize/script.js";
import type { Issue } from "../types.js";
import { isChromeLine, isFooterStart, isMetadataLine, readsAsArticleText } from "./chrome.js";
import { decodeBytes, STRAY_CONTROL } from "./decode.js";
import { looksLikeHtml, readHtml } from "./html.js";
import { stripMarkdown } from "./markdown.js";
import { findAuthors, findSource, isoDate } from "./metadata.js";

/** The outcome of reading one file: a document, and the issues met (warnings even with a document). */
export interface PreparedArticle {
  document?: PreparedDocument;
  issues: Issue[];
}

// gray-matter (and js-yaml with it) takes a third of a second to import: only files with front matter need it.
const require = createRequire(import.meta.url);
let grayMatter: typeof import("gray-matter") | undefined;
const matter = (text: string) => (grayMatter ??= require("gray-matter") as typeof import("gray-matter"))(text);

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads an article from its bytes: decode, parse its format, drop page chrome, normalize. */
export function prepareArticle(file: string, bytes: Uint8Array): PreparedArticle {
  const issue = (severity: Issue["severity"], message: string): Issue => ({ file, severity, message });
  const decoded = decodeBytes(bytes);
  if ("problem" in decoded) return { issues: [issue("error", `skipped: ${decoded.problem}`)] };
  const original = decoded.text;
  if (!original.replace(STRAY_CONTROL, "").trim()) return { issues: [issue("error", "skipped: the file holds only whitespace")] };
  const issues: Issue[] = [];
  if (decoded.encoding !== "UTF-8") issues.push(issue("info", `decoded as ${decoded.encoding}`));
  for (const warning of decoded.warnings) issues.push(issue("warning", warning));

  let frontMatter: Record<string, unknown> = {};
  let offset = 0;
  const head = FRONT_MATTER.exec(original);
  if (head) {
    try {
      frontMatter = matter(original).data as Record<string, unknown>;
    } catch (error) {
      issues.push(issue("warning", `front matter ignored: ${(error as Error).message.split("\n")[0]}`));
    }
    offset = head[0].length;
  } else if (/^---[ \t]*\r?\n/.test(original) && isMarkdownFile(file)) {
    // Front matter opened and never closed: its lines, up to the first blank line, are not article text.
    const blank = /\r?\n[ \t]*\r?\n/.exec(original);
    offset = blank ? blank.index + blank[0].length : 0;
    issues.push(issue("warning", "front matter ignored: it is never closed (no second --- line)"));
  }
  const rest = original.slice(offset);
  const extension = extname(file).toLowerCase();
  const isHtml = extension === ".html" || extension === ".htm" || looksLikeHtml(rest);
  const html = isHtml ? readHtml(rest, offset, extension !== ".html" && extension !== ".htm") : undefined;
  if (html && !/\p{Script=Han}/u.test(html.text.toString())) {
    return { issues: [...issues, issue("error", "skipped: the page has no Chinese text outside its scripts, styles and navigation")] };
  }
  let raw = cleanLineEnds(html?.text ?? traceVerbatim(rest, offset));
  if (extension === ".md" || extension === ".markdown" || head) raw = stripMarkdown(raw);
  // Simplified once here: page chrome and titles are recognised in simplified script, and
  // without zero-width characters (a U+FEFF where two files were joined), which would hide them.
  raw = toSimplified(splitLongLines(dropInvisibleCharacters(raw)));

  const simplifiedOriginal = withoutInvisibleCharacters(toSimplifiedString(metadataRegion(original)));
  const statedTitle = stringOf(frontMatter.title) ?? stringOf(html?.title?.replace(STRAY_CONTROL, "")) ?? null;
  const { body, title } = articleLines(raw, statedTitle ? toSimplifiedString(statedTitle) : null);
  const text = normalizeText(body, { simplified: true });
  if (!/\p{Script=Han}/u.test(text.toString())) {
    return { issues: [...issues, issue("error", "skipped: no article text after removing page chrome")] };
  }
  const document: PreparedDocument = {
    info: {
      id: `doc:${createHash("sha1").update(bytes).digest("hex").slice(0, 12)}`,
      file,
      title,
      date: isoDate(frontMatter.date) ?? isoDate(html?.date) ?? isoDate(metadataLines(simplifiedOriginal)) ?? null,
      source: stringOf(frontMatter.source) ?? html?.source ?? findSource(simplifiedOriginal),
      authors: findAuthors(simplifiedOriginal),
    },
    original,
    text: text.toString(),
    originalStarts: text.originalStarts(),
    originalEnds: text.originalEnds(),
  };
  return { document, issues };
}

function traceVerbatim(text: string, offset: number): TracedText {
  const traced = new TracedText();
  traced.appendVerbatim(text, offset);
  return traced;
}

/**
 * Without stray control characters (the decoder counted them), and with one line break per line
 * whatever the file used (CR LF, or CR alone as old Mac files do); the trace keeps their sources.
 */
function cleanLineEnds(text: TracedText): TracedText {
  const source = text.toString();
  if (!/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\r]/.test(source)) return text;
  const isControl = (code: number) => code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
  return text
    .filter((i) => !isControl(source.charCodeAt(i)) && !(source[i] === "\r" && source[i + 1] === "\n"))
    .map((char) => (char === "\r" ? "\n" : char));
}

/** A line this long is a whole article (or page) saved without line breaks. */
const LONG_LINE = 600;

/**
 * Splits a line of more than LONG_LINE characters (a page saved on one line) after each sentence
 * (。！？ and a closing quote) and at runs of two or more spaces (where a scraper flattened blocks),
 * so that page chrome and footer are lines of their own again and the article is kept.
 */
function splitLongLines(text: TracedText): TracedText {
  const source = text.toString();
  const breakAfter = new Uint8Array(source.length);
  let lineStart = 0;
  for (let end = source.indexOf("\n"); ; end = source.indexOf("\n", lineStart)) {
    const lineEnd = end < 0 ? source.length : end;
    if (lineEnd - lineStart > LONG_LINE) {
      const line = source.slice(lineStart, lineEnd);
      for (const match of line.matchAll(/[。！？!?][”’」』）)]*(?=.)|[ \t\u3000\u00a0]{2,}/gu)) {
        breakAfter[lineStart + match.index + match[0].length - 1] = /\s/.test(match[0]) ? 2 : 1;
      }
    }
    if (end < 0) break;
    lineStart = end + 1;
  }
  // A sentence end gets a line break after it; a run of spaces ends with one instead of its last space.
  return text.map((char, i) => (breakAfter[i] === 1 ? `${char}\n` : breakAfter[i] === 2 ? "\n" : char));
}

/** Where a file states its metadata: all of it, or the head and the tail of a very long file (bylines sit there). */
function metadataRegion(original: string): string {
  const edge = 100_000;
  return original.length <= 2 * edge ? original : `${original.slice(0, edge)}\n${original.slice(-edge)}`;
}

function isMarkdownFile(file: string): boolean {
  const extension = extname(file).toLowerCase();
  return extension === ".md" || extension === ".markdown";
}

/** A metadata value as text, trimmed and without zero-width characters (as the body's lines it is matched against). */
function stringOf(value: unknown): string | null {
  const text = typeof value === "string" ? withoutInvisibleCharacters(value).trim() : "";
  return text || null;
}

function metadataLines(text: string): string {
  return text.split("\n").filter(isMetadataLine).join("\n");
}

/**
 * The article's lines without page chrome, and its title: the stated one, else the
 * headline of a scraped page (a line the page repeats, or the line before 来源/时间),
 * else the first line. What comes before the headline is site chrome; what comes after
 * a footer marker (责任编辑, 相关新闻, 版权所有…) is footer.
 */
function articleLines(raw: TracedText, statedTitle: string | null): { body: TracedText; title: string | null } {
  const lines = raw.lines();
  const simplified = lines.map((line) => line.text.trim());
  const nonEmpty = simplified.map((line, i) => (line ? i : -1)).filter((i) => i >= 0);
  let titleIndex = statedTitle ? simplified.findIndex((line) => line === statedTitle.trim()) : -1;
  if (titleIndex < 0 && !statedTitle) titleIndex = headlineIndex(simplified, nonEmpty);
  const title = statedTitle ?? (titleIndex >= 0 ? simplified[titleIndex]! : null);
  const keep = new Array<boolean>(lines.length).fill(true);
  // Before the headline is site chrome, unless a line reads as article text (a lead placed above it).
  for (let i = 0; i < titleIndex; i++) keep[i] = readsAsArticleText(simplified[i]!);
  let bodyStarted = false;
  for (let i = Math.max(0, titleIndex); i < lines.length; i++) {
    const line = simplified[i]!;
    if (i !== titleIndex && title && line === title) keep[i] = false;
    else if (bodyStarted && isFooterStart(line)) {
      keep.fill(false, i);
      break;
    } else if (isChromeLine(line) || (isMetadataLine(line) && line.length < 60)) keep[i] = false;
    if (keep[i] && line.length > 40) bodyStarted = true;
  }
  const kept = new Uint8Array(raw.length + 1);
  lines.forEach((line, i) => {
    // From a dropped metadata line, the publisher it names (来源:百色日报) and the byline (记者 甲 通讯员 乙)
    // stay: they are entities of the article, and who wrote it for whom.
    const spans = keep[i] ? [[0, line.text.length] as const] : i >= titleIndex ? [...sourceSpans(line.text), bylineSpan(line.text)].filter((s) => s !== undefined).sort((a, b) => a[0] - b[0]) : [];
    if (!spans.length) return;
    for (const span of spans) kept.fill(1, line.start + span[0], line.start + span[1]);
    // 来源:甲日报  记者 乙: the spaces between the two stay, so that the byline reads as one.
    const [first, last] = [spans[0]!, spans[spans.length - 1]!];
    if (first[1] < last[0] && !line.text.slice(first[1], last[0]).trim()) kept.fill(1, line.start + first[1], line.start + last[0]);
    kept[line.start + line.text.length] = 1;
  });
  return { body: raw.filter((i) => kept[i] === 1), title: title || null };
}

/** Where a metadata line (already in simplified script) names the publisher (来源:X) or a medium as its author (作者:X日报), as offsets in the line. */
function sourceSpans(line: string): [number, number][] {
  // 作者:甲日报 — an author field that names a medium is a source line too (来源:原创  作者:甲日报).
  const patterns = [/来源\s*[:：]\s*[^\s|｜丨,，;；<>（）()\]]{2,20}/, /作者\s*[:：]\s*[^\s|｜丨,，;；<>（）()\]]{1,16}?(?:日报|晚报|报社|报|新闻网|网|电视台|客户端|杂志|通讯社)(?![^\s|｜丨,，;；])/];
  return patterns.flatMap((pattern) => {
    const match = pattern.exec(line);
    return match ? [[match.index, match.index + match[0].length] as [number, number]] : [];
  });
}

const BYLINE_ROLE = String.raw`(?:见习记者|特约记者|首席记者|全媒体记者|记者|通讯员)`;
/** A medium that signs for its reporters in a byline (人民日报记者甲 乙晚报记者丙). */
const BYLINE_MEDIUM = String.raw`(?:\p{Script=Han}{1,8}?(?:日报社|日报|晚报|报社|报|网|电视台|台|客户端|融媒体中心|新闻))`;
/**
 * A byline of roles and names, each name of one to four characters (记者 努尔艾力) or split by a space (记者 甲 乙  通讯员 丙丁),
 * each role after the medium it writes for when the line names several (人民日报记者甲 乙日报记者丙).
 */
const BYLINE = new RegExp(String.raw`(?:${BYLINE_MEDIUM}?${BYLINE_ROLE}\s*[:：]?\s*(?:(?!${BYLINE_ROLE})(?!${BYLINE_MEDIUM}${BYLINE_ROLE})\p{Script=Han}{1,4}(?!\p{Script=Han})\s*)+)+`, "u");

/** Where a metadata line (already in simplified script) holds a byline, as offsets in the line, without the spaces after it. */
function bylineSpan(line: string): [number, number] | undefined {
  const match = BYLINE.exec(line);
  return match ? [match.index, match.index + match[0].trimEnd().length] : undefined;
}

function headlineIndex(lines: string[], nonEmpty: number[]): number {
  const firstLines = nonEmpty.slice(0, 15);
  for (const i of firstLines) {
    const line = lines[i]!;
    if (line.length >= 6 && line.length <= 80 && firstLines.some((j) => j > i && lines[j] === line)) return i;
  }
  // A source line after a paragraph of text (long, or ending a sentence) closes the article (…正文。来源：甲县融媒体中心): it says
  // nothing of where the headline is.
  const paragraph = firstLines.find((i) => lines[i]!.length > 80 || /[。！？]$/.test(lines[i]!)) ?? Infinity;
  const meta = firstLines.find((i) => i < paragraph && isMetadataLine(lines[i]!));
  if (meta !== undefined) {
    const before = firstLines.filter((i) => i < meta && !isChromeLine(lines[i]!) && lines[i]!.length >= 6);
    if (before.length > 0) return before[before.length - 1]!;
  }
  const first = firstLines.find((i) => !isChromeLine(lines[i]!) && lines[i]!.length <= 80);
  return first ?? -1;
}
