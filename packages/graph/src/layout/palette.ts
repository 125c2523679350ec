import type { EntityType, RelationType } from "@xiezuo/extract";

/**
 * One colour per entity type, grouped by kind: places in greens and blues from the province
 * (dark) down to the village (light), people red, organisations in warm and purple tones.
 * The viewer uses the same colours so a GEXF opened in Gephi looks like the browser view.
 */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = {
  province: "#1b5e20",
  city: "#2e7d32",
  district: "#0277bd",
  county: "#43a047",
  town: "#7cb342",
  village: "#aed581",
  person: "#d32f2f",
  company: "#f57c00",
  school: "#fbc02d",
  hospital: "#c2185b",
  government: "#5e35b1",
  organization: "#8d6e63",
  park: "#00897b",
};

/** One colour per relation type, for edges and legends. */
export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  pairs_with: "#e53935",
  funds: "#fb8c00",
  builds: "#fdd835",
  located_in: "#9e9e9e",
  holds_position: "#8e24aa",
  works_for: "#ab47bc",
  invests_in: "#00acc1",
  agreement_with: "#3949ab",
};

/** Colour of types this version does not know (a graph from a newer extractor). */
export const UNKNOWN_COLOR = "#607d8b";
