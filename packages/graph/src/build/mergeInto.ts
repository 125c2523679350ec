import type { Entity, Evidence, Relation } from "@xiezuo/extract";
import { isGraph } from "../util/isGraph.js";
import type { EntityAttributes, GraphSource, MentionTally, RelationAttributes, StatedAmount, XiezuoGraph } from "../types.js";
import { assignPairTotals } from "./assignPairTotals.js";
import { assignPlacePaths } from "./assignPlacePaths.js";
import { checkResult } from "./checkResult.js";

/**
 * Adds an extraction result to a graph without duplicating anything: entities merge by id
 * (aliases, mentions, documents), relations by id (evidence, amounts). Documents already in
 * the graph are recognised by their content-derived id, so their mentions are not counted twice.
 */
export function mergeInto(graph: XiezuoGraph, result: GraphSource): XiezuoGraph {
  if (!isGraph(graph)) throw new Error("@xiezuo/graph/mergeInto: the given graph is not a graphology instance (make one with buildGraph).");
  checkResult(result, "mergeInto");

  const known = new Set(graph.getAttribute("documents").map((doc) => doc.id));
  const fresh = result.documents.filter((doc) => !known.has(doc.id));
  const freshIds = new Set(fresh.map((doc) => doc.id));

  for (const entity of result.entities) mergeEntity(graph, entity);

  // Collected first and written once per entity: a city can be mentioned in thousands of articles.
  const counts = new Map<string, number>();
  const documents = new Map<string, Set<string>>();
  const addDocument = (entity: string, document: string) => {
    const set = documents.get(entity) ?? new Set(graph.getNodeAttribute(entity, "documents"));
    set.add(document);
    documents.set(entity, set);
  };
  const entityTally = result.mentions === undefined ? result.entityTally : undefined;
  if (entityTally !== undefined) {
    for (const tally of entityTally) {
      if (!graph.hasNode(tally.entity))
        throw new Error(`@xiezuo/graph/mergeInto: mention of unknown entity "${tally.entity}" (the result's entities must list it).`);
      if (tally.documents.some((document) => known.has(document)))
        throw new Error("@xiezuo/graph/mergeInto: a tally per entity counts all of the result's documents; this graph holds some of them already (give the mentions instead).");
      if (tally.mentions > 0) counts.set(tally.entity, (counts.get(tally.entity) ?? 0) + tally.mentions);
      // Already sorted and distinct, relations' documents included: no set to build.
      if (tally.documents.length > 0)
        graph.setNodeAttribute(tally.entity, "documents", graph.getNodeAttribute(tally.entity, "documents").length === 0 ? tally.documents : uniqueSorted([...graph.getNodeAttribute(tally.entity, "documents"), ...tally.documents]));
    }
  }
  for (const mention of mentionTally(result)) {
    if (!freshIds.has(mention.document)) continue;
    if (!graph.hasNode(mention.entity))
      throw new Error(`@xiezuo/graph/mergeInto: mention of unknown entity "${mention.entity}" (the result's entities must list it).`);
    counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + mention.count);
    addDocument(mention.entity, mention.document);
  }
  for (const [entity, count] of counts) graph.updateNodeAttribute(entity, "mentions", (n) => (n ?? 0) + count);

  const apart = result.evidence;
  for (const relation of result.relations) {
    const evidence = apart?.get(relation.id);
    mergeRelation(graph, relation, evidence?.graphCount);
    if (entityTally !== undefined) continue; // its documents are in the tally
    for (const document of evidence ? evidence.documents : relation.evidence.map((item) => item.document)) {
      addDocument(relation.source, document);
      addDocument(relation.target, document);
    }
  }
  for (const [entity, set] of documents) graph.setNodeAttribute(entity, "documents", [...set].sort());

  if (fresh.length > 0) graph.setAttribute("documents", [...graph.getAttribute("documents"), ...fresh]);
  // Both depend on the whole graph: a new province or a new funds edge changes them elsewhere.
  assignPlacePaths(graph);
  assignPairTotals(graph);
  return graph;
}

/** The mentions as counts per (entity, document): given as such, or one per mention. */
function mentionTally(result: GraphSource): Iterable<MentionTally> {
  if (result.mentions === undefined) return result.mentionTally ?? [];
  return result.mentions.map((mention) => ({ entity: mention.entity, document: mention.document, count: 1 }));
}

