import Graph from "graphology";
import { edgesOf, type RelationWalk, type Visibility } from "../filters/visibility.js";
import { runNow, type Steps } from "../util/steps.js";
import { RELATION_STYLES, type EdgeData, type NodeData, type ViewerGraph } from "../graph/load.js";
import type { ViewState } from "../state.js";

/** From this many entities a graph opens on its overview (places and what folds into them); smaller ones open whole. */
export { OVERVIEW_FROM } from "@xiezuo/graph/fold";

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

  /**
   * Re-resolves, in place, the drawn node of every entity below some nodes whose expanded state
   * changed (their own drawn node does not change). Returns the entities whose drawn node
   * changed, with the one they had before.
   */
  refold(rep: Map<string, string>, expanded: Set<string>, roots: Iterable<string>): Map<string, string> {
    const before = new Map<string, string>();
    const seen = new Set<string>();
    // From the top down: a root below another is reached from it, after the one above is resolved.
    const depth = new Map([...roots].filter((node) => rep.has(node)).map((node) => [node, this.ancestors(node).length]));
    const stack = [...depth.keys()].sort((a, b) => depth.get(a)! - depth.get(b)!).reverse();
    while (stack.length) {
      const parent = stack.pop()!;
      if (seen.has(parent)) continue;
      seen.add(parent);
      const mine = rep.get(parent)!;
      const below = mine === parent && expanded.has(parent) ? null : mine;
      for (const child of this.children.get(parent) ?? []) {
        const now = below ?? child;
        const old = rep.get(child)!;
        if (old !== now) {
          if (!before.has(child)) before.set(child, old);
          rep.set(child, now);
        }
        stack.push(child);
      }
    }
    for (const [node, old] of before) if (rep.get(node) === old) before.delete(node);
    return before;
  }

  /** The drawn node every node stands under: itself when every node above it is expanded, else the topmost one that is not. */
  representatives(expanded: Set<string>): Map<string, string> {
    return runNow(this.representativeSteps(expanded));
  }

  /** `representatives` as steps that may pause (util/steps.ts). */
  *representativeSteps(expanded: Set<string>): Steps<Map<string, string>> {
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
    let count = 0;
    for (const node of this.graph.nodes()) {
      if ((++count & 255) === 0) yield;
      resolve(node);
    }
    return rep;
  }
}

/** A merged edge's key: all relations of a type between two drawn nodes, at least one of them standing for folded entities. */
const mergedKey = (relationType: string, from: string, to: string) => `≈${relationType}:${from}->${to}`;

/** Where a relation is drawn for some representatives: its own edge, a merged edge, or nowhere (both ends in one drawn node). */
function drawnAs(edge: string, relationType: string, source: string, target: string, from: string, to: string): string | null {
  if (from === to) return null;
  return from === source && to === target ? edge : mergedKey(relationType, from, to);
}

/** A merged edge's attributes for its first relation. */
function startMerged(a: EdgeData, edge: string): DisplayEdgeData {
  const style = RELATION_STYLES[a.relationType] ?? { color: "#bbb", size: 1 };
  return {
    relationType: a.relationType, weight: a.weight, amountYuan: a.amountYuan, date: null, evidence: [], detailed: true, dates: [],
    size: style.size, color: style.color, members: [edge],
  };
}

/** Adds a relation to a merged edge: weight and amounts summed. */
function addToMerged(merged: DisplayEdgeData, a: EdgeData, edge: string): void {
  merged.weight += a.weight;
  if (a.amountYuan) merged.amountYuan = (merged.amountYuan ?? 0) + a.amountYuan;
  merged.members.push(edge);
}

/** A merged edge's attributes, summed over its members. */
function mergedAttributes(graph: ViewerGraph, members: string[]): DisplayEdgeData {
  const merged = startMerged(graph.getEdgeAttributes(members[0]!), members[0]!);
  for (const member of members.slice(1)) addToMerged(merged, graph.getEdgeAttributes(member), member);
  return merged;
}

/**
 * The graph sigma draws for a set of expanded nodes: every node whose ancestors are all
 * expanded, and between drawn nodes the relations, those of folded entities merged by type
 * into one edge (weight and amounts summed). `relations` defaults to the graph's edges.
 */
