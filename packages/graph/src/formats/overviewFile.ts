import { STRONGEST_PER_NODE } from "./foldParents.js";
import { impliedKey, type ViewerFile } from "./viewerFile.js";

/** The overview of a viewer file, as the page draws it first: what it says about the whole graph. */
export interface OverviewFile extends ViewerFile {
  /** Size of the whole graph (viewer.json) this is the overview of. */
  /** Edges the viewer's overview draws from the whole graph: those here, and the quiet ones it shows on hover. */
  overview: { entities: number; relations: number; drawnRelations: number };
  nodes: ViewerFile["nodes"] & {
    /** Entities folded into each drawn node, at any depth. */
    folded: number[];
    /** Degree in the whole graph (the page sizes nodes by it). */
    degree: number[];
  };
}

/**
 * What a big graph's first frame draws, as a viewer file of its own (tens of kilobytes, where
 * viewer.json has megabytes): the nodes that fold into nothing, with their layout, how many
 * entities each holds and their degree in the whole graph, and between them the relations,
 * those of folded entities merged by type into one edge keyed `≈<type>:<from>-><to>` (weight and
 * amounts summed), as the viewer's overview draws them (packages/viewer/src/lod/display.ts) —
 * of those only each node's STRONGEST_PER_NODE heaviest, the ones the overview shows (the
 * others appear on hover, once the whole graph is in). The page draws this, then fetches
 * viewer.json and builds the same overview from it.
 */
export function toOverviewFile(viewer: ViewerFile): OverviewFile {
  const { nodes, edges } = viewer;
  const n = nodes.label.length;
  const keys = nodes.label.map((label, i) => nodes.id[i] || impliedKey(viewer.entityTypes[nodes.type[i]!]!, label, nodes.code[i]));
  // The node each one is drawn under: the top of its fold chain (chains end: a node folds into a smaller level only).
  const root = new Array<number>(n).fill(-1);
  const rootOf = (i: number): number => {
    let at = i;
    for (let steps = 0; nodes.fold[at]! >= 0 && steps < n; steps++) at = nodes.fold[at]!;
    return at;
  };
  for (let i = 0; i < n; i++) root[i] = rootOf(i);
  const drawn = keys.map((_, i) => i).filter((i) => root[i] === i);
  const at = new Map(drawn.map((i, j) => [i, j]));
  const folded = new Array<number>(drawn.length).fill(0);
  for (let i = 0; i < n; i++) if (root[i] !== i) folded[at.get(root[i]!)!]!++;
  const degree = new Array<number>(n).fill(0);
  for (let e = 0; e < edges.source.length; e++) (degree[edges.source[e]!]!++, degree[edges.target[e]!]!++);

  const paths: string[][] = [];
  const pathAt = new Map<number, number>();
  const out: OverviewFile["nodes"] = { id: [], label: [], type: [], x: [], y: [], size: [], rank: [], community: [], fold: [], path: [], shard: [], aliases: {}, code: {}, folded, degree: [] };
  drawn.forEach((i, j) => {
    out.id.push(nodes.id[i]!);
    out.label.push(nodes.label[i]!);
    out.type.push(nodes.type[i]!);
    out.x.push(nodes.x[i]!);
    out.y.push(nodes.y[i]!);
    out.size.push(nodes.size[i]!);
    out.rank.push(nodes.rank[i]!);
    out.community.push(nodes.community[i]!);
    out.fold.push(-1);
    const path = nodes.path[i]!;
    if (path >= 0 && !pathAt.has(path)) pathAt.set(path, paths.push(viewer.paths[path]!) - 1);
    out.path.push(path >= 0 ? pathAt.get(path)! : -1);
    out.shard.push(nodes.shard[i]!);
    out.degree.push(degree[i]!);
    if (nodes.aliases[i]) out.aliases[j] = nodes.aliases[i]!;
    if (nodes.code[i] !== undefined) out.code[j] = nodes.code[i]!;
  });

  // Relations between drawn nodes keep their key and type; the others merge into one edge per type and pair of drawn nodes.
  interface Drawn { key: string; from: number; to: number; type: number; weight: number; amount: number; own: boolean }
  const candidates: Drawn[] = [];
  const merged = new Map<string, Drawn>();
  for (let e = 0; e < edges.source.length; e++) {
    const [source, target] = [edges.source[e]!, edges.target[e]!];
    const [from, to] = [root[source]!, root[target]!];
    if (from === to) continue;
    const type = edges.type[e]!;
    if (from === source && to === target) {
      const key = edges.key[e] ?? `${viewer.relationTypes[type]}:${keys[from]}->${keys[to]}`;
      candidates.push({ key, from, to, type, weight: edges.weight[e]!, amount: edges.amount[e]!, own: edges.key[e] === undefined });
      continue;
    }
    const key = `≈${viewer.relationTypes[type]}:${keys[from]}->${keys[to]}`;
    const known = merged.get(key);
    if (known) (known.weight += edges.weight[e]!, known.amount += edges.amount[e]!);
    else merged.set(key, { key, from, to, type, weight: edges.weight[e]!, amount: edges.amount[e]!, own: false });
  }
  candidates.push(...merged.values());
  // Each node's heaviest, by weight then key, as displayVisibility in the viewer picks them.
  const byNode = new Map<number, Drawn[]>();
  for (const edge of candidates) {
    for (const end of [edge.from, edge.to]) {
      const list = byNode.get(end);
      if (list) list.push(edge);
      else byNode.set(end, [edge]);
    }
  }
  const kept = new Set<Drawn>();
  for (const list of byNode.values()) {
    list.sort((x, y) => y.weight - x.weight || (x.key < y.key ? -1 : 1));
    for (const edge of list.slice(0, STRONGEST_PER_NODE)) kept.add(edge);
  }
  const outEdges: ViewerFile["edges"] = { source: [], target: [], type: [], weight: [], amount: [], dates: [], key: {} };
  for (const edge of candidates) {
    if (!kept.has(edge)) continue;
    if (!edge.own) outEdges.key[outEdges.source.length] = edge.key;
    outEdges.source.push(at.get(edge.from)!);
    outEdges.target.push(at.get(edge.to)!);
    outEdges.type.push(edge.type);
    outEdges.weight.push(edge.weight);
    outEdges.amount.push(edge.amount);
    // No dates: the first frame is unfiltered, and the date filter works on the whole graph.
    outEdges.dates.push([]);
  }
  return {
    ...viewer, paths, dates: [],
    overview: { entities: n, relations: edges.source.length, drawnRelations: candidates.length },
    nodes: out, edges: outEdges,
  };
}