/** The names a new node of this entity has, as `mergeInto` adds it: its label, then its aliases. */
export function nodeNames(entity: Pick<Entity, "name" | "aliases">): string[] {
  return [entity.name, ...uniqueSorted(entity.aliases)];
}

function mergeEntity(graph: XiezuoGraph, entity: Entity): void {
  if (!graph.hasNode(entity.id)) {
    const [label, ...aliases] = nodeNames(entity);
    const attributes: EntityAttributes = {
      label: label!,
      type: entity.type,
      aliases,
      placePath: [],
      mentions: 0,
      documents: [],
    };
    if (entity.code !== undefined) attributes.code = entity.code;
    if (entity.parent !== undefined) attributes.parent = entity.parent;
    graph.addNode(entity.id, attributes);
    return;
  }
  const current = graph.getNodeAttributes(entity.id);
  current.aliases = uniqueSorted([...current.aliases, ...entity.aliases]);
  if (current.code === undefined && entity.code !== undefined) current.code = entity.code;
  if (current.parent === undefined && entity.parent !== undefined) current.parent = entity.parent;
}

/** Adds or merges one relation; `apartCount` is its evidence count when its evidence is kept apart (its own list then empty). */
function mergeRelation(graph: XiezuoGraph, relation: Relation, apartCount?: number): void {
  for (const end of [relation.source, relation.target])
    if (!graph.hasNode(end))
      throw new Error(`@xiezuo/graph/mergeInto: relation "${relation.id}" points to unknown entity "${end}".`);

  const previous = graph.hasEdge(relation.id) ? graph.getEdgeAttributes(relation.id) : undefined;
  if (previous && apartCount !== undefined)
    throw new Error(`@xiezuo/graph/mergeInto: relation "${relation.id}" is already in the graph; evidence kept apart can only go into a graph without it.`);
  const evidence = mergeEvidence(previous?.evidence ?? [], relation.evidence);
  const amounts = mergeAmounts(previous?.amounts ?? [], statedAmounts(relation));
  const attributes: RelationAttributes = {
    type: relation.type,
    weight: apartCount ?? evidence.length,
    date: earliest(previous?.date ?? null, relation.date),
    evidence,
  };
  if (amounts.length > 0) {
    attributes.amounts = amounts;
    // Distinct amounts only: two articles repeating "捐赠600万元" are one donation, not two.
    attributes.amountYuan = [...new Set(amounts.map((amount) => amount.yuan))].reduce((sum, yuan) => sum + yuan, 0);
    attributes.approximate = amounts.some((amount) => amount.approximate);
  }
  const title = previous?.title ?? relation.title;
  if (title !== undefined) attributes.title = title;

  if (previous) graph.replaceEdgeAttributes(relation.id, attributes);
  else graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
}

/** A relation's amounts; a bare `amountYuan` (older or hand-made results) counts as one exact amount. */
function statedAmounts(relation: Relation): StatedAmount[] {
  if (relation.amounts && relation.amounts.length > 0) return relation.amounts.map((amount) => ({ ...amount }));
  if (relation.amountYuan === undefined) return [];
  return [{ yuan: relation.amountYuan, approximate: false, document: relation.evidence[0]?.document ?? "" }];
}

function mergeEvidence(current: Evidence[], added: Evidence[]): Evidence[] {
  const seen = new Set(current.map(evidenceSpanKey));
  const out = [...current];
  for (const item of added) {
    if (seen.has(evidenceSpanKey(item))) continue;
    seen.add(evidenceSpanKey(item));
    out.push(item);
  }
  return out;
}

/** The key a graph edge merges its evidence by: one item per sentence span (document, start, end). */
export function evidenceSpanKey(item: Pick<Evidence, "document" | "start" | "end">): string {
  return `${item.document}\u0000${item.start}\u0000${item.end}`;
}

function mergeAmounts(current: StatedAmount[], added: StatedAmount[]): StatedAmount[] {
  const key = (amount: StatedAmount) => `${amount.document}\u0000${amount.yuan}`;
  const seen = new Set(current.map(key));
  return [...current, ...added.filter((amount) => !seen.has(key(amount)))];
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}
