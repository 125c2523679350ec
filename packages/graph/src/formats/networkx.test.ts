import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildGraph } from "../build/buildGraph.js";
import { enrichGraph } from "../layout/enrichGraph.js";
import { loadFixture } from "../test-support/fixtures.js";
import { toGexf } from "./gexf.js";
import { toGraphml } from "./graphml.js";

// Debian's python3-networkx (2.8) lives under /usr/bin/python3; the python3 first on PATH may be
// another interpreter without it. CI installs it (scripts/setup.sh --test).
const PYTHON = "/usr/bin/python3";
const probe = spawnSync(PYTHON, ["-c", "import networkx; print(networkx.__version__)"], { encoding: "utf8" });
const networkxVersion = probe.status === 0 ? probe.stdout.trim() : null;

// What a consumer reads: the file through NetworkX, summarised as JSON for the comparison.
const READ_BACK = `
import json, sys
import networkx as nx
gexf = nx.read_gexf(sys.argv[1])
graphml = nx.read_graphml(sys.argv[2])
def edges(g):
    return {key: {"source": u, "target": v, **{k: d.get(k) for k in ("type", "weight", "amountYuan", "fundsTotalYuan", "approximate", "evidence")}}
            for u, v, key, d in g.edges(keys=True, data=True)}
print(json.dumps({
    "version": nx.__version__,
    "gexf": {"kind": type(gexf).__name__, "nodes": {n: d for n, d in gexf.nodes(data=True)}, "edges": edges(gexf)},
    "graphml": {"kind": type(graphml).__name__, "name": graphml.graph.get("name"),
                "nodes": {n: d for n, d in graphml.nodes(data=True)}, "edges": edges(graphml)},
}, ensure_ascii=False))
`;

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((part) => part.toString(16).padStart(2, "0")).join("")}`;

describe.skipIf(networkxVersion === null)(
  `NetworkX ${networkxVersion ?? "(skipped: /usr/bin/python3 has no networkx; apt-get install python3-networkx)"} reads our files`,
  () => {
    const graph = enrichGraph(buildGraph(loadFixture("two-articles"), { name: "示例" }), { iterations: 30 });
    const dir = mkdtempSync(join(tmpdir(), "xiezuo-networkx-"));
    writeFileSync(join(dir, "graph.gexf"), toGexf(graph));
    writeFileSync(join(dir, "graph.graphml"), toGraphml(graph));
    const run = spawnSync(PYTHON, ["-c", READ_BACK, join(dir, "graph.gexf"), join(dir, "graph.graphml")], { encoding: "utf8" });
    const read = run.status === 0 ? JSON.parse(run.stdout) : null;

    test("reads both files without error", () => {
      expect(run.stderr).toBe("");
      expect(read).not.toBeNull();
      expect(read.gexf.kind).toBe("MultiDiGraph");
      expect(read.graphml.kind).toBe("MultiDiGraph");
    });

    test("GEXF: counts, labels, types, amounts, and viz colour, size and position", () => {
      expect(Object.keys(read.gexf.nodes).sort()).toEqual(graph.nodes().sort());
      expect(Object.keys(read.gexf.edges).sort()).toEqual(graph.edges().sort());
      graph.forEachNode((node, attributes) => {
        const seen = read.gexf.nodes[node];
        expect(seen.label).toBe(attributes.label);
        expect(seen.type).toBe(attributes.type);
        expect(JSON.parse(seen.aliases)).toEqual(attributes.aliases);
        expect(seen.viz, `viz of ${node}`).toBeDefined();
        expect(hex(seen.viz.color.r, seen.viz.color.g, seen.viz.color.b)).toBe(attributes.color);
        expect(seen.viz.size).toBe(attributes.size);
        expect(seen.viz.position).toEqual({ x: attributes.x, y: attributes.y, z: 0 });
      });
      graph.forEachEdge((edge, attributes, source, target) => {
        const seen = read.gexf.edges[edge];
        expect(seen).toMatchObject({ source, target, type: attributes.type, weight: attributes.weight });
        expect(seen.amountYuan ?? undefined).toBe(attributes.amountYuan);
        expect(JSON.parse(seen.evidence)).toEqual(attributes.evidence);
      });
    });

    test("GraphML: counts, labels, types, amounts, colour, size and position", () => {
      expect(read.graphml.name).toBe("示例");
      expect(Object.keys(read.graphml.nodes).sort()).toEqual(graph.nodes().sort());
      expect(Object.keys(read.graphml.edges).sort()).toEqual(graph.edges().sort());
      graph.forEachNode((node, attributes) => {
        const seen = read.graphml.nodes[node];
        expect(seen).toMatchObject({ label: attributes.label, type: attributes.type, size: attributes.size, x: attributes.x, y: attributes.y });
        expect(hex(seen.r, seen.g, seen.b)).toBe(attributes.color);
      });
      graph.forEachEdge((edge, attributes, source, target) => {
        const seen = read.graphml.edges[edge];
        expect(seen).toMatchObject({ source, target, type: attributes.type, weight: attributes.weight });
        expect(seen.amountYuan ?? undefined).toBe(attributes.amountYuan);
        expect(seen.fundsTotalYuan ?? undefined).toBe(attributes.fundsTotalYuan);
      });
    });
  },
);
