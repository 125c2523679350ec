/** The `format` field of viewer.json and overview.json (packages/graph/src/formats/viewerFile.ts writes it). */
export const COMPACT_FORMAT = "xiezuo-viewer";

/** A text column as the fetch worker hands it to the page: its entries joined by TEXT_SEPARATOR (see fetch.worker.ts). */
export interface JoinedTexts {
  joined: string;
  count: number;
}
export const TEXT_SEPARATOR = "\u0001";
