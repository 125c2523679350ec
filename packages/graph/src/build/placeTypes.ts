import type { EntityType } from "@xiezuo/extract";

/** Entity types that are administrative places (the gazetteer's levels). */
export const PLACE_TYPES: ReadonlySet<EntityType> = new Set(["province", "city", "district", "county", "town", "village"]);

/** Whether an entity type is an administrative place. */
export function isPlaceType(type: EntityType): boolean {
  return PLACE_TYPES.has(type);
}