export function displayGraph(graph: ViewerGraph, rep: Map<string, string>, tree?: FoldTree, relations: RelationWalk = edgesOf(graph)): DisplayGraph {
  return runNow(displayGraphSteps(graph, rep, tree, relations));
}

/** `displayGraph` as steps that may pause (util/steps.ts). */
export function* displayGraphSteps(graph: ViewerGraph, rep: Map<string, string>, tree?: FoldTree, relations: RelationWalk = edgesOf(graph)): Steps<DisplayGraph> {
  const display: DisplayGraph = new Graph({ multi: true, type: "directed", allowSelfLoops: false });
  let count = 0;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    if ((++count & 255) === 0) yield;
    if (rep.get(node) === node) display.addNode(node, { ...a, folded: 0 });
  }
  for (const node of graph.nodes()) {
    if ((++count & 255) === 0) yield;
    const r = rep.get(node)!;
    if (r !== node) display.getNodeAttributes(r).folded++;
  }
  display.setAttribute("step", spiralStep(display));
  if (tree) placeAroundParents(display, tree, [...display.nodes()]);
  const merged = new Map<string, { data: DisplayEdgeData; from: string; to: string }>();
  for (const { edge, attributes: a, source, target } of relations()) {
    if ((++count & 255) === 0) yield;
    const [from, to] = [rep.get(source)!, rep.get(target)!];
    const key = drawnAs(edge, a.relationType, source, target, from, to);
    // (A key seen twice can only come from a hostile file whose relations are not in the graph yet: drawn once.)
    if (key === edge) {
      if (!display.hasEdge(edge)) display.addDirectedEdgeWithKey(edge, source, target, { ...a, members: [edge] });
    } else if (key !== null) {
      const known = merged.get(key);
      if (known) addToMerged(known.data, a, edge);
      else merged.set(key, { data: startMerged(a, edge), from, to });
    }
  }
  for (const [key, { data, from, to }] of merged) display.addDirectedEdgeWithKey(key, from, to, data);
  return display;
}

/**
 * The drawn graph of an overview.json, the build's own overview of a big graph: its nodes with
 * the entities they hold (`folded`), its edges standing each for itself until the whole graph
 * is in and `displayGraph` gives their members.
 */
export function displayFromOverview(graph: ViewerGraph, folded: Map<string, number>): DisplayGraph {
  const display: DisplayGraph = new Graph({ multi: true, type: "directed", allowSelfLoops: false });
  graph.forEachNode((node, a) => display.addNode(node, { ...a, folded: folded.get(node) ?? 0 }));
  graph.forEachEdge((edge, a, source, target) => {
    if (source !== target) display.addDirectedEdgeWithKey(edge, source, target, { ...a, members: [edge] });
  });
  display.setAttribute("step", spiralStep(display));
  return display;
}

/** What a refold changed in the drawn graph: keys dropped, and keys added or rewritten. */
export interface DisplayChange {
  droppedNodes: string[];
  droppedEdges: string[];
  nodes: string[];
  edges: string[];
}

/**
 * Refolds the drawn graph in place after some nodes were expanded or collapsed: only entities
 * below them change their drawn node, so only those entities and their relations are touched,
 * instead of rebuilding the overview from the whole graph. The result is the graph
 * `displayGraph` gives for the new representatives (nodes already drawn keep their position).
 * `rep` is updated too.
 */
