import Graph from "graphology";
import type { Visibility } from "../filters/visibility.js";
import { RELATION_STYLES, type EdgeData, type NodeData, type ViewerGraph } from "../graph/load.js";
import type { ViewState } from "../state.js";

/** From this many entities a graph opens on its overview (places and what folds into them); smaller ones open whole. */
export const OVERVIEW_FROM = 3000;

/** A node as the overview draws it: the entity, and how many entities are folded into it now. */
export interface DisplayNodeData extends NodeData {
  /** Entities drawn inside this node (0 when nothing is folded into it). */
  folded: number;
}

/** An edge as the overview draws it: one relation, or all relations of a type between two drawn nodes. */
export interface DisplayEdgeData extends EdgeData {
  /** The relations it stands for (its own key for a single relation). */
  members: string[];
}

export type DisplayGraph = Graph<DisplayNodeData, DisplayEdgeData>;

/** The fold tree of a graph: each node's children, from the `fold` attribute. */
export class FoldTree {
  readonly children = new Map<string, string[]>();

  constructor(private readonly graph: ViewerGraph) {
    graph.forEachNode((node, a) => {
      if (a.fold === null || !graph.hasNode(a.fold)) return;
      const list = this.children.get(a.fold) ?? [];
      list.push(node);
      this.children.set(a.fold, list);
    });
  }

  /** The nodes a node is folded into, nearest first (cut at a loop, which a hostile file could hold). */
  ancestors(node: string): string[] {
    const out: string[] = [];
    const seen = new Set([node]);
    for (let at = this.graph.getNodeAttribute(node, "fold"); at !== null && this.graph.hasNode(at) && !seen.has(at); at = this.graph.getNodeAttribute(at, "fold")) {
      out.push(at);
      seen.add(at);
    }
    return out;
  }

  /** The drawn node every node stands under: itself when every node above it is expanded, else the topmost one that is not. */
  representatives(expanded: Set<string>): Map<string, string> {
    const rep = new Map<string, string>();
    const resolve = (node: string): string => {
      const known = rep.get(node);
      if (known !== undefined) return known;
      // Iterative: a chain of parents from a hostile file may be long. It stops at the first node already resolved.
      const chain = [node];
      const seen = new Set([node]);
      for (let at = this.graph.getNodeAttribute(node, "fold"); at !== null && this.graph.hasNode(at) && !seen.has(at); at = this.graph.getNodeAttribute(at, "fold")) {
        chain.push(at);
        seen.add(at);
        if (rep.has(at)) break;
      }
      let above: string | null = null;
      for (let i = chain.length - 1; i >= 0; i--) {
        const at = chain[i]!;
        let mine = rep.get(at);
        if (mine === undefined) {
          const parent = i + 1 < chain.length ? chain[i + 1]! : null;
          if (parent !== null && above === null) above = rep.get(parent)!;
          mine = parent === null ? at : above !== parent ? above! : expanded.has(parent) ? at : parent;
          rep.set(at, mine);
        }
        above = mine;
      }
      return rep.get(node)!;
    };
    this.graph.forEachNode((node) => void resolve(node));
    return rep;
  }
}

/**
 * The graph sigma draws for a set of expanded nodes: every node whose ancestors are all
 * expanded, and between drawn nodes the relations, those of folded entities merged by type
 * into one edge (weight and amounts summed).
 */
