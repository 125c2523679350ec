import type { DocumentInfo, EdgeData, ViewerGraph } from "./load.js";
import { documentInfo, evidenceList, finite, GraphFileError, isRecord, MAX_LABEL, text } from "./untrusted.js";

/**
 * Fetches the evidence shards of a compact build on demand (evidence/N.json beside viewer.json)
 * and writes what they hold into the graph: a node's mention and article counts, and for each
 * of its relations the title, date, totals, rule, confidence and evidence sentences; the cited
 * articles go into `documents`. Each shard is fetched once; the result is cached.
 */
export class EvidenceStore {
  private readonly fetched = new Map<number, Promise<void>>();
  private readonly done = new Set<number>();

  constructor(
    private readonly graph: ViewerGraph,
    private readonly base: URL,
    private readonly documents: Map<string, DocumentInfo>,
  ) {}

  /** Whether a node's relations are all detailed (always true for graphs that came with their evidence). */
  ready(node: string): boolean {
    const shard = this.graph.getNodeAttribute(node, "shard");
    return shard < 0 || this.done.has(shard);
  }

  /** Loads the shard of a node (once); resolves when its relations are detailed. */
  load(node: string): Promise<void> {
    const shard = this.graph.getNodeAttribute(node, "shard");
    if (shard < 0) return Promise.resolve();
    let pending = this.fetched.get(shard);
    if (!pending) {
      pending = fetch(new URL(`evidence/${shard}.json`, this.base))
        .then((response) => {
          if (!response.ok) throw new Error(`evidence/${shard}.json: HTTP ${response.status}`);
          return response.json();
        })
        .then((json: unknown) => {
          this.apply(json, shard);
          this.done.add(shard);
        })
        .catch((error: unknown) => {
          // A failed fetch may succeed later (server restarted): do not cache the failure.
          this.fetched.delete(shard);
          throw error instanceof GraphFileError ? error : new Error(error instanceof Error ? error.message : String(error));
        });
      this.fetched.set(shard, pending);
    }
    return pending;
  }

  /** Writes one shard into the graph, checking it as untrusted input. */
  private apply(json: unknown, shard: number): void {
    if (!isRecord(json) || !isRecord(json.nodes)) throw new GraphFileError(`evidence/${shard}.json is not an evidence shard`);
    if (isRecord(json.documents))
      for (const [id, doc] of Object.entries(json.documents)) if (isRecord(doc) && !this.documents.has(id)) this.documents.set(id, documentInfo(id, doc));
    const keys = this.nodeKeys();
    const edges = this.edgeKeys();
    for (const [index, entry] of Object.entries(json.nodes)) {
      const key = keys[Number(index)];
      if (key === undefined || !isRecord(entry)) continue;
      this.graph.mergeNodeAttributes(key, { mentions: finite(entry.mentions, 0), documentCount: finite(entry.documents, 0) });
      if (!isRecord(entry.edges)) continue;
      for (const [edgeIndex, detail] of Object.entries(entry.edges)) {
        const edge = edges[Number(edgeIndex)];
        if (edge !== undefined && isRecord(detail)) this.graph.mergeEdgeAttributes(edge, edgeDetail(detail));
      }
    }
  }

  private keys: string[] | null = null;
  private edgeList: string[] | null = null;
  /** Node keys by file index (the graph keeps the file's order). */
  private nodeKeys(): string[] {
    return (this.keys ??= this.graph.nodes());
  }
  /** Edge keys by file index. */
  private edgeKeys(): string[] {
    return (this.edgeList ??= this.graph.edges());
  }
}

/** The detail attributes of one relation from a shard, each checked. */
function edgeDetail(d: Record<string, unknown>): Partial<EdgeData> {
  const out: Partial<EdgeData> = { detailed: true, evidence: evidenceList(d.evidence) };
  if (d.title !== undefined) out.title = text(d.title, MAX_LABEL);
  if (typeof d.date === "string") out.date = text(d.date, 40);
  if (d.approximate !== undefined) out.approximate = Boolean(d.approximate);
  if (d.fundsTotalYuan !== undefined) out.fundsTotalYuan = finite(d.fundsTotalYuan, 0);
  if (d.fundsSources !== undefined) out.fundsSources = finite(d.fundsSources, 0);
  if (typeof d.rule === "string") out.rule = text(d.rule, MAX_LABEL);
  const confidence = finite(d.confidence, NaN);
  if (confidence >= 0 && confidence <= 1) out.confidence = confidence;
  return out;
}
