import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestPath } from "./server.js";
import { startGraphServer } from "./start.js";

// A viewer folder and a build folder beside files that must never be served, and links leading out.
const root = mkdtempSync(join(tmpdir(), "xiezuo-serve-paths-"));
const viewerDir = join(root, "viewer");
const graphDir = join(root, "out");
mkdirSync(join(viewerDir, "assets"), { recursive: true });
mkdirSync(graphDir);
writeFileSync(join(viewerDir, "index.html"), "<!doctype html><title>viewer</title>");
writeFileSync(join(viewerDir, "assets", "app.js"), "console.log(1)");
writeFileSync(join(viewerDir, "assets", "中文 名.js"), "console.log(2)");
writeFileSync(join(viewerDir, ".env"), "SECRET=1");
writeFileSync(join(graphDir, "graph.json"), "{}");
writeFileSync(join(graphDir, "notes.txt"), "SECRET");
writeFileSync(join(root, "outside.txt"), "SECRET");
mkdirSync(join(root, "elsewhere"));
writeFileSync(join(root, "elsewhere", "x.js"), "SECRET");
symlinkSync(join(root, "outside.txt"), join(viewerDir, "leak.js"));
symlinkSync(join(root, "elsewhere"), join(viewerDir, "linked"));
symlinkSync("/etc/passwd", join(viewerDir, "passwd.js"));
symlinkSync(join(root, "outside.txt"), join(graphDir, "graph.gexf"));

let server: Server;
let port: number;
beforeAll(async () => {
  ({ server, port } = await startGraphServer({ graphDir, viewerDir, port: 0 }));
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Sends a request line exactly as written (no client normalizes it) and returns status and body. */
function rawRequest(target: string | Buffer, host = `127.0.0.1:${port}`, address = "127.0.0.1"): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, address);
    const chunks: Buffer[] = [];
    socket.on("connect", () => {
      socket.write(Buffer.concat([Buffer.from("GET "), Buffer.from(target), Buffer.from(` HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)]));
    });
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf("\r\n\r\n") + 4) });
    });
  });
}

const HOSTILE = [
  "/../outside.txt",
  "/assets/../../outside.txt",
  "/%2e%2e/outside.txt",
  "/%2E%2E%2Foutside.txt",
  "/assets/%2e%2e%2f%2e%2e%2foutside.txt",
  "/%252e%252e/outside.txt",
  "/%252e%252e%252foutside.txt",
  "/%25252e%25252e/outside.txt",
  "/..%5coutside.txt",
  "/..\\outside.txt",
  "/assets\\..\\..\\outside.txt",
  "/%5c..%5c..%5coutside.txt",
  `/${root}/outside.txt`,
  `/${encodeURIComponent(join(root, "outside.txt"))}`,
  "//etc/passwd",
  "/etc/passwd",
  "/C:/Windows/win.ini",
  "/%00",
  "/index.html%00.js",
  "/graph.json%00",
  "/%E0%A4%A",
  "/.env",
  "/%2eenv",
  "/assets/./app.js",
  "/assets//app.js",
  "/leak.js",
  "/linked/x.js",
  "/passwd.js",
  "/graph.gexf",
  "/notes.txt",
  "/extraction.json",
  "/assets",
  "http://127.0.0.1/../outside.txt",
  "*",
];

describe("xiezuo serve: paths, over real HTTP", () => {
  it("serves the viewer's files and graph.json", async () => {
    expect(await rawRequest("/")).toEqual({ status: 200, body: "<!doctype html><title>viewer</title>" });
    expect(await rawRequest("/assets/app.js?v=1#top")).toEqual({ status: 200, body: "console.log(1)" });
    expect(await rawRequest(`/assets/${encodeURIComponent("中文 名.js")}`)).toEqual({ status: 200, body: "console.log(2)" });
    expect(await rawRequest("/graph.json")).toEqual({ status: 200, body: "{}" });
  });

  it.each(HOSTILE)("serves nothing for %s", async (target) => {
    const { status, body } = await rawRequest(target);
    expect(status === 404 || status === 400, `status ${status}`).toBe(true);
    expect(body).not.toContain("SECRET");
    expect(body).not.toContain("root:");
  });

  it("refuses a raw NUL byte or a raw backslash in the request line", async () => {
    for (const target of [Buffer.from("/index.html\0"), Buffer.from("/..\\..\\outside.txt")]) {
      const { status, body } = await rawRequest(target);
      expect([400, 404]).toContain(status);
      expect(body).not.toContain("SECRET");
    }
  });

  it("refuses a request for another host (DNS rebinding)", async () => {
    expect((await rawRequest("/graph.json", "attacker.example")).status).toBe(403);
    expect((await rawRequest("/graph.json", `localhost:${port}`)).status).toBe(200);
  });

  it("listens on loopback only: not on this machine's other addresses", async () => {
    expect((server.address() as AddressInfo).address).toBe("127.0.0.1");
    const external = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal && a.family === "IPv4");
    for (const address of external) {
      await expect(rawRequest("/graph.json", `127.0.0.1:${port}`, address!.address)).rejects.toThrow(/ECONNREFUSED/);
    }
  });
});

describe("requestPath", () => {
  it("gives plain segments, refuses everything else", () => {
    expect(requestPath("/")).toEqual([]);
    expect(requestPath("/assets/app.js?x=1")).toEqual(["assets", "app.js"]);
    expect(requestPath("/assets/")).toEqual(["assets"]);
    for (const target of HOSTILE.filter((t) => t.startsWith("/") && !/^\/(?:etc|leak|linked|passwd|graph|notes|extraction|assets$|C:)/.test(t))) {
      if (target.startsWith(`/${root}`)) continue; // absolute paths are plain segments; fileInside keeps them inside the root
      expect(requestPath(target), target).toBeUndefined();
    }
  });
});
