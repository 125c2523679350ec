import type { XiezuoGraph } from "../types.js";
import type { EvidenceTable } from "../build/evidenceTable.js";
import { ByteBuilder } from "../io/byteBuilder.js";
import type { Chunk } from "../io/writeChunksAtomic.js";
import { flattenAttributes, jsonText, xmlSafe, type FlatValue } from "./attributeCodec.js";
import { appendXmlAttributeJson } from "./xmlAttributeJsonBytes.js";

/**
 * The GEXF 1.2 text `toGexf` gives, as a sequence of pieces (the head, one per node, one per
 * edge, the tail) so that a big graph is written to a file without ever being one string, and
 * each edge's attribute text (its evidence as JSON) lives only while it is written.
 *
 * It writes, byte for byte, what graphology-gexf 0.13 (with xml-writer 1.7 and two-space
 * indentation) wrote for this project's formatters, followed by the clean-up `toGexf` applied
 * to the whole text: the viz namespace readers look for, code points XML cannot hold dropped, and
 * CR, U+0085, U+2028, U+2029 written as character references. The reference writer is kept in
 * the tests (`test-support/referenceGexf.ts`) and the two are compared on hostile graphs. An
 * edge whose evidence is kept apart comes in three pieces, its evidence as UTF-8 bytes between
 * them (valid until the next piece is asked for).
 * graphology-gexf itself builds the whole document in one string and its attribute values in
 * memory for every edge first: 33 s and gigabytes for a graph of 135k edges with their evidence.
 */
export function* gexfChunks(graph: XiezuoGraph, vizNamespace: string, evidence?: EvidenceTable): Generator<Chunk> {
  graph.forEachEdge((edge, _attributes, _source, _target, _sa, _ta, undirected) => {
    if (undirected) throw new Error(`@xiezuo/graph/toGexf: edge "${edge}" is undirected; xiezuo graphs hold directed relations only.`);
  });
  const nodeModel = inferModel(graph, "node");
  const edgeModel = inferModel(graph, "edge");

  let head = `<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="${vizNamespace}">\n  <meta>`;
  const name: unknown = graph.getAttribute("name");
  const meta: [string, unknown][] = [["creator", "xiezuo"], ["description", name], ["name", name], ["documents", jsonText(graph.getAttribute("documents"))]];
  for (const [tag, value] of meta) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") head += `\n    <${tag}>${escapeText(`${value}`)}</${tag}>`;
  }
  head += '\n  </meta>\n  <graph defaultedgetype="directed">';
  head += modelText(nodeModel, "node");
  head += modelText(edgeModel, "edge");
  yield cleanHead(head);

  // One buffer for every edge's evidence: a piece of bytes is valid until the next piece is asked for.
  const evidenceBytes = new ByteBuilder();
  const nodeModelEmpty = isEmptyModel(nodeModel);
  const edgeModelEmpty = isEmptyModel(edgeModel);
  if (graph.order === 0) yield "\n    <nodes/>";
  else {
    yield "\n    <nodes>";
    for (const { node: key, attributes } of graph.nodeEntries()) {
      const { label, color, size, x, y, ...rest } = attributes;
      const safeLabel = xmlSafe(label);
      let text = `\n      <node${attribute("id", key)}${safeLabel ? attribute("label", safeLabel) : ""}`;
      const children: string[] = [];
      if (!nodeModelEmpty) children.push(attvaluesText(nodeModel, flattenAttributes(rest), "        "));
      if (color) children.push(`\n        <viz:color${colorAttributes(color)}/>`);
      if (size !== undefined) children.push(`\n        <viz:size${attribute("value", size)}/>`);
      if (x !== undefined || y !== undefined) children.push(`\n        <viz:position${x === undefined ? "" : attribute("x", x)}${y === undefined ? "" : attribute("y", y)}/>`);
      text += children.length === 0 ? "/>" : `>${children.join("")}\n      </node>`;
      yield clean(text);
    }
    yield "\n    </nodes>";
  }

  if (graph.size === 0) yield "\n    <edges/>";
  else {
    yield "\n    <edges>";
    for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
      const { weight, ...rest } = attributes;
      let text = `\n      <edge${attribute("id", key)}${attribute("source", source)}${attribute("target", target)}`;
      if ((typeof weight === "number" && !Number.isNaN(weight)) || typeof weight === "string") text += attribute("weight", weight);
      // The relation type doubles as the edge label, which Gephi can show on the edge.
      if (attributes.type) text += attribute("label", attributes.type);
      let flat: Record<string, FlatValue> | undefined;
      // Kept apart, the evidence is pasted as its stored JSON, escaped as bytes: the text jsonText gives of the list.
      let apart: Buffer | undefined;
      if (!edgeModelEmpty) {
        flat = flattenAttributes(rest);
        apart = "evidence" in flat ? evidence?.get(key)?.graphJson : undefined;
        if (apart) flat.evidence = EVIDENCE_MARK;
      }
      text += flat === undefined ? "/>" : `>${attvaluesText(edgeModel, flat, "        ")}\n      </edge>`;
      if (!apart) {
        yield clean(text);
        continue;
      }
      // Cut around the mark (an escaped value holds no quote, so only the evidence's own attribute ends so);
      // each side is cleaned apart, which is the same: both ends of the cut are ASCII.
      const at = text.indexOf(MARKED_EVIDENCE) + MARKED_EVIDENCE.length - 1 - EVIDENCE_MARK.length;
      if (at < 0) throw new Error("@xiezuo/graph/toGexf: an edge's evidence went missing from its attribute values.");
      yield clean(text.slice(0, at));
      evidenceBytes.clear();
      appendXmlAttributeJson(evidenceBytes, apart);
      yield evidenceBytes.view();
      yield clean(text.slice(at + EVIDENCE_MARK.length));
    }
    yield "\n    </edges>";
  }
  yield "\n  </graph>\n</gexf>";
}

