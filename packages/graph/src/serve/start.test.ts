import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it } from "vitest";
import { registerServe } from "../cli/commands/serve.js";
import { UsageError } from "../cli/usage-error.js";
import { ServeError, startGraphServer } from "./start.js";

const root = mkdtempSync(join(tmpdir(), "xiezuo-start-"));
const viewerDir = join(root, "viewer");
const graphDir = join(root, "out");
const emptyDir = join(root, "empty");
for (const dir of [viewerDir, graphDir, emptyDir]) mkdirSync(dir);
writeFileSync(join(viewerDir, "index.html"), "<!doctype html><title>viewer</title>");
writeFileSync(join(graphDir, "graph.json"), "{}");

const opened: Server[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((server) => new Promise((done) => server.close(done))));
});

describe("startGraphServer", () => {
  it("listens on 127.0.0.1 at a free port and serves the viewer and graph.json", async () => {
    const { server, url, port } = await startGraphServer({ graphDir, viewerDir, port: 0 });
    opened.push(server);
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    expect((server.address() as AddressInfo).address).toBe("127.0.0.1");
    expect(await (await fetch(url)).text()).toContain("<title>viewer</title>");
    expect(await (await fetch(`${url}graph.json`)).text()).toBe("{}");
    expect((await fetch(`${url}..%2f..%2fout/graph.json`)).status).toBe(404);
  });

  it("refuses a folder without graph.json, an unbuilt viewer and a bad port with one clear line", async () => {
    await expect(startGraphServer({ graphDir: emptyDir, viewerDir, port: 0 })).rejects.toThrow(/empty has no graph\.json; build one first/);
    await expect(startGraphServer({ graphDir, viewerDir: emptyDir, port: 0 })).rejects.toThrow(/viewer is not built/);
    await expect(startGraphServer({ graphDir, viewerDir, port: 70000 })).rejects.toThrow(ServeError);
  });

  it("says the port is taken instead of crashing", async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, "127.0.0.1", done));
    opened.push(taken);
    const port = (taken.address() as AddressInfo).port;
    const error = await startGraphServer({ graphDir, viewerDir, port }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServeError);
    expect((error as Error).message).toBe(`port ${port} on 127.0.0.1 is taken; pass --port N (or --port 0 for any free port)`);
  });
});

describe("xiezuo serve", () => {
  it("turns a missing graph.json into a usage error (one line, exit code 2 in main)", async () => {
    const program = new Command().exitOverride();
    registerServe(program);
    const error = await program.parseAsync(["node", "xiezuo", "serve", emptyDir, "--port", "0"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).not.toContain("\n");
  });
});
