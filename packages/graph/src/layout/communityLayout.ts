import { UndirectedGraph } from "graphology";
import type { XiezuoGraph } from "../types.js";
import { forceAtlas2 } from "../util/commonjs.js";
import { seededRandom } from "../util/seededRandom.js";

/** Node spacing inside a community: a community of n members gets a disc of radius SPACING·√n. */
const SPACING = 4;
/**
 * Node-iterations the community-level layout may spend: 50 iterations up to 600 linked
 * communities, fewer above (at least 8) — they start on a sunflower, biggest in the middle.
 */
const COMMUNITY_WORK = 30_000;
/**
 * What a community's own layout may spend: 40 iterations at most, at least 4, and fewer as it
 * grows — the sunflower it starts from already puts hubs in the middle. Without Barnes-Hut an
 * iteration costs a pair of members, with it (above BARNES_HUT_FROM members) about a member.
 */
const MEMBER_PAIR_WORK = 2_000_000;
const MEMBER_WORK = 8_000;
const BARNES_HUT_FROM = 800;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

type Point = { x: number; y: number };

/**
 * A structured layout for big graphs, in two levels (three with `clusterOf`): the communities
 * are laid out as discs by ForceAtlas2 on the community graph (communities linked by the
 * relations between them) and pushed apart until no two discs overlap; then each community's
 * members are laid out by ForceAtlas2 on their own relations, starting from a sunflower (most
 * central first) and fitted into their disc. Given `clusterOf` (a cluster for each community),
 * the clusters are laid out that way first, each around its communities, and kept a margin
 * apart, so that clusters of communities read as separate too. Deterministic: everything is
 * visited in sorted order from seeded positions.
 */
export function communityLayout(
  graph: XiezuoGraph,
  communityOf: (node: string) => number,
  seed: number,
  clusterOf?: (community: number) => number,
): Map<string, Point> {
  const random = seededRandom(seed);
  const members = new Map<number, string[]>();
  for (const node of graph.nodes().sort()) {
    const community = communityOf(node);
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const ids = [...members.keys()].sort((a, b) => a - b);
  const radius = new Map(ids.map((id) => [id, SPACING * Math.sqrt(members.get(id)!.length)]));
  const links = communityLinks(graph, communityOf);
  const centres = clusterOf ? placeClusters(ids, radius, links, clusterOf, random) : placeDiscs(ids, radius, links, random);

  const positions = new Map<string, Point>();
  for (const id of ids) {
    const local = layoutMembers(graph, members.get(id)!, radius.get(id)!);
    const centre = centres.get(id)!;
    for (const [node, point] of local) positions.set(node, { x: centre.x + point.x, y: centre.y + point.y });
  }
  return positions;
}

/** The weight of the relations between every two linked communities, keyed "a b" (a < b). */
function communityLinks(graph: XiezuoGraph, communityOf: (node: string) => number): Map<string, number> {
  const links = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const a = communityOf(source);
    const b = communityOf(target);
    if (a === b) return;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    links.set(key, (links.get(key) ?? 0) + Math.max(1, attributes.weight ?? 1));
  });
  return links;
}

/** Room kept around a cluster's communities, as a share of its radius: clusters part with a visible gap. */
const CLUSTER_MARGIN = 0.35;

/**
 * Centres of the community discs when communities come in clusters: each cluster's
 * communities placed as `placeDiscs` places them, around their area-weighted centre; then the
 * clusters placed the same way, as discs of that extent (plus the margin), linked by the
 * relations between their communities. Smaller cluster ids are bigger clusters.
 */
function placeClusters(
  ids: number[],
  radius: Map<number, number>,
  links: Map<string, number>,
  clusterOf: (community: number) => number,
  random: () => number,
): Map<number, Point> {
  const inCluster = new Map<number, number[]>();
  for (const id of ids) {
    const cluster = clusterOf(id);
    const list = inCluster.get(cluster);
    if (list) list.push(id);
    else inCluster.set(cluster, [id]);
  }
  const clusters = [...inCluster.keys()].sort((a, b) => a - b);
  const insideLinks = new Map(clusters.map((cluster) => [cluster, new Map<string, number>()]));
  const clusterLinks = new Map<string, number>();
  for (const key of [...links.keys()].sort()) {
    const [a, b] = key.split(" ").map((id) => clusterOf(Number(id))) as [number, number];
    if (a === b) insideLinks.get(a)!.set(key, links.get(key)!);
    else {
      const pair = a < b ? `${a} ${b}` : `${b} ${a}`;
      clusterLinks.set(pair, (clusterLinks.get(pair) ?? 0) + links.get(key)!);
    }
  }
  const local = new Map<number, Point>();
  const extent = new Map<number, number>();
  for (const cluster of clusters) {
    const own = inCluster.get(cluster)!;
    const placed = placeDiscs(own, radius, insideLinks.get(cluster)!, random);
    let [cx, cy, area] = [0, 0, 0];
    for (const id of own) {
      const [p, a] = [placed.get(id)!, radius.get(id)! ** 2];
      (cx += p.x * a), (cy += p.y * a), (area += a);
    }
    (cx /= area), (cy /= area);
    let far = 0;
    for (const id of own) {
      const p = placed.get(id)!;
      local.set(id, { x: p.x - cx, y: p.y - cy });
      far = Math.max(far, Math.hypot(p.x - cx, p.y - cy) + radius.get(id)!);
    }
    extent.set(cluster, far * (own.length > 1 ? 1 + CLUSTER_MARGIN : 1));
  }
  const clusterCentres = placeDiscs(clusters, extent, clusterLinks, random);
  const centres = new Map<number, Point>();
  for (const id of ids) {
    const [c, p] = [clusterCentres.get(clusterOf(id))!, local.get(id)!];
    centres.set(id, { x: c.x + p.x, y: c.y + p.y });
  }
  return centres;
}

