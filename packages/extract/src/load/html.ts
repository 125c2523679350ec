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
  walk(article, source, offset, text);
  const time = find(root, (n) => n.tagName === "time");
  const date = meta("date") ?? meta("article:published_time") ?? time?.attrs?.find((a) => a.name === "datetime")?.value ?? null;
  return { text, title: title?.trim() || null, date, source: meta("source") ?? meta("og:site_name") };
}

function walk(node: Node, source: string, offset: number, out: TracedText): void {
  if (node.tagName && SKIPPED.has(node.tagName)) return;
  const attributes = node.attrs?.filter((a) => a.name === "class" || a.name === "id").map((a) => a.value).join(" ") ?? "";
  if (node.tagName && node.tagName !== "body" && CHROME_ATTRIBUTE.test(attributes)) return;
  if (node.nodeName === "#text") {
    appendText(node, source, offset, out);
    return;
  }
  const block = node.tagName !== undefined && BLOCKS.has(node.tagName);
  const at = offset + (node.sourceCodeLocation?.startOffset ?? 0);
  if (block) out.appendBreak(at);
  for (const child of node.content?.childNodes ?? node.childNodes ?? []) walk(child, source, offset, out);
  if (block) out.appendBreak(offset + (node.sourceCodeLocation?.endOffset ?? 0));
}

/** A text node's characters, each traced to its source; an entity (&amp;, &#20013;) stands for its whole reference. */
function appendText(node: Node, source: string, offset: number, out: TracedText): void {
  const decoded = node.value ?? "";
  const location = node.sourceCodeLocation;
  if (!location) return;
  const raw = source.slice(location.startOffset, location.endOffset);
  let i = 0;
  for (const char of decoded) {
    let length = char.length;
    if (raw[i] === "&") {
      const entity = /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i.exec(raw.slice(i));
      if (entity && decodesTo(entity[0], char)) length = entity[0].length;
    }
    out.push(char, offset + location.startOffset + i, offset + location.startOffset + i + length);
    i += length;
  }
}

function decodesTo(reference: string, char: string): boolean {
  const decoded = (parseFragment(reference) as unknown as Node).childNodes?.[0]?.value;
  return decoded === char;
}

function find(node: Node, test: (node: Node) => boolean): Node | undefined {
  if (test(node)) return node;
  for (const child of node.content?.childNodes ?? node.childNodes ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function textOf(node: Node | undefined): string {
  if (!node) return "";
  if (node.nodeName === "#text") return node.value ?? "";
  return (node.childNodes ?? []).map(textOf).join("");
}

/** Whether a text file carries HTML markup (scraped pages saved as .txt often do). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:p|div|br|span|article|section|h[1-6])\b[^>]*>/i.test(text);
}
