import { parse, parseFragment } from "parse5";
import { TracedText } from "../normalize/traced-text.js";

/** What an HTML page says about itself, and its article text traced to the source. */
export interface HtmlContent {
  text: TracedText;
  title: string | null;
  date: string | null;
  source: string | null;
}

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

/** Elements whose text is never article text. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select", "iframe", "svg", "head"]);
/** Elements that end a line of text. */
const BLOCKS = new Set([
  "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
  "main", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "hr", "body",
]);
/** Class or id words of page chrome blocks (menus, breadcrumbs, share bars, footers). */
const CHROME_ATTRIBUTE = /(?:^|[\s_-])(?:nav|menu|breadcrumb|crumb|footer|foot|header|sidebar|share|copyright|toolbar|related|comment)(?:$|[\s_-])/i;

/**
 * Reads an HTML page (or an HTML fragment inside a text file) with parse5, keeping the
 * source offset of every text character: the article element when there is one, else the body.
 */
export function readHtml(source: string, offset = 0, fragment = false): HtmlContent {
  const root = (fragment ? parseFragment(source, { sourceCodeLocationInfo: true }) : parse(source, { sourceCodeLocationInfo: true })) as unknown as Node;
  const pageTitle = textOf(find(root, (n) => n.tagName === "title")).trim();
  const heading = textOf(find(root, (n) => n.tagName === "h1")).trim();
  // <title> often carries the site's name (…_凉山新闻网); the page's own <h1> inside it is the headline.
  const title = (heading && (!pageTitle || pageTitle.includes(heading)) ? heading : pageTitle) || null;
  const meta = (name: string) =>
    find(root, (n) => n.tagName === "meta" && n.attrs?.some((a) => (a.name === "name" || a.name === "property") && a.value.toLowerCase() === name) === true)
      ?.attrs?.find((a) => a.name === "content")?.value ?? null;
  const article = find(root, (n) => n.tagName === "article") ?? find(root, (n) => n.tagName === "main") ?? root;
  const text = new TracedText();
  walk(article, source, offset, text, !fragment);
  const time = find(root, (n) => n.tagName === "time");
  const date = meta("date") ?? meta("article:published_time") ?? time?.attrs?.find((a) => a.name === "datetime")?.value ?? null;
  return { text, title: title?.trim() || null, date, source: meta("source") ?? meta("og:site_name") };
}

/**
 * Appends the text under `root`, block elements as line breaks. Iterative (an explicit stack, not
 * recursion): a page nested a hundred thousand elements deep is read like any other.
 */
function walk(root: Node, source: string, offset: number, out: TracedText, collapseNewlines: boolean): void {
  // A task is a node to enter, or the offset where a block element ends (its closing line break).
  const stack: (Node | number)[] = [root];
  while (stack.length > 0) {
    const task = stack.pop()!;
    if (typeof task === "number") {
      out.appendBreak(task);
      continue;
    }
    const node = task;
    if (node.tagName && SKIPPED.has(node.tagName)) continue;
    const attributes = node.attrs?.filter((a) => a.name === "class" || a.name === "id").map((a) => a.value).join(" ") ?? "";
    if (node.tagName && node.tagName !== "body" && CHROME_ATTRIBUTE.test(attributes)) continue;
    if (node.nodeName === "#text") {
      appendText(node, source, offset, out, collapseNewlines);
      continue;
    }
    const block = node.tagName !== undefined && BLOCKS.has(node.tagName);
    if (block) {
      out.appendBreak(offset + (node.sourceCodeLocation?.startOffset ?? 0));
      stack.push(offset + (node.sourceCodeLocation?.endOffset ?? 0));
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/**
 * A text node's characters, each traced to its source. The parser's text differs from the source
 * where it decoded an entity (&amp;, &#20013;: the character stands for the whole reference), turned
 * CR LF or CR into LF, or dropped or replaced a NUL; the walk below keeps the two in step.
 * In a page (not a fragment of a text file), a line break of the source is only white space, as
 * a browser shows it: none between two CJK characters, a space elsewhere.
 */
function appendText(node: Node, source: string, offset: number, out: TracedText, collapseNewlines: boolean): void {
  const decoded = node.value ?? "";
  const location = node.sourceCodeLocation;
  if (!location) return;
  const raw = source.slice(location.startOffset, location.endOffset);
  const base = offset + location.startOffset;
  const collapsed = collapseNewlines ? collapsedNewlines(decoded) : undefined;
  let i = 0;
  let k = 0;
  for (const char of decoded) {
    const replacement = collapsed?.get(k);
    k += char.length;
    // Characters of the source the parser dropped (NUL, other controls) have no text of their own.
    while (i < raw.length && raw[i] !== char && !(raw[i] === "\0" && char === "\uFFFD") && /[\u0000-\u0008\u000e-\u001f]/.test(raw[i]!)) i++;
    let length = char.length;
    if (raw[i] === "&") {
      const entity = /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i.exec(raw.slice(i, i + 40));
      if (entity && decodesTo(entity[0], char)) length = entity[0].length;
    } else if (raw[i] === "\r" && char === "\n") {
      length = raw[i + 1] === "\n" ? 2 : 1;
    }
    if (replacement !== "") out.push(replacement ?? char, base + i, base + Math.min(i + length, raw.length));
    i += length;
  }
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** What becomes of the white space around each line break of a text node: dropped (""), or one space. */
function collapsedNewlines(text: string): Map<number, string> {
  const replaced = new Map<number, string>();
  for (const match of text.matchAll(/[ \t\f]*\n\s*/g)) {
    const between = CJK.test(text[match.index - 1] ?? "") && CJK.test(text[match.index + match[0].length] ?? "");
    for (let k = 0; k < match[0].length; k++) replaced.set(match.index + k, !between && k === 0 ? " " : "");
  }
  return replaced;
}

function childrenOf(node: Node): Node[] {
  return node.content?.childNodes ?? node.childNodes ?? [];
}

function decodesTo(reference: string, char: string): boolean {
  const decoded = (parseFragment(reference) as unknown as Node).childNodes?.[0]?.value;
  return decoded === char;
}

/** The first node, in document order, that passes `test` (iterative, like `walk`). */
function find(root: Node, test: (node: Node) => boolean): Node | undefined {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (test(node)) return node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return undefined;
}

/** The text under a node (iterative). */
function textOf(root: Node | undefined): string {
  if (!root) return "";
  const pieces: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === "#text") pieces.push(node.value ?? "");
    const children = node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return pieces.join("");
}

/** Whether a text file carries HTML markup (scraped pages saved as .txt often do). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:p|div|br|span|article|section|h[1-6])\b[^>]*>/i.test(text);
}
