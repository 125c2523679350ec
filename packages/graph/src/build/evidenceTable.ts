import { compareEvidence, evidenceKey, type Evidence } from "@xiezuo/extract";
import { evidenceSpanKey } from "./mergeInto.js";

/**
 * One relation's evidence kept apart from the graph: how many sentences, the documents they
 * come from (distinct, in evidence order) and the text `JSON.stringify(evidence)` gives, as
 * UTF-8 bytes. Bytes live outside the JavaScript heap, so hundreds of thousands of sentences
 * cost the garbage collector nothing to walk, and writers paste them without re-serialising.
 */
export interface RelationEvidence {
  count: number;
  documents: string[];
  json: Buffer;
  /**
   * What the graph's edge holds: the same list with repeats of a sentence span (same document,
   * start and end, read by two rules) left out, as `mergeInto` does. The same Buffer as `json`
   * when nothing repeats.
   */
  graphCount: number;
  graphJson: Buffer;
}

/** Relation id → its evidence, for a graph whose edges hold an empty `evidence` list in its place. */
export type EvidenceTable = ReadonlyMap<string, RelationEvidence>;

/**
 * `JSON.stringify(attributes)` cut around the value of `evidence`, with the keys in `skip` left
 * out: the text before the value and the text after it (the value itself is the caller's to
 * paste, as JSON). Undefined when the attributes have no `evidence`.
 */
export function jsonAroundEvidence(attributes: object, skip: ReadonlySet<string> = NO_KEYS): [before: string, after: string] | undefined {
  let out = "{";
  let before: string | undefined;
  let written = 0;
  for (const key of Object.keys(attributes)) {
    if (skip.has(key)) continue;
    const text = key === "evidence" ? "" : JSON.stringify((attributes as Record<string, unknown>)[key]);
    // JSON.stringify leaves out properties whose value has no JSON form (undefined, functions).
    if (text === undefined) continue;
    out += `${written++ > 0 ? "," : ""}${JSON.stringify(key)}:`;
    if (key === "evidence") {
      before = out;
      out = "";
    } else out += text;
  }
  return before === undefined ? undefined : [before, `${out}}`];
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** One document's evidence of one relation. */
interface Part {
  document: string;
  json: Uint8Array;
  count: number;
  /** The graph's view of the part: the same object when nothing repeats. */
  graph: { json: Uint8Array; count: number };
}

const OPEN = Buffer.from("[");
const COMMA = Buffer.from(",");
const CLOSE = Buffer.from("]");

/**
 * Builds an evidence table from per-document parts arriving grouped by relation and, within a
 * relation, sorted by document id: the corpus-wide evidence is their concatenation, which is what
 * `mergeRelations` gives (evidence sorted by document, then start; a document's own evidence
 * already sorted and without duplicates). The same document twice (two files of the same bytes)
 * is merged item by item, as `mergeRelations` does.
 */
export class EvidenceTableBuilder {
  private readonly table = new Map<string, RelationEvidence>();
  private relation: string | undefined;
  private parts: Part[] = [];

  /**
   * `spill`, when given, keeps each finished relation's bytes: in a file (`EvidenceSpill`) instead
   * of in memory.
   */
  constructor(
    private readonly documentIds: ReadonlyMap<string, string> = new Map(),
    private readonly spill?: { keep(evidence: RelationEvidence): RelationEvidence; flush(): void },
  ) {}

  /**
   * Adds one document's evidence for one relation: its JSON array (UTF-8) and how many items it
   * holds, and the same for the graph's view of it when that differs (`graph`, see `RelationEvidence`).
   */
  add(relation: string, document: string, json: Uint8Array, count: number, graph?: { json: Uint8Array; count: number }): void {
    if (relation !== this.relation) this.flush();
    this.relation = relation;
    this.parts.push({ document: this.documentIds.get(document) ?? document, json, count, graph: graph ?? { json, count } });
  }

  /** The finished table. */
  finish(): Map<string, RelationEvidence> {
    this.flush();
    this.spill?.flush();
    return this.table;
  }

  private flush(): void {
    const { relation, parts } = this;
    if (relation === undefined || parts.length === 0) return;
    this.parts = [];
    const repeated = parts.some((part, i) => i > 0 && parts[i - 1]!.document === part.document);
    if (repeated) {
      this.table.set(relation, this.kept(mergedEvidence(parts)));
      return;
    }
    const documents: string[] = [];
    for (const part of parts) if (part.count > 0) documents.push(part.document);
    const full = joined(parts);
    const graph = parts.every((part) => part.graph.json === part.json) ? full : joined(parts.map((part) => part.graph));
    this.table.set(relation, this.kept({ count: full.count, documents, json: full.json, graphCount: graph.count, graphJson: graph.json }));
  }

  private kept(evidence: RelationEvidence): RelationEvidence {
    return this.spill ? this.spill.keep(evidence) : evidence;
  }
}

/** The JSON arrays of the parts as one: "[" a "," b … "]", each part's items without its brackets. */
function joined(parts: readonly { json: Uint8Array; count: number }[]): { json: Buffer; count: number } {
  // One part with evidence is the whole list as it is: kept, not copied (it may be a view of the bytes of many).
  const stated = parts.filter((part) => part.count > 0);
  if (stated.length === 1) {
    const { json, count } = stated[0]!;
    return { json: Buffer.from(json.buffer, json.byteOffset, json.byteLength), count };
  }
  let count = 0;
  const pieces: Uint8Array[] = [OPEN];
  for (const part of parts) {
    if (part.count === 0) continue;
    if (count > 0) pieces.push(COMMA);
    count += part.count;
    pieces.push(part.json.subarray(1, part.json.length - 1));
  }
  pieces.push(CLOSE);
  return { json: Buffer.concat(pieces), count };
}

/** Evidence of one relation from parts where a document repeats: deduplicated and sorted as `mergeRelations` does. */
function mergedEvidence(parts: readonly Part[]): RelationEvidence {
  const seen = new Set<string>();
  const items: Evidence[] = [];
  for (const part of parts)
    for (const item of JSON.parse(Buffer.from(part.json).toString("utf8")) as Evidence[]) {
      const key = evidenceKey(item);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  items.sort(compareEvidence);
  const documents = [...new Set(items.map((item) => item.document))];
  const graph = graphEvidence(items);
  return { count: items.length, documents, json: Buffer.from(JSON.stringify(items), "utf8"), graphCount: graph.length, graphJson: Buffer.from(JSON.stringify(graph), "utf8") };
}

/** The evidence a graph edge keeps of a relation's: the first of each (document, start, end), as `mergeInto` merges it. */
export function graphEvidence<T extends Pick<Evidence, "document" | "start" | "end">>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = evidenceSpanKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