/** GEXF attribute types as graphology-gexf infers them (its TYPE_PRIORITIES: the first listed wins). */
const TYPE_PRIORITIES: Record<string, number> = { string: 5, double: 6, long: 7, integer: 8, boolean: 9, empty: 10 };

type Model = Record<string, string>;

/**
 * Whether a text's first character is one XML can hold (and not half of a surrogate pair), so that
 * `xmlSafe` leaves it non-empty without the whole text being scanned; false says nothing.
 */
function keepsACharacter(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x20 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** A value's GEXF type once `flattenAttributes` has made it a number, boolean or (JSON) text. */
function flatType(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    if (value === (value | 0)) return value <= 0x7fffffff && value >= -0x7fffffff ? "integer" : "long";
    return "double";
  }
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return keepsACharacter(value) || xmlSafe(value) !== "" ? "string" : "empty";
  // Lists and records become JSON text, never empty: no need to write it to know its type.
  return "string";
}

/**
 * The model (attribute id → type) of graphology-gexf's inferModel over the flattened attributes,
 * computed from the attributes themselves: keys in the order a plain object of the flattened
 * values would list them, as the reference writer's `for … in` does.
 */
function inferModel(graph: XiezuoGraph, kind: "node" | "edge"): Model {
  const model: Model = {};
  const visit = (attributes: Record<string, unknown>, skip: readonly string[]) => {
    const types: Record<string, string> = {};
    for (const [key, value] of Object.entries(attributes)) {
      if (skip.includes(key)) continue;
      const type = flatType(value);
      if (type !== undefined) types[key] = type;
    }
    for (const key in types) {
      const type = types[key]!;
      if (type === "empty") continue;
      const current = model[key];
      if (!current) model[key] = type;
      else if (type !== current && TYPE_PRIORITIES[type]! < TYPE_PRIORITIES[current]!) model[key] = type;
    }
  };
  if (kind === "node") graph.forEachNode((_key, attributes) => visit(attributes as unknown as Record<string, unknown>, NODE_VIZ_KEYS));
  else graph.forEachEdge((_key, attributes) => visit(attributes as unknown as Record<string, unknown>, EDGE_SPECIAL_KEYS));
  return model;
}

const NODE_VIZ_KEYS = ["label", "color", "size", "x", "y"];
const EDGE_SPECIAL_KEYS = ["weight"];

function isEmptyModel(model: Model): boolean {
  return Object.keys(model).length === 0;
}

/** `<attributes class=…>` for a non-empty model. */
function modelText(model: Model, modelClass: string): string {
  if (isEmptyModel(model)) return "";
  let text = `\n    <attributes${attribute("class", modelClass)}>`;
  for (const name in model) text += `\n      <attribute${attribute("id", name)}${attribute("title", name)}${attribute("type", model[name]!)}/>`;
  return `${text}\n    </attributes>`;
}

function attvaluesText(model: Model, attributes: Record<string, unknown>, indent: string): string {
  let text = "";
  for (const name in model) {
    if (!(name in attributes)) continue;
    const value = attributes[name];
    if (value === undefined || value === null || value === "" || value !== value) continue;
    text += `\n${indent}  <attvalue${attribute("for", name)}${attribute("value", `${value as string}`)}/>`;
  }
  return text === "" ? `\n${indent}<attvalues/>` : `\n${indent}<attvalues>${text}\n${indent}</attvalues>`;
}