/**
 * Centres of discs (communities, or clusters of them): ForceAtlas2 on the graph of linked
 * discs, scaled and de-overlapped; lone discs of one member (entities linked to no other
 * community, mostly) go round the outside. Smaller ids start nearer the middle.
 */
function placeDiscs(ids: number[], radius: Map<number, number>, links: Map<string, number>, random: () => number): Map<number, Point> {
  const linked = new Set<number>();
  for (const key of links.keys()) for (const id of key.split(" ")) linked.add(Number(id));
  const inner = ids.filter((id) => linked.has(id) || radius.get(id)! > SPACING);
  const outer = ids.filter((id) => !linked.has(id) && radius.get(id)! <= SPACING);

  const communities = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  // Biggest communities (lowest ids) start in the middle of a sunflower, with a little seeded jitter.
  inner.forEach((id, i) => {
    const r = Math.sqrt(i + 0.5);
    communities.addNode(String(id), { x: r * Math.cos(i * GOLDEN_ANGLE) + (random() - 0.5) * 0.1, y: r * Math.sin(i * GOLDEN_ANGLE) + (random() - 0.5) * 0.1 });
  });
  for (const key of [...links.keys()].sort()) {
    const [a, b] = key.split(" ") as [string, string];
    communities.addEdgeWithKey(key, a, b, { weight: links.get(key)! });
  }
  if (inner.length > 1) {
    forceAtlas2.assign(communities, {
      iterations: Math.max(8, Math.min(50, Math.floor(COMMUNITY_WORK / inner.length))),
      getEdgeWeight: "weight",
      settings: { ...forceAtlas2.inferSettings(communities), barnesHutOptimize: inner.length > 500, linLogMode: true },
    });
  }
  const centres = new Map<number, Point>();
  communities.forEachNode((key, attributes) => centres.set(Number(key), { x: attributes.x, y: attributes.y }));
  separateDiscs(inner, centres, radius);

  // The lone ones on a sunflower ring around everything else, in id order.
  let extent = 0;
  for (const id of inner) {
    const c = centres.get(id)!;
    extent = Math.max(extent, Math.hypot(c.x, c.y) + radius.get(id)!);
  }
  const start = extent + SPACING * 4;
  const step = SPACING * 2;
  outer.forEach((id, i) => {
    // Equal area per node in the annulus start … : r² grows by step² per node.
    const r = Math.sqrt(start * start + (i + 0.5) * step * step * 1.2);
    centres.set(id, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  });
  return centres;
}

/**
 * Scales the centres so near discs sit about their radii apart, then pushes overlapping discs
 * apart (a gap of a fifth of the smaller radius) until none overlap or the passes run out.
 * A sweep over x finds the pairs; the few big discs are checked against every other one.
 */
function separateDiscs(ids: number[], centres: Map<number, Point>, radius: Map<number, number>): void {
  const n = ids.length;
  if (n === 0) return;
  if (n === 1) {
    centres.set(ids[0]!, { x: 0, y: 0 });
    return;
  }
  const X = Float64Array.from(ids, (id) => centres.get(id)!.x);
  const Y = Float64Array.from(ids, (id) => centres.get(id)!.y);
  const R = Float64Array.from(ids, (id) => radius.get(id)!);
  const byX = () => Array.from({ length: n }, (_, i) => i).sort((a, b) => X[a]! - X[b]! || a - b);

  // Scale: the median, over each disc and its nearest neighbour in x-order, of needed / current distance.
  const ratios: number[] = [];
  const order = byX();
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    let best = Infinity;
    let bestJ = -1;
    for (let m = Math.max(0, k - 8); m < Math.min(n, k + 9); m++) {
      const j = order[m]!;
      if (j === i) continue;
      const d = Math.hypot(X[i]! - X[j]!, Y[i]! - Y[j]!);
      if (d < best) (best = d), (bestJ = j);
    }
    if (bestJ >= 0 && best > 0) ratios.push((R[i]! + R[bestJ]!) / best);
  }
  ratios.sort((a, b) => a - b);
  const scale = ratios.length ? ratios[Math.floor(ratios.length / 2)]! : 1;
  for (let i = 0; i < n; i++) (X[i]! *= scale), (Y[i]! *= scale);

  const sortedR = [...R].sort((a, b) => a - b);
  const bigFrom = Math.max(sortedR[Math.floor(n / 2)]! * 4, SPACING * 2);
  const big = Array.from({ length: n }, (_, i) => i).filter((i) => R[i]! > bigFrom);
  const isBig = new Uint8Array(n);
  for (const i of big) isBig[i] = 1;
  const smallMax = Math.max(0, ...Array.from(R).filter((r) => r <= bigFrom));

  const resolve = (i: number, j: number): boolean => {
    const need = R[i]! + R[j]! + Math.min(R[i]!, R[j]!) * 0.2 + SPACING;
    let dx = X[j]! - X[i]!;
    let dy = Y[j]! - Y[i]!;
    // Math.hypot is never below the larger of |dx| and |dy| (and costly): discs that far apart on one axis are apart.
    if (Math.abs(dx) >= need || Math.abs(dy) >= need) return false;
    let d = Math.hypot(dx, dy);
    if (d >= need) return false;
    if (d === 0) (dx = 1), (dy = 0), (d = 1);
    // Each disc moves in inverse proportion to its area: small ones make way for big ones.
    const push = need - d;
    const share = (R[j]! * R[j]!) / (R[i]! * R[i]! + R[j]! * R[j]!);
    X[i]! -= (dx / d) * push * share;
    Y[i]! -= (dy / d) * push * share;
    X[j]! += (dx / d) * push * (1 - share);
    Y[j]! += (dy / d) * push * (1 - share);
    return true;
  };
  for (let pass = 0; pass < 40; pass++) {
    let moved = false;
    const sweep = byX();
    for (let k = 0; k < n; k++) {
      const i = sweep[k]!;
      if (isBig[i]) continue;
      for (let m = k + 1; m < n; m++) {
        const j = sweep[m]!;
        if (X[j]! - X[i]! > R[i]! * 1.2 + smallMax + SPACING) break;
        if (!isBig[j] && resolve(i, j)) moved = true;
      }
    }
    for (const i of big) for (let j = 0; j < n; j++) if (j !== i && (!isBig[j] || j > i) && resolve(i, j)) moved = true;
    if (!moved) break;
  }
  ids.forEach((id, i) => centres.set(id, { x: X[i]!, y: Y[i]! }));
}

