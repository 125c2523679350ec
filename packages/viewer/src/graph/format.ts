/** The `format` field of viewer.json and overview.json (packages/graph/src/formats/viewerFile.ts writes it). */
export const COMPACT_FORMAT = "xiezuo-viewer";

/** A text column as the fetch worker hands it to the page: its entries joined by TEXT_SEPARATOR (see fetch.worker.ts). */
export interface JoinedTexts {
  joined: string;
  count: number;
}
export const TEXT_SEPARATOR = "\u0001";

/**
 * A sparse column (node index → text, or → list of texts) as the fetch worker hands it over: the
 * indices that have a value, how many texts each has, and every text joined by TEXT_SEPARATOR.
 * Structured cloning 30,000 small objects' keys took the page's thread for 170 ms.
 */
export interface JoinedSparse {
  at: Int32Array;
  counts: Int32Array;
  joined: string;
}
