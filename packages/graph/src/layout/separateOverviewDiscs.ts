import type { XiezuoGraph } from "../types.js";
import { discSize, discSpread } from "./discSize.js";

/**
 * The pixels the whole overview spans at zoom 1, at the least, in the page (its stage is about
 * 700 × 760 pixels beside the filters and the panel of a 1280 × 800 window, less sigma's
 * padding): discs kept apart at this scale are apart on any bigger stage too.
 */
export const REFERENCE_PIXELS = 600;
/** Pixels kept free between two discs. */
const GAP_PIXELS = 2;
/** Rounds of pushing before giving up (a few dozen are enough for the 10,000-article build's 223 places). */
const MAX_ROUNDS = 500;

type Graph = Pick<XiezuoGraph, "getNodeAttributes" | "updateNodeAttributes" | "hasNode">;

/**
 * Moves the nodes the overview of a big graph draws (those folding into nothing) so that no two
 * of their discs overlap, sized as the page sizes them (discSize.ts: PageRank share among the
 * drawn nodes, entities folded into each) in a picture REFERENCE_PIXELS across. Each one's folded
 * entities move with it, so the whole graph's picture keeps them around their place. The
 * community layout keeps communities apart, but places inside one (a pairing's two cities) and
 * the few hubs at the middle came out piled on one another. Deterministic: nodes in key order.
 */
export function separateOverviewDiscs(graph: Graph, parents: ReadonlyMap<string, string | null>): void {
  const roots = [...parents].filter(([, parent]) => parent === null).map(([node]) => node).filter((node) => graph.hasNode(node)).sort();
  if (roots.length < 2) return;
  const members = membersOf(parents, new Set(roots));
  const maxRank = Math.max(...roots.map((node) => graph.getNodeAttributes(node).pagerank ?? 0)) || 1;
  const spread = discSpread(roots.length);
  const R = Float64Array.from(roots, (node) => discSize((graph.getNodeAttributes(node).pagerank ?? 0) / maxRank, members.get(node)!.length, spread));
  const X = Float64Array.from(roots, (node) => graph.getNodeAttributes(node).x ?? 0);
  const Y = Float64Array.from(roots, (node) => graph.getNodeAttributes(node).y ?? 0);
  const [X0, Y0] = [X.slice(), Y.slice()];
  pushApart(X, Y, R);
  roots.forEach((root, i) => {
    const [dx, dy] = [X[i]! - X0[i]!, Y[i]! - Y0[i]!];
    if (dx === 0 && dy === 0) return;
    for (const node of [root, ...members.get(root)!])
      graph.updateNodeAttributes(node, (a) => Object.assign(a, { x: (a.x ?? 0) + dx, y: (a.y ?? 0) + dy }));
  });
}

/** The entities folded (at any depth) into each root. */
function membersOf(parents: ReadonlyMap<string, string | null>, roots: Set<string>): Map<string, string[]> {
  const members = new Map([...roots].map((root) => [root, [] as string[]]));
  for (const node of parents.keys()) {
    if (roots.has(node)) continue;
    let at: string | null | undefined = parents.get(node);
    // A chain ends (folds go to a smaller level), but a cut keeps a broken map from looping.
    for (let steps = 0; at != null && !roots.has(at) && steps < parents.size; steps++) at = parents.get(at);
    if (at != null && roots.has(at)) members.get(at)!.push(node);
  }
  return members;
}

/** Graph units per pixel: the larger side of the points' bounding box spans REFERENCE_PIXELS. */
function unitOf(X: ArrayLike<number>, Y: ArrayLike<number>): number {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < X.length; i++) [minX, maxX, minY, maxY] = [Math.min(minX, X[i]!), Math.max(maxX, X[i]!), Math.min(minY, Y[i]!), Math.max(maxY, Y[i]!)];
  return Math.max(maxX - minX, maxY - minY, 1e-9) / REFERENCE_PIXELS;
}

/**
 * Pushes overlapping discs apart, each pair along the line between them, the smaller disc the
 * farther (in inverse proportion to area), until none overlap with the gap kept. The scale is
 * taken afresh each round: pushing outward widens the picture, and so shrinks every pixel.
 */
function pushApart(X: Float64Array, Y: Float64Array, R: Float64Array): void {
  const n = X.length;
  const order = Array.from({ length: n }, (_, i) => i);
  const maxR = Math.max(...R);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const unit = unitOf(X, Y);
    order.sort((a, b) => X[a]! - X[b]! || a - b);
    let moved = false;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      for (let m = k + 1; m < n; m++) {
        const j = order[m]!;
        // Sorted by x: past this, no disc can reach the one at k.
        if (X[j]! - X[i]! > (R[i]! + maxR + GAP_PIXELS) * unit) break;
        const need = (R[i]! + R[j]! + GAP_PIXELS) * unit;
        let [dx, dy] = [X[j]! - X[i]!, Y[j]! - Y[i]!];
        let d = Math.hypot(dx, dy);
        if (d >= need) continue;
        // Two discs on one point part along a direction that depends on their indices only.
        if (d === 0) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        // A little past the need, so the pair is not met again at a hair's breadth.
        const push = (need - d) * 1.05;
        const share = (R[j]! * R[j]!) / (R[i]! * R[i]! + R[j]! * R[j]!);
        X[i]! -= (dx / d) * push * share;
        Y[i]! -= (dy / d) * push * share;
        X[j]! += (dx / d) * push * (1 - share);
        Y[j]! += (dy / d) * push * (1 - share);
        moved = true;
      }
    }
    if (!moved) return;
  }
}
