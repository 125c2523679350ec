/// <reference lib="webworker" />
import { COMPACT_FORMAT, TEXT_SEPARATOR, type JoinedSparse, type JoinedTexts } from "./format.js";

/** What the page asks: a graph file's absolute URL. */
export interface FetchRequest {
  url: string;
}

/**
 * What comes back: the HTTP status, and for a 200 either the parsed compact file (its number
 * columns as typed arrays, moved, not copied) or the file's bytes, for the page to read itself
 * (any other kind of file, or text that is not JSON: the page then says what is wrong with it).
 * `fetchedAt` is when the bytes were in, as an absolute time (performance.timeOrigin + now);
 * `transferred` the bytes that came over the network (the worker's resource timing: the page's does not list it).
 */
export type FetchReply =
  | { status: number; fetchedAt: number; transferred?: number; json?: unknown; bytes?: ArrayBuffer }
  | { error: string };

/** Number columns moved as Float64Array: every entry a finite number, else left as the file has it (the page checks it and says where it is wrong). */
const NODE_NUMBERS = ["type", "x", "y", "size", "rank", "community", "fold", "path", "shard"];
const EDGE_NUMBERS = ["source", "target", "type", "weight", "amount"];

/**
 * Replaces the text columns of nodes (labels, ids) by one text each, joined by TEXT_SEPARATOR
 * (when no entry holds it): the page takes a message's 67,000 small strings one by one, in one
 * long task, and one long string at the cost of a copy. The page splits them (graph/compact.ts).
 */
function packTexts(json: Record<string, unknown>): void {
  const nodes = json.nodes as Record<string, unknown> | undefined;
  if (typeof nodes !== "object" || nodes === null) return;
  for (const name of ["label", "id"]) {
    const value = nodes[name];
    if (!Array.isArray(value) || !value.every((x) => typeof x === "string" && !x.includes(TEXT_SEPARATOR))) continue;
    nodes[name] = { joined: value.join(TEXT_SEPARATOR), count: value.length } satisfies JoinedTexts;
  }
}

/**
 * Replaces the sparse text columns of nodes (codes: index → text; aliases: index → texts) by the
 * packed form of JoinedSparse, when every entry is well-formed; returns the buffers to move.
 */
function packSparse(json: Record<string, unknown>): ArrayBuffer[] {
  const nodes = json.nodes as Record<string, unknown> | undefined;
  if (typeof nodes !== "object" || nodes === null) return [];
  const moved: ArrayBuffer[] = [];
  for (const name of ["code", "aliases"]) {
    const value = nodes[name];
    if (typeof value !== "object" || value === null || Array.isArray(value)) continue;
    const entries = Object.entries(value as Record<string, unknown>);
    const lists = entries.map(([, v]) => (name === "code" ? [v] : v));
    const wellFormed = entries.every(([key], i) => /^\d{1,9}$/.test(key) && Array.isArray(lists[i]) && (lists[i] as unknown[]).every((x) => typeof x === "string" && !x.includes(TEXT_SEPARATOR)));
    if (!wellFormed) continue;
    const packed: JoinedSparse = {
      at: Int32Array.from(entries, ([key]) => Number(key)),
      counts: Int32Array.from(lists, (list) => (list as string[]).length),
      joined: (lists as string[][]).flat().join(TEXT_SEPARATOR),
    };
    nodes[name] = packed;
    moved.push(packed.at.buffer as ArrayBuffer, packed.counts.buffer as ArrayBuffer);
  }
  return moved;
}

/** Replaces the well-formed number columns of a compact file by typed arrays; returns their buffers. */
function packColumns(json: Record<string, unknown>): ArrayBuffer[] {
  const moved: ArrayBuffer[] = [];
  const pack = (owner: unknown, names: string[]) => {
    if (typeof owner !== "object" || owner === null) return;
    const record = owner as Record<string, unknown>;
    for (const name of names) {
      const value = record[name];
      if (!Array.isArray(value) || !value.every((x) => typeof x === "number" && Number.isFinite(x))) continue;
      const packed = Float64Array.from(value as number[]);
      record[name] = packed;
      moved.push(packed.buffer);
    }
  };
  pack(json.nodes, NODE_NUMBERS);
  pack(json.edges, EDGE_NUMBERS);
  // Each edge's list of date indices: one flat list and where each edge's part starts (146,000 small arrays cost more to copy than to read).
  const edges = json.edges as Record<string, unknown> | undefined;
  const lists = edges?.dates;
  if (Array.isArray(lists) && lists.every((list) => Array.isArray(list) && list.every((d) => Number.isInteger(d) && d >= 0 && d <= 0x7fffffff))) {
    const starts = new Int32Array(lists.length + 1);
    let total = 0;
    lists.forEach((list: number[], i) => ((starts[i] = total), (total += list.length)));
    starts[lists.length] = total;
    const values = new Int32Array(total);
    lists.forEach((list: number[], i) => values.set(list, starts[i]));
    edges!.dates = { starts, values };
    moved.push(starts.buffer, values.buffer);
  }
  return moved;
}

// Fetching and parsing viewer.json (10 MB on a 10,000-article build) takes the page's thread for
// half a second and more: here it takes another one, and hover on the first picture goes on.
self.onmessage = async (event: MessageEvent<FetchRequest>) => {
  const reply = (message: FetchReply, transfer: Transferable[] = []) => self.postMessage(message, transfer);
  try {
    const response = await fetch(event.data.url);
    if (!response.ok) return reply({ status: response.status, fetchedAt: 0 });
    const bytes = await response.arrayBuffer();
    const fetchedAt = performance.timeOrigin + performance.now();
    const timing = performance.getEntriesByName(response.url, "resource")[0] as PerformanceResourceTiming | undefined;
    const transferred = timing?.transferSize || bytes.byteLength;
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return reply({ status: 200, fetchedAt, transferred, bytes }, [bytes]);
    }
    if (typeof json !== "object" || json === null || (json as Record<string, unknown>).format !== COMPACT_FORMAT) return reply({ status: 200, fetchedAt, transferred, bytes }, [bytes]);
    packTexts(json as Record<string, unknown>);
    const sparse = packSparse(json as Record<string, unknown>);
    reply({ status: 200, fetchedAt, transferred, json }, [...packColumns(json as Record<string, unknown>), ...sparse]);
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : String(error) });
  }
};
