import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createGraphServer, resolveRequest } from "./server.js";

const root = mkdtempSync(join(tmpdir(), "xiezuo-serve-"));
const viewer = join(root, "viewer");
const graphs = join(root, "out");
mkdirSync(join(viewer, "assets"), { recursive: true });
mkdirSync(graphs);
writeFileSync(join(viewer, "index.html"), "<!doctype html><title>viewer</title>");
writeFileSync(join(viewer, "assets", "app.js"), "console.log(1)");
writeFileSync(join(graphs, "graph.json"), "{}");
writeFileSync(join(graphs, "secret.txt"), "not served");
writeFileSync(join(root, "outside.txt"), "not served");

describe("resolveRequest", () => {
  it("serves the viewer and the graph files only", () => {
    expect(resolveRequest("/", viewer, graphs)).toBe(join(viewer, "index.html"));
    expect(resolveRequest("/assets/app.js", viewer, graphs)).toBe(join(viewer, "assets", "app.js"));
    expect(resolveRequest("/graph.json?x=1", viewer, graphs)).toBe(join(graphs, "graph.json"));
    expect(resolveRequest("/graph.gexf", viewer, graphs)).toBeUndefined();
    expect(resolveRequest("/secret.txt", viewer, graphs)).toBeUndefined();
  });

  it("never leaves its folders", () => {
    for (const url of ["/../outside.txt", "/%2e%2e/outside.txt", "/assets/%2e%2e%2f%2e%2e%2foutside.txt", "/..%5coutside.txt", `/${root}/outside.txt`, "/%00", "/%E0%A4%A"]) {
      expect(resolveRequest(url, viewer, graphs), url).toBeUndefined();
    }
  });
});

describe("createGraphServer", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createGraphServer({ graphDir: graphs, viewerDir: viewer, port: 0 });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("answers with the file and its type, 404 otherwise", async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect((await fetch(`${base}/graph.json`)).headers.get("content-type")).toMatch(/application\/json/);
    expect((await fetch(`${base}/secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/graph.json`, { method: "POST" })).status).toBe(405);
  });
});