/** xml-writer's writeAttribute: nothing for falsy values but numbers, its escapes otherwise. */
function attribute(name: string, content: unknown): string {
  if (typeof content !== "number" && !content) return "";
  if (typeof content !== "string" && typeof content !== "number") throw new Error("Bad Parameter");
  return ` ${name}="${escapeAttribute(`${content}`)}"`;
}

/** Stands for the evidence among the edge's attribute values until the text is cut around it. */
const EVIDENCE_MARK = "\u0001";
/** `attribute("for", "evidence")` and `attribute("value", EVIDENCE_MARK)`, which escape nothing of them. */
const MARKED_EVIDENCE = ` for="evidence" value="${EVIDENCE_MARK}"`;

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "&": "&amp;", "<": "&lt;", '"': "&quot;", "\t": "&#x9;", "\n": "&#xA;", "\r": "&#xD;",
  // toGexf's clean-up: these would read back as line feeds.
  "\u0085": "&#133;", "\u2028": "&#8232;", "\u2029": "&#8233;",
};

/** xml-writer's attribute escapes, then toGexf's references for U+0085/U+2028/U+2029 (CR is already a reference). */
export function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_SPECIAL.test(text)) return text;
  // The common three (an evidence list's JSON has quotes by the thousand) by native string
  // replacement, "&" first so that no reference made here is escaped again; the rare ones by a callback.
  const escaped = text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;");
  return RARE_ATTRIBUTE_SPECIAL.test(escaped) ? escaped.replace(RARE_ATTRIBUTE_SPECIALS, (c) => ATTRIBUTE_ESCAPES[c]!) : escaped;
}

const ATTRIBUTE_SPECIAL = /[&<"\t\n\r\u0085\u2028\u2029]/;
const RARE_ATTRIBUTE_SPECIAL = /[\t\n\r\u0085\u2028\u2029]/;
const RARE_ATTRIBUTE_SPECIALS = /[\t\n\r\u0085\u2028\u2029]/g;

/** xml-writer's text escapes (element content). */
function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** graphology-gexf's CSS colour parsing, each channel an attribute of `<viz:color>`. */
function colorAttributes(value: unknown): string {
  if (!value || typeof value !== "string") return "";
  let channels: Record<string, number> = {};
  if (value[0] === "#") {
    const hex = value.slice(1);
    channels =
      hex.length === 3
        ? { r: parseInt(hex[0]! + hex[0]!, 16), g: parseInt(hex[1]! + hex[1]!, 16), b: parseInt(hex[2]! + hex[2]!, 16) }
        : { r: parseInt(hex[0]! + hex[1]!, 16), g: parseInt(hex[2]! + hex[3]!, 16), b: parseInt(hex[4]! + hex[5]!, 16) };
  } else if (/^\s*rgba?\s*\(/i.test(value)) {
    const match = value.match(/^\s*rgba?\s*\(\s*([0-9]*)\s*,\s*([0-9]*)\s*,\s*([0-9]*)\s*(?:,\s*([.0-9]*))?\)\s*$/);
    if (match === null) throw new TypeError("Cannot read properties of null (reading '1')");
    channels = { r: +match[1]!, g: +match[2]!, b: +match[3]! };
    if (match[4]) channels.a = +match[4];
  }
  let text = "";
  for (const k in channels) text += attribute(k, channels[k]);
  return text;
}

// XML 1.0 cannot hold these code points; a quick test first, the exact removal (xmlSafe) only when needed.
const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** An element's text with what XML cannot hold removed (its attribute values are escaped already). */
function clean(text: string): string {
  return MAYBE_ILLEGAL.test(text) ? xmlSafe(text) : text;
}

const WHITESPACE_REFERENCES: Record<string, string> = { "\t": "&#9;", "\n": "&#10;", "\r": "&#13;", "\u0085": "&#133;", "\u2028": "&#8232;", "\u2029": "&#8233;" };

/**
 * toGexf's clean-up of the head, whose <meta> holds the graph's name as element text: the
 * reference writer's whole-file passes, applied where they can change anything.
 */
function cleanHead(head: string): string {
  return xmlSafe(head)
    .replace(/="([^"<]*)"/g, (whole, value: string) => (/[\t\n\r]/.test(value) ? `="${value.replace(/[\t\n\r]/g, (c) => WHITESPACE_REFERENCES[c]!)}"` : whole))
    .replace(/[\r\u0085\u2028\u2029]/g, (c) => WHITESPACE_REFERENCES[c]!);
}