export function displayGraph(graph: ViewerGraph, rep: Map<string, string>, tree?: FoldTree): DisplayGraph {
  const display: DisplayGraph = new Graph({ multi: true, type: "directed", allowSelfLoops: false });
  graph.forEachNode((node, a) => {
    if (rep.get(node) === node) display.addNode(node, { ...a, folded: 0 });
  });
  graph.forEachNode((node) => {
    const r = rep.get(node)!;
    if (r !== node) display.getNodeAttributes(r).folded++;
  });
  if (tree) placeAroundParents(display, tree);
  graph.forEachEdge((edge, a, source, target) => {
    const [from, to] = [rep.get(source)!, rep.get(target)!];
    if (from === to) return;
    if (from === source && to === target) return void display.addDirectedEdgeWithKey(edge, from, to, { ...a, members: [edge] });
    const key = `≈${a.relationType}:${from}->${to}`;
    if (display.hasEdge(key)) {
      // Written in place: the graph is not drawn yet, so no one listens to its events.
      const merged = display.getEdgeAttributes(key);
      merged.weight += a.weight;
      if (a.amountYuan) merged.amountYuan = (merged.amountYuan ?? 0) + a.amountYuan;
      merged.members.push(edge);
      return;
    }
    const style = RELATION_STYLES[a.relationType] ?? { color: "#bbb", size: 1 };
    display.addDirectedEdgeWithKey(key, from, to, {
      relationType: a.relationType, weight: a.weight, amountYuan: a.amountYuan, date: null, evidence: [], detailed: true, dates: [],
      size: style.size, color: style.color, members: [edge],
    });
  });
  return display;
}

/** The golden angle: successive points of a sunflower spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Puts the entities of an expanded node on a small sunflower around it, nearest the best
 * connected, so that opening a node shows its contents where the eye already is, whatever the
 * build's layout did with them. Done from the top down, so nested openings nest.
 */
function placeAroundParents(display: DisplayGraph, tree: FoldTree): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  display.forEachNode((_node, a) => {
    [minX, maxX, minY, maxY] = [Math.min(minX, a.x), Math.max(maxX, a.x), Math.min(minY, a.y), Math.max(maxY, a.y)];
  });
  const step = Math.max(maxX - minX, maxY - minY, 1) / 160;
  const place = (parent: string) => {
    const children = (tree.children.get(parent) ?? []).filter((child) => display.hasNode(child));
    if (!children.length) return;
    const centre = display.getNodeAttributes(parent);
    children.sort((a, b) => display.degree(b) - display.degree(a) || (a < b ? -1 : 1));
    children.forEach((child, i) => {
      const r = step * 2 * Math.sqrt(i + 1);
      display.mergeNodeAttributes(child, { x: centre.x + r * Math.cos(i * GOLDEN_ANGLE), y: centre.y + r * Math.sin(i * GOLDEN_ANGLE) });
    });
    for (const child of children) place(child);
  };
  display.forEachNode((node, a) => {
    if (a.fold === null || !display.hasNode(a.fold)) place(node);
  });
}

/**
 * What the filters let through on the drawn graph: a drawn node when the entity passes them
 * (its folded count then counts only members that pass too), an edge when one of the relations
 * it stands for passes. The neighbourhood view walks the drawn graph, so on the overview it
 * shows the places around a place.
 */
export function displayVisibility(display: DisplayGraph, full: Visibility, rep: Map<string, string>, state: ViewState): Visibility & { folded: Map<string, number> } {
  let nodes = new Set<string>();
  display.forEachNode((node) => {
    if (full.nodes.has(node)) nodes.add(node);
  });
  if (state.depth > 0 && state.selected && rep.has(state.selected)) {
    const near = neighbourhood(display, rep.get(state.selected)!, state.depth);
    nodes = new Set([...nodes].filter((node) => near.has(node)));
  }
  const folded = new Map<string, number>();
  for (const node of full.nodes) {
    const r = rep.get(node);
    if (r !== undefined && r !== node && nodes.has(r)) folded.set(r, (folded.get(r) ?? 0) + 1);
  }
  const edges = new Set<string>();
  display.forEachEdge((edge, a, source, target) => {
    if (nodes.has(source) && nodes.has(target) && a.members.some((member) => full.edges.has(member))) edges.add(edge);
  });
  return { nodes, edges, folded };
}

/** The nodes within `depth` steps of a node, in either direction. */
export function neighbourhood(graph: Graph, start: string, depth: number): Set<string> {
  const near = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const node of frontier) for (const neighbor of graph.neighbors(node)) if (!near.has(neighbor)) near.add(neighbor), next.push(neighbor);
    frontier = next;
  }
  return near;
}
