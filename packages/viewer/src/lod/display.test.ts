import { readFileSync } from "node:fs";
import { foldParents } from "@xiezuo/graph/fold";
import { describe, expect, it } from "vitest";
import { graphFromJson, type ViewerGraph } from "../graph/load.js";
import { displayGraph, FoldTree, refoldUnder, type DisplayGraph } from "./display.js";

const fixture = JSON.parse(readFileSync(new URL("../../test/fixtures/graph.json", import.meta.url), "utf8"));

/** The fixture graph with the overview's fold rules applied, as the page does for a graph.json without them. */
function foldedFixture(): ViewerGraph {
  const { graph } = graphFromJson(fixture);
  for (const [node, parent] of foldParents(graph, { nodeType: (a) => String(a.entityType), edgeType: (a) => String(a.relationType) }))
    graph.setNodeAttribute(node, "fold", parent);
  return graph;
}

/** A deeper graph: provinces › cities › counties › towns › people, with relations between random entities (seeded, so the test repeats). */
function nestedGraph(): ViewerGraph {
  const { graph } = graphFromJson({ nodes: [], edges: [] });
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const add = (key: string, fold: string | null, entityType: string) =>
    graph.addNode(key, { label: key, entityType, aliases: [], placePath: [], mentions: 1, documents: [], documentCount: 1, fold, community: 0, shard: -1, x: random(), y: random(), size: 3, color: "#999", degree: 0, pagerank: 0 });
  const levels: [string, number][] = [["province", 2], ["city", 3], ["county", 3], ["town", 2], ["person", 2]];
  let above: (string | null)[] = [null];
  for (const [type, each] of levels) {
    const next: string[] = [];
    for (const parent of above) for (let i = 0; i < each; i++) next.push(`${parent ?? ""}/${type}${i}`), add(next.at(-1)!, parent, type);
    above = next;
  }
  const nodes = graph.nodes();
  for (let i = 0; i < 400; i++) {
    const [a, b] = [nodes[Math.floor(random() * nodes.length)]!, nodes[Math.floor(random() * nodes.length)]!];
    const type = ["pairs_with", "funds", "located_in"][i % 3]!;
    graph.addDirectedEdgeWithKey(`${type}:${a}->${b}:${i}`, a, b, { relationType: type, weight: 1 + (i % 4), amountYuan: i % 3 === 1 ? 1000 * i : undefined, date: null, evidence: [], detailed: true, dates: [], size: 1, color: "#bbb" });
  }
  graph.forEachNode((node, a) => void (a.degree = graph.degree(node)));
  return graph;
}

/** What two drawn graphs must share: nodes with their counts, edges with their ends, members, weight and amount. */
function shape(display: DisplayGraph) {
  const nodes = display.mapNodes((node, a) => `${node}+${a.folded}`).sort();
  const edges = display.mapEdges((edge, a, source, target) => `${edge} ${source}>${target} [${[...a.members].sort().join(",")}] w${a.weight} ¥${a.amountYuan ?? 0}`).sort();
  return { nodes, edges };
}

/** Expands and collapses nodes one by one, comparing the drawn graph refolded in place with the one built from scratch. */
function checkSteps(graph: ViewerGraph, steps: number) {
  const tree = new FoldTree(graph);
  const expanded = new Set<string>();
  const rep = tree.representatives(expanded);
  const display = displayGraph(graph, rep, tree);
  const parents = [...tree.children.keys()];
  let seed = 3;
  let compared = 0;
  for (let i = 0; i < steps; i++) {
    seed = (seed * 16807) % 2147483647;
    // Mostly nodes that are drawn (what a click reaches), sometimes any node (a search opens the chain above it).
    const drawn = parents.filter((node) => display.hasNode(node));
    const pool = i % 4 === 3 || !drawn.length ? parents : drawn;
    const node = pool[seed % pool.length]!;
    const roots = [node];
    if (expanded.has(node)) expanded.delete(node);
    else {
      for (const above of tree.ancestors(node)) if (!expanded.has(above)) (expanded.add(above), roots.push(above));
      expanded.add(node);
    }
    const change = refoldUnder(display, graph, tree, rep, expanded, roots);
    const fresh = tree.representatives(expanded);
    expect([...rep].sort()).toEqual([...fresh].sort());
    expect(shape(display)).toEqual(shape(displayGraph(graph, fresh, tree)));
    for (const key of change.droppedNodes) expect(display.hasNode(key)).toBe(false);
    for (const key of change.nodes) expect(display.hasNode(key)).toBe(true);
    for (const key of change.edges) expect(display.hasEdge(key)).toBe(true);
    compared++;
  }
  return compared;
}