export function refoldUnder(display: DisplayGraph, graph: ViewerGraph, tree: FoldTree, rep: Map<string, string>, expanded: Set<string>, roots: Iterable<string>): DisplayChange {
  const before = tree.refold(rep, expanded, roots);
  const change: DisplayChange = { droppedNodes: [], droppedEdges: [], nodes: [], edges: [] };
  if (!before.size) return change;
  const oldRep = (node: string) => before.get(node) ?? rep.get(node)!;
  // Nodes: what appears, and how many entities each drawn node now holds.
  const added: string[] = [];
  for (const node of before.keys()) {
    if (rep.get(node) === node && !display.hasNode(node)) {
      display.addNode(node, { ...graph.getNodeAttributes(node), folded: 0 });
      added.push(node);
    }
  }
  const touched = new Set<string>(added);
  for (const [node, old] of before) {
    const now = rep.get(node)!;
    if (old !== node && display.hasNode(old)) (display.getNodeAttributes(old).folded--, touched.add(old));
    if (now !== node) (display.getNodeAttributes(now).folded++, touched.add(now));
  }
  placeAroundParents(display, tree, added);
  // Edges: every relation of a moved entity leaves the edge it was drawn as and joins its new one.
  const members = new Map<string, Set<string>>();
  const membersOf = (key: string) => {
    let set = members.get(key);
    if (!set) members.set(key, (set = new Set(display.hasEdge(key) ? display.getEdgeAttribute(key, "members") : [])));
    return set;
  };
  const moved = new Set<string>();
  for (const node of before.keys()) {
    graph.forEachEdge(node, (edge, a, source, target) => {
      if (moved.has(edge)) return;
      moved.add(edge);
      const was = drawnAs(edge, a.relationType, source, target, oldRep(source), oldRep(target));
      const now = drawnAs(edge, a.relationType, source, target, rep.get(source)!, rep.get(target)!);
      if (was !== null) membersOf(was).delete(edge);
      if (now !== null) membersOf(now).add(edge);
    });
  }
  for (const [key, set] of members) {
    if (!set.size) {
      if (display.hasEdge(key)) (display.dropEdge(key), change.droppedEdges.push(key));
      continue;
    }
    const list = [...set];
    if (display.hasEdge(key)) {
      if (key.startsWith("≈")) display.replaceEdgeAttributes(key, mergedAttributes(graph, list));
    } else {
      const [source, target] = graph.extremities(list[0]!);
      const [from, to] = [rep.get(source)!, rep.get(target)!];
      display.addDirectedEdgeWithKey(key, from, to, key === list[0] ? { ...graph.getEdgeAttributes(key), members: [key] } : mergedAttributes(graph, list));
    }
    change.edges.push(key);
  }
  // Nodes that no longer stand for themselves go last: their edges were all moved away above.
  for (const [node, old] of before) {
    if (old === node && rep.get(node) !== node && display.hasNode(node)) {
      display.forEachEdge(node, (edge) => void change.droppedEdges.push(edge));
      display.dropNode(node);
      change.droppedNodes.push(node);
      touched.delete(node);
    }
  }
  change.nodes = [...touched].filter((node) => display.hasNode(node));
  return change;
}

/** The golden angle: successive points of a sunflower spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The radius unit of the sunflowers around opened nodes: a fraction of the overview's extent. */
function spiralStep(display: DisplayGraph): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  display.forEachNode((_node, a) => {
    [minX, maxX, minY, maxY] = [Math.min(minX, a.x), Math.max(maxX, a.x), Math.min(minY, a.y), Math.max(maxY, a.y)];
  });
  return Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY, 1) / 160 : 1;
}

/** What an opened node holds stays within this share of the way to the nearest other drawn node: its sunflower never reaches a neighbour's. */
const ROOM = 0.45;

/**
 * Puts newly drawn entities on a small sunflower around the node they fold into, nearest the
 * best connected, so that opening a node shows its contents where the eye already is, whatever
 * the build's layout did with them. The sunflower fits in the room the node has (ROOM of the way
 * to the nearest drawn node that is not one of them): a place holding 900 entities packs them
 * tighter instead of spreading over its neighbours. Parents go from the top down, so nested
 * openings nest (inside the room their parent's sunflower leaves them).
 */
