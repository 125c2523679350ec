import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveRequest } from "./server.js";

const root = mkdtempSync(join(tmpdir(), "xiezuo-serve-evidence-"));
const viewer = join(root, "viewer");
const graphs = join(root, "out");
mkdirSync(viewer);
mkdirSync(join(graphs, "evidence"), { recursive: true });
writeFileSync(join(graphs, "viewer.json"), "{}");
writeFileSync(join(graphs, "overview.json"), "{}");
writeFileSync(join(graphs, "evidence", "0.json"), "{}");
writeFileSync(join(graphs, "evidence", "notes.txt"), "not served");
writeFileSync(join(root, "0.json"), "not served");

describe("resolveRequest for the compact viewer file and its evidence shards", () => {
  it("serves viewer.json, overview.json and evidence/N.json of the build folder", () => {
    expect(resolveRequest("/viewer.json", viewer, graphs)).toBe(join(graphs, "viewer.json"));
    expect(resolveRequest("/overview.json", viewer, graphs)).toBe(join(graphs, "overview.json"));
    expect(resolveRequest("/evidence/0.json", viewer, graphs)).toBe(join(graphs, "evidence", "0.json"));
    expect(resolveRequest("/evidence/1.json", viewer, graphs)).toBeUndefined();
  });

  it("serves nothing else under evidence/, nor anything a shard-like path leads to", () => {
    for (const url of ["/evidence/notes.txt", "/evidence/../0.json", "/evidence/%2e%2e/0.json", "/evidence/0.json/..", "/evidence/x.json", "/evidence/-1.json", "/evidence%2f0.json/../../0.json"]) {
      expect(resolveRequest(url, viewer, graphs), url).not.toBe(join(root, "0.json"));
      expect(resolveRequest(url, viewer, graphs), url).not.toBe(join(graphs, "evidence", "notes.txt"));
    }
  });
});
