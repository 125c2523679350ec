import { runNow, type Steps } from "../util/steps.js";
import { compactSteps, isCompact, type OverviewOf, type PendingEdges } from "./compact.js";
import { graphFromGexf } from "./gexf.js";
import { graphFromJson, type DocumentInfo, type ViewerGraph } from "./load.js";
import { GraphFileError } from "./untrusted.js";

/** A graph read from a file, and how many evidence shards stand beside it (0: the evidence is inside). */
export interface OpenedGraph {
  graph: ViewerGraph;
  documents: DocumentInfo[];
  shards: number;
  /** Number of articles behind the graph. */
  articles: number;
  /** Relations read and checked but not yet in the graph (a compact file opened with `deferEdges`). */
  pending?: PendingEdges | null;
  /** Set when the file is a big build's overview.json: what it is the overview of. */
  overview?: OverviewOf | null;
  /** Each node's pinyin forms (joined by spaces, in node order) when the file has them: the search needs no worker then. */
  pinyin?: string[] | null;
}

/** Biggest file the page tries to read: past it a browser tab runs out of memory before it can say why. */
export const MAX_FILE_BYTES = 1_500_000_000;

/**
 * Reads the text of a graph file of any kind this viewer knows — compact viewer.json,
 * graph.json, GEXF — as untrusted input. Every failure is a GraphFileError whose message says
 * what is wrong in words a user can act on.
 */
export function openGraphText(text: string, name: string, options: { deferEdges?: boolean } = {}): OpenedGraph {
  if (text.length > MAX_FILE_BYTES) throw new GraphFileError(`the file is too big to open in a browser (${Math.round(text.length / 1e6)} MB)`);
  const start = text.trimStart();
  if (/\.gexf$/i.test(name) || start.startsWith("<")) return withEvidence(graphFromGexf(text));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(`not valid JSON (${error instanceof Error ? error.message.slice(0, 160) : "parse error"}); expected a viewer.json, graph.json or GEXF file`);
  }
  return runNow(openParsedSteps(json, options));
}

/** A graph file already parsed from JSON (a compact file read in a worker: see fetch.worker.ts), as steps that may pause. */
export function* openParsedSteps(json: unknown, options: { deferEdges?: boolean } = {}): Steps<OpenedGraph> {
  if (isCompact(json)) return { ...(yield* compactSteps(json, options)), documents: [] };
  return withEvidence(graphFromJson(json));
}

/** A graph whose evidence came inside the file. */
function withEvidence(read: { graph: ViewerGraph; documents: DocumentInfo[] }): OpenedGraph {
  return { ...read, shards: 0, articles: read.documents.length };
}
