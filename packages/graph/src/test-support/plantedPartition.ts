import { createGraph } from "../build/buildGraph.js";
import type { XiezuoGraph } from "../types.js";
import { seededRandom } from "../util/seededRandom.js";

/**
 * A planted partition shaped like a build of province pairings: `clusters` clusters of four
 * cities, each city holding `towns` towns (located_in it); towns pair mostly with towns of the
 * other cities of their own cluster, rarely with those of another cluster.
 */
export function plantedPartition(clusters: number, towns: number, seed: number): { graph: XiezuoGraph; cities: { key: string; cluster: number }[] } {
  const random = seededRandom(seed);
  const graph = createGraph("planted");
  const add = (key: string, type: "city" | "town") => graph.addNode(key, { label: key, type, aliases: [], placePath: [], mentions: 1, documents: [] });
  let edges = 0;
  const link = (a: string, b: string, type: "located_in" | "pairs_with") => graph.addDirectedEdgeWithKey(`e${edges++}`, a, b, { type, weight: 1, date: null, evidence: [] });
  const cities: { key: string; cluster: number }[] = [];
  for (let c = 0; c < clusters; c++)
    for (let k = 0; k < 4; k++) {
      const city = `c${c}-${k}`;
      add(city, "city");
      cities.push({ key: city, cluster: c });
      for (let t = 0; t < towns; t++) (add(`${city}-t${t}`, "town"), link(`${city}-t${t}`, city, "located_in"));
    }
  const townOf = (c: number) => `c${c}-${Math.floor(random() * 4)}-t${Math.floor(random() * towns)}`;
  for (let c = 0; c < clusters; c++)
    for (let p = 0; p < towns * 2; p++) {
      const a = townOf(c);
      // One pairing in twenty goes to another cluster: the clusters are linked, as provinces are.
      const b = townOf(random() < 0.05 ? (c + 1 + Math.floor(random() * (clusters - 1))) % clusters : c);
      if (a !== b) link(a, b, "pairs_with");
    }
  return { graph, cities };
}