function placeAroundParents(display: DisplayGraph, tree: FoldTree, nodes: string[]): void {
  const step = (display.getAttribute("step") as number | undefined) ?? spiralStep(display);
  const parents = new Set<string>();
  for (const node of nodes) {
    const parent = display.getNodeAttribute(node, "fold");
    if (parent !== null && display.hasNode(parent)) parents.add(parent);
  }
  const depth = (node: string) => tree.ancestors(node).length;
  for (const parent of [...parents].sort((a, b) => depth(a) - depth(b))) {
    const centre = display.getNodeAttributes(parent);
    const children = (tree.children.get(parent) ?? []).filter((child) => display.hasNode(child));
    children.sort((a, b) => display.getNodeAttribute(b, "degree") - display.getNodeAttribute(a, "degree") || (a < b ? -1 : 1));
    const own = new Set(children);
    let nearest = Infinity;
    display.forEachNode((node, a) => {
      if (node !== parent && !own.has(node)) nearest = Math.min(nearest, Math.hypot(a.x - centre.x, a.y - centre.y));
    });
    // The sunflower's unit: its outermost entity at the edge of the room, or closer for a few.
    const room = Number.isFinite(nearest) && nearest > 0 ? nearest * ROOM : step * 2 * Math.sqrt(children.length);
    const unit = Math.min(step * 2, room / Math.sqrt(Math.max(children.length, 1)));
    children.forEach((child, i) => {
      const r = unit * Math.sqrt(i + 1);
      const at = display.getNodeAttributes(child);
      [at.x, at.y] = [centre.x + r * Math.cos(i * GOLDEN_ANGLE), centre.y + r * Math.sin(i * GOLDEN_ANGLE)];
    });
  }
}

/** On the overview each drawn node keeps this many of its heaviest relations in view; the others show while an end is hovered. */
export { STRONGEST_PER_NODE } from "@xiezuo/graph/fold";
import { STRONGEST_PER_NODE } from "@xiezuo/graph/fold";
/** What an opened node holds keeps fewer: dozens of entities around a place, each with four lines across the map, hide the place. */
export const STRONGEST_PER_OPENED = 2;

/** What the overview's filters let through, and the relations they let through that are left out of the picture to keep it a map. */
export interface DisplayVisibility extends Visibility {
  /** Entities that pass the filters inside each drawn node. */
  folded: Map<string, number>;
  /** Edges that pass the filters but are not among the heaviest of either end: drawn only while an end is hovered. */
  quiet: Set<string>;
}

/**
 * What the filters let through on the drawn graph: a drawn node when the entity passes them
 * (its folded count then counts only members that pass too), an edge when one of the relations
 * it stands for passes. The neighbourhood view walks the drawn graph, so on the overview it
 * shows the places around a place. Of the edges that pass, each node keeps its
 * STRONGEST_PER_NODE heaviest in view (STRONGEST_PER_OPENED inside an opened node) as `edges`;
 * the rest are `quiet`, so the overview reads as places and their main ties instead of one ball
 * of lines.
 */
export function displayVisibility(display: DisplayGraph, full: Visibility, rep: Map<string, string>, state: ViewState): DisplayVisibility {
  return runNow(displayVisibilitySteps(display, full, rep, state));
}

/** `displayVisibility` as steps that may pause (util/steps.ts): the page works it out in slices while a big graph loads. */
export function* displayVisibilitySteps(display: DisplayGraph, full: Visibility, rep: Map<string, string>, state: ViewState): Steps<DisplayVisibility> {
  let count = 0;
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
    if ((++count & 1023) === 0) yield;
    const r = rep.get(node);
    if (r !== undefined && r !== node && nodes.has(r)) folded.set(r, (folded.get(r) ?? 0) + 1);
  }
  const passing = new Set<string>();
  for (const { edge, attributes: a, source, target } of display.edgeEntries()) {
    if ((++count & 255) === 0) yield;
    if (nodes.has(source) && nodes.has(target) && a.members.some((member) => full.edges.has(member))) passing.add(edge);
  }
  const edges = new Set<string>();
  for (const node of nodes) {
    if ((++count & 63) === 0) yield;
    const mine: [string, number][] = [];
    display.forEachEdge(node, (edge, a) => void (passing.has(edge) && mine.push([edge, a.weight])));
    const parent = display.getNodeAttribute(node, "fold");
    const keep = parent !== null && display.hasNode(parent) ? STRONGEST_PER_OPENED : STRONGEST_PER_NODE;
    if (mine.length > keep) mine.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [edge] of mine.slice(0, keep)) edges.add(edge);
  }
  const quiet = new Set([...passing].filter((edge) => !edges.has(edge)));
  return { nodes, edges, folded, quiet };
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
