import type { DuckDBBlobValue, DuckDBConnection, DuckDBListValue } from "@duckdb/node-api";
import { EvidenceTableBuilder, type RelationEvidence } from "../build/evidenceTable.js";
import type { EvidenceSpill } from "./evidence-spill.js";
import { orderedGroups } from "./ordered-groups.js";
import type { ResultStore } from "./store.js";

/** Rows of `document_relations` whose JSON DuckDB joins into one value. */
const ROWS_PER_GROUP = 2000;

/**
 * Every relation's evidence, read on a connection of its own (so DuckDB sorts and sends it while
 * the caller's thread goes on) as the stored JSON bytes of each document's part, in (relation,
 * document) order, and joined into the corpus-wide text. `rankedIds` are the documents' ids
 * sorted: rows of other documents are left out, and every part names its document by one of
 * these strings. Document ids are ASCII (`doc:` and hex), so DuckDB's order is JavaScript's.
 * With `spill`, the bytes go to its file as each relation's are assembled.
 */
export async function readEvidenceApart(store: ResultStore, rankedIds: readonly string[], spill?: EvidenceSpill): Promise<Map<string, RelationEvidence>> {
  const connection = await store.connectAgain();
  try {
    return await readEvidence(connection, rankedIds, spill);
  } finally {
    connection.closeSync();
  }
}

/**
 * A group of rows comes as a few values: the relation ids, the JSON and the graph's JSON each
 * joined into one BLOB with the byte lengths of its pieces beside it (−1 for a graph JSON that is
 * NULL, the same as the JSON), and the documents as ranks into the sorted ids. The pieces are
 * views of the BLOBs, never copied one by one.
 */
async function readEvidence(connection: DuckDBConnection, rankedIds: readonly string[], spill?: EvidenceSpill): Promise<Map<string, RelationEvidence>> {
  const builder = new EvidenceTableBuilder(new Map(), spill);
  const rows = `
    SELECT r.relation_id, r.document_id, d.rank, r.evidence_count, r.evidence_json, r.graph_evidence_count, r.graph_evidence_json
    FROM document_relations r JOIN (SELECT id, (row_number() OVER (ORDER BY id) - 1)::INTEGER AS rank FROM (SELECT DISTINCT id FROM documents)) d ON d.id = r.document_id`;
  const aggregates = [
    "encode(string_agg(relation_id, '' ORDER BY n))",
    "list(strlen(relation_id)::INTEGER ORDER BY n)",
    "list(rank ORDER BY n)",
    "list(evidence_count ORDER BY n)",
    "encode(string_agg(evidence_json, '' ORDER BY n))",
    "list(strlen(evidence_json)::INTEGER ORDER BY n)",
    "list(graph_evidence_count ORDER BY n)",
    "encode(string_agg(graph_evidence_json, '' ORDER BY n))",
    "list(coalesce(strlen(graph_evidence_json)::INTEGER, -1) ORDER BY n)",
  ].join(", ");
  for await (const [ids, idBytes, ranks, counts, json, jsonBytes, graphCounts, graphJson, graphBytes] of orderedGroups(connection, "evidence_rows", rows, "relation_id, document_id", aggregates, ROWS_PER_GROUP)) {
    const idText = bytesOf(ids);
    const jsonText = bytesOf(json);
    const graphText = bytesOf(graphJson);
    const [idLengths, documents, count, jsonLengths, graphCount, graphLengths] = [idBytes, ranks, counts, jsonBytes, graphCounts, graphBytes].map((list) => (list as DuckDBListValue).items as number[]);
    let [idAt, jsonAt, graphAt] = [0, 0, 0];
    for (let i = 0; i < idLengths!.length; i++) {
      const relation = idText.toString("utf8", idAt, (idAt += idLengths![i]!));
      const part = jsonText.subarray(jsonAt, (jsonAt += jsonLengths![i]!));
      const graphLength = graphLengths![i]!;
      const graph = graphLength < 0 ? undefined : { json: graphText.subarray(graphAt, (graphAt += graphLength)), count: graphCount![i]! };
      builder.add(relation, rankedIds[documents![i]!]!, part, count![i]!, graph);
    }
  }
  return builder.finish();
}

/** A BLOB's bytes as a Buffer (a view, not a copy); an empty one for NULL (a string_agg of NULLs only). */
function bytesOf(value: unknown): Buffer {
  if (value === null) return Buffer.alloc(0);
  const bytes = (value as DuckDBBlobValue).bytes;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