describe("refoldUnder", () => {
  it("gives the drawn graph of a rebuild after each expand or collapse, on the fixture", () => {
    const graph = foldedFixture();
    expect(new FoldTree(graph).children.size).toBeGreaterThan(1);
    expect(checkSteps(graph, 20)).toBe(20);
  });

  it("gives the drawn graph of a rebuild on a five-level tree, nested openings and closings included", () => {
    expect(checkSteps(nestedGraph(), 60)).toBe(60);
  });

  it("puts what an opened node holds around it, and touches nothing else", () => {
    const graph = nestedGraph();
    const tree = new FoldTree(graph);
    const expanded = new Set<string>();
    const rep = tree.representatives(expanded);
    const display = displayGraph(graph, rep, tree);
    const before = new Map(display.mapNodes((node, a) => [node, [a.x, a.y]] as const));
    expanded.add("/province0");
    const change = refoldUnder(display, graph, tree, rep, expanded, ["/province0"]);
    expect(change.droppedNodes).toEqual([]);
    expect(change.nodes.sort()).toEqual(["/province0", "/province0/city0", "/province0/city1", "/province0/city2"]);
    const centre = display.getNodeAttributes("/province0");
    for (const city of tree.children.get("/province0")!) {
      const at = display.getNodeAttributes(city);
      expect(Math.hypot(at.x - centre.x, at.y - centre.y)).toBeLessThan(0.1);
    }
    // Nodes drawn before keep their place.
    for (const [node, [x, y]] of before) expect([display.getNodeAttribute(node, "x"), display.getNodeAttribute(node, "y")]).toEqual([x, y]);
    // Collapsing again gives back the overview it came from.
    expanded.delete("/province0");
    const back = refoldUnder(display, graph, tree, rep, expanded, ["/province0"]);
    expect(back.droppedNodes.sort()).toEqual(["/province0/city0", "/province0/city1", "/province0/city2"]);
    expect(shape(display)).toEqual(shape(displayGraph(graph, tree.representatives(new Set()), tree)));
  });

  it("keeps what an opened node holds in its own room, however much it holds: nearer to it than half the way to any other drawn node", () => {
    const { graph } = graphFromJson({ nodes: [], edges: [] });
    const add = (key: string, fold: string | null, x: number, y: number) =>
      graph.addNode(key, { label: key, entityType: fold ? "person" : "city", aliases: [], placePath: [], mentions: 1, documents: [], documentCount: 1, fold, community: 0, shard: -1, x, y, size: 3, color: "#999", degree: 0, pagerank: 0 });
    // Two places a unit apart, one far away; the first holds 900 entities, laid out by the build all over the map.
    add("big", null, 0, 0);
    add("near", null, 1, 0);
    add("far", null, 0, 40);
    for (let i = 0; i < 900; i++) add(`p${i}`, "big", (i % 30) - 15, Math.floor(i / 30) - 15);
    const tree = new FoldTree(graph);
    const expanded = new Set(["big"]);
    const rep = tree.representatives(new Set());
    const display = displayGraph(graph, rep, tree);
    refoldUnder(display, graph, tree, rep, expanded, ["big"]);
    expect(display.order).toBe(903);
    for (let i = 0; i < 900; i++) {
      const at = display.getNodeAttributes(`p${i}`);
      expect(Math.hypot(at.x, at.y)).toBeLessThan(0.5);
      expect(Math.hypot(at.x - 1, at.y)).toBeGreaterThan(0.5);
    }
  });
});
