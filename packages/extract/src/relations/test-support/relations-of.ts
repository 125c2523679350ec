import { prepareArticle } from "../../load/index.js";
import { loadGazetteer } from "../../gazetteer/index.js";
import { recognize } from "../../recognize/index.js";
import { EntityRegistry, resolveDocument } from "../../resolve/index.js";
import { segment } from "../../segment/index.js";
import type { Relation } from "../../types.js";
import { mergeRelations, relateDocument } from "../index.js";

/** A relation of a short test article, with its ends' names in place of their ids. */
export interface NamedRelation {
  /** "type source → target". */
  line: string;
  source: string | undefined;
  target: string | undefined;
  relation: Relation;
}

/** The merged relations of a short article, read as one document of the given date. */
export function relationsOf(text: string, date = "2023-05-06"): NamedRelation[] {
  const doc = prepareArticle("t.txt", new TextEncoder().encode(text)).document!;
  doc.info.date = date;
  const gazetteer = loadGazetteer();
  const registry = new EntityRegistry();
  const { resolved } = resolveDocument(doc, recognize(doc.text, segment(doc.text), gazetteer), gazetteer, registry);
  const names = new Map(registry.list().map((e) => [e.id, e.name]));
  return mergeRelations(relateDocument(doc, resolved)).map((relation) => {
    const source = names.get(relation.source);
    const target = names.get(relation.target);
    return { line: `${relation.type} ${source} → ${target}`, source, target, relation };
  });
}