/** One community's members around (0, 0) within `radius`: ForceAtlas2 on their own relations, from a sunflower. */
function layoutMembers(graph: XiezuoGraph, nodes: string[], radius: number): Map<string, Point> {
  const local = new Map<string, Point>();
  if (nodes.length === 1) {
    local.set(nodes[0]!, { x: 0, y: 0 });
    return local;
  }
  // Most central first, so hubs start (and mostly stay) in the middle.
  const rank = (node: string) => graph.getNodeAttribute(node, "pagerank") ?? graph.degree(node);
  const ordered = [...nodes].sort((a, b) => rank(b) - rank(a) || (a < b ? -1 : a > b ? 1 : 0));
  const sub = new UndirectedGraph<{ x: number; y: number }, { weight: number }>({ allowSelfLoops: false });
  ordered.forEach((node, i) => {
    const r = radius * Math.sqrt((i + 0.5) / ordered.length);
    sub.addNode(node, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  });
  for (const node of ordered) {
    graph.forEachOutEdge(node, (_edge, attributes, _source, target) => {
      if (target === node || !sub.hasNode(target)) return;
      const weight = Math.max(1, attributes.weight ?? 1);
      if (sub.hasEdge(node, target)) sub.updateEdgeAttribute(node, target, "weight", (w) => (w ?? 0) + weight);
      else sub.addEdge(node, target, { weight });
    });
  }
  if (sub.size > 0) {
    const barnesHut = nodes.length > BARNES_HUT_FROM;
    const work = barnesHut ? MEMBER_WORK / nodes.length : MEMBER_PAIR_WORK / nodes.length ** 2;
    forceAtlas2.assign(sub, {
      iterations: Math.max(4, Math.min(40, Math.floor(work))),
      getEdgeWeight: "weight",
      settings: { ...forceAtlas2.inferSettings(sub), barnesHutOptimize: barnesHut, gravity: 1, strongGravityMode: true },
    });
  }
  // Fit into the disc: centred on the mean, the farthest member on the rim.
  let cx = 0;
  let cy = 0;
  sub.forEachNode((_node, p) => ((cx += p.x), (cy += p.y)));
  cx /= sub.order;
  cy /= sub.order;
  let far = 0;
  sub.forEachNode((_node, p) => (far = Math.max(far, Math.hypot(p.x - cx, p.y - cy))));
  const scale = far > 0 ? radius / far : 1;
  sub.forEachNode((node, p) => local.set(node, { x: (p.x - cx) * scale, y: (p.y - cy) * scale }));
  return local;
}
