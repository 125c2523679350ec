import type { Entity } from "../types.js";
import type { GoldEntity } from "./gold.js";

/** Names compare after Unicode NFKC and without spaces, as GUIDELINES.md says. */
export function comparable(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "");
}

function goldNames(gold: GoldEntity): Set<string> {
  return new Set([gold.name, ...(gold.aliases ?? [])].map(comparable));
}

/**
 * One-to-one matching of extracted to gold entities of a document: a pair matches when a
 * name or alias of one equals a name or alias of the other (and, when strict, the types
 * agree). Exact name matches are paired first, so aliases cannot steal them.
 */
export function matchEntities(extracted: Entity[], gold: GoldEntity[], strict: boolean): Map<Entity, GoldEntity> {
  const pairs = new Map<Entity, GoldEntity>();
  const taken = new Set<GoldEntity>();
  const names = gold.map(goldNames);
  const typeOk = (e: Entity, g: GoldEntity) => !strict || e.type === g.type;
  for (const pass of ["name", "alias"] as const) {
    for (const entity of extracted) {
      if (pairs.has(entity)) continue;
      const own = pass === "name" ? [comparable(entity.name)] : [entity.name, ...entity.aliases].map(comparable);
      const index = gold.findIndex((g, i) => !taken.has(g) && typeOk(entity, g) && own.some((n) => names[i]!.has(n)) && (pass === "alias" || comparable(g.name) === own[0]));
      if (index < 0) continue;
      pairs.set(entity, gold[index]!);
      taken.add(gold[index]!);
    }
  }
  return pairs;
}
