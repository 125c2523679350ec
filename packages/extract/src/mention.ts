import type { Entity } from "./types.js";

/** A mention found in one document and already tied to its entity (the input of `relate`). */
export interface ResolvedMention {
  entity: Entity;
  /** Offsets in the document's normalized body, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** A place named inside an organisation's name (德保 in 凌云茶叶产业园). */
  nested?: boolean;
}
