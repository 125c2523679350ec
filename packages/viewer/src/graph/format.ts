/** The `format` field of viewer.json and overview.json (packages/graph/src/formats/viewerFile.ts writes it). */
export const COMPACT_FORMAT = "xiezuo-viewer";
