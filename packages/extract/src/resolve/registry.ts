import type { Entity, EntityType } from "../types.js";
import type { Place } from "../gazetteer/index.js";

/** Collects entities across documents: one entity per real thing, with every surface form as an alias. */
export class EntityRegistry {
  private readonly entities = new Map<string, Entity>();

  /** The entity of a gazetteer place (id `place:<code>`). */
  place(place: Place, parentName: string | undefined): Entity {
    return this.get(`place:${place.code}`, place.type, place.name, { code: place.code, parent: parentName });
  }

  /** The entity of a name without a gazetteer code (id `<type>:<name>`). */
  named(type: EntityType, name: string): Entity {
    return this.get(`${type}:${name}`, type, name, {});
  }

  /** Records a surface form (simplified or original) of an entity. */
  addAlias(entity: Entity, surface: string): void {
    const alias = surface.trim();
    if (alias && alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
  }

  /** Raises an entity's confidence to that of a mention (an entity is as sure as its surest mention). */
  noteConfidence(entity: Entity, confidence: number): void {
    const bounded = Math.min(1, Math.max(0, confidence));
    if (bounded > entity.confidence) entity.confidence = Math.round(bounded * 100) / 100;
  }

  /** Every entity, sorted by id, aliases sorted. */
  list(): Entity[] {
    return [...this.entities.values()]
      .map((entity) => ({ ...entity, aliases: [...entity.aliases].sort() }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  private get(id: string, type: EntityType, name: string, extra: { code?: string; parent?: string }): Entity {
    let entity = this.entities.get(id);
    if (!entity) {
      entity = { id, type, name, aliases: [], confidence: 0 };
      if (extra.code) entity.code = extra.code;
      if (extra.parent) entity.parent = extra.parent;
      this.entities.set(id, entity);
    }
    return entity;
  }
}
