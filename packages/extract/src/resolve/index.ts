import { originalSpan, type PreparedDocument } from "../document.js";
import type { Gazetteer, Place } from "../gazetteer/index.js";
import type { ResolvedMention } from "../mention.js";
import { defaultConfidence, type Candidate } from "../recognize/candidate.js";
import type { Entity, Mention } from "../types.js";
import { canonicalName } from "./names.js";
import { resolvePlaces } from "./places.js";
import type { EntityRegistry } from "./registry.js";

export { EntityRegistry } from "./registry.js";

/** The mentions of one document tied to entities, in both shapes the pipeline needs. */
export interface ResolvedDocument {
  resolved: ResolvedMention[];
  mentions: Mention[];
}

/** Ties each recognized span of a document to its entity in the registry. */
export function resolveDocument(
  doc: PreparedDocument,
  candidates: Candidate[],
  gazetteer: Gazetteer,
  registry: EntityRegistry,
): ResolvedDocument {
  const decisions = resolvePlaces(candidates);
  const decided = new Map(decisions.map((d) => [d.candidate, d.place]));
  const dropped = new Set(decisions.filter((d) => d.dropped).map((d) => d.candidate));
  const resolved: ResolvedMention[] = [];
  const mentions: Mention[] = [];
  let previous: { candidate: Candidate; entity: Entity } | undefined;
  for (const candidate of candidates) {
    if (dropped.has(candidate)) continue;
    const entity = entityOf(candidate, decided, gazetteer, registry);
    const [originalStart, originalEnd] = originalSpan(doc, candidate.start, candidate.end);
    registry.noteConfidence(entity, mentionConfidence(candidate, decided.get(candidate)));
    registry.addAlias(entity, candidate.text);
    registry.addAlias(entity, doc.original.slice(originalStart, originalEnd).replace(/[\s\u3000]+/g, ""));
    if (previous && !candidate.nested && previous.candidate.end === candidate.start && containsPlace(previous.entity, entity)) {
      // 深圳龙岗, 深圳市龙岗区: the district goes by the joined form too.
      registry.addAlias(entity, previous.candidate.text + candidate.text);
    }
    // Every field set, `nested` false or true: mentions of one shape keep the relation rules' code on one object layout.
    resolved.push({ entity, start: candidate.start, end: candidate.end, text: candidate.text, nested: candidate.nested === true });
    mentions.push({
      entity: entity.id,
      document: doc.info.id,
      start: candidate.start,
      end: candidate.end,
      text: candidate.text,
      originalStart,
      originalEnd,
    });
    if (!candidate.nested) previous = { candidate, entity };
  }
  return { resolved, mentions };
}

function entityOf(
  candidate: Candidate,
  decided: Map<Candidate, Place | undefined>,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
): Entity {
  if (candidate.places) {
    const place = decided.get(candidate);
    if (place) {
      const path = gazetteer.pathOf(place.code);
      return registry.place(place, path[path.length - 2]?.name);
    }
    return registry.named(candidate.type, candidate.name);
  }
  return registry.named(candidate.type, canonicalName(candidate.name, candidate.type, gazetteer));
}

function containsPlace(outer: Entity, inner: Entity): boolean {
  return outer.code !== undefined && inner.code !== undefined && inner.code.startsWith(outer.code) && inner.code !== outer.code;
}

/**
 * A mention's confidence: its recognizer's, lowered for a place whose reading the article
 * did not decide (an ambiguous 城厢镇 left unlinked is a town, but which one is unknown).
 */
function mentionConfidence(candidate: Candidate, place: Place | undefined): number {
  const confidence = defaultConfidence(candidate);
  return candidate.places?.length && !place ? Math.min(confidence, 0.6) : confidence;
}
