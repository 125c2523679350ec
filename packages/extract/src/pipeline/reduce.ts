import { mergeRelations } from "../relations/index.js";
import type { DocumentInfo, Entity, ExtractionResult, Issue, Mention, Relation } from "../types.js";
import type { DocumentResult } from "./document-result.js";

/**
 * Merges entities across documents: one per id, with the union of their aliases and the
 * highest confidence. Adding in any order gives the same list (an entity's type, name, code
 * and parent follow from its id).
 */
export class EntityMerger {
  private readonly entities = new Map<string, { entity: Entity; aliases: Set<string> }>();

  add(entities: Iterable<Entity>): void {
    for (const entity of entities) {
      const known = this.entities.get(entity.id);
      if (known) {
        for (const alias of entity.aliases) known.aliases.add(alias);
        if (entity.confidence > known.entity.confidence) known.entity.confidence = entity.confidence;
      } else this.entities.set(entity.id, { entity: { ...entity, aliases: [] }, aliases: new Set(entity.aliases) });
    }
  }

  /** Every entity, sorted by id, aliases sorted. */
  list(): Entity[] {
    return [...this.entities.values()]
      .map(({ entity, aliases }) => ({ ...entity, aliases: [...aliases].sort() }))
      .sort((a, b) => compare(a.id, b.id));
  }
}

/**
 * The corpus result as a reduce over per-document results: documents by file, entities
 * merged by id, mentions by (document, start, end), relations merged by (type, source,
 * target) in file order. The order of `results` does not matter.
 */
export function reduceResults(results: readonly DocumentResult[], runIssues: readonly Issue[] = []): ExtractionResult {
  const ordered = [...results].sort((a, b) => compare(a.file, b.file));
  const entities = new EntityMerger();
  const documents: DocumentInfo[] = [];
  const mentions: Mention[] = [];
  const relations: Relation[] = [];
  const issues: Issue[] = [...runIssues];
  for (const result of ordered) {
    // Loops, not push(...): a document of a million mentions would overflow the call stack.
    for (const issue of result.issues) issues.push(issue);
    if (!result.document) continue;
    documents.push(result.document);
    entities.add(result.entities);
    for (const mention of result.mentions) mentions.push(mention);
    for (const relation of result.relations) relations.push(relation);
  }
  return {
    documents,
    entities: entities.list(),
    mentions: sortMentions(mentions),
    relations: mergeRelations(relations),
    issues: sortIssues(issues),
  };
}

/** Mentions by document id, then offsets (stable: ties keep body order). */
export function sortMentions(mentions: Mention[]): Mention[] {
  return mentions.sort((a, b) => compare(a.document, b.document) || a.start - b.start || a.end - b.end);
}

/** Issues by file (stable: a file's issues keep the order its stages met them). */
export function sortIssues(issues: Issue[]): Issue[] {
  return issues.sort((a, b) => compare(a.file, b.file));
}

/** Code-unit order, the order every list of the result is sorted in. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
