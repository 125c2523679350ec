import { loadGazetteer } from "../../gazetteer/index.js";
import { segment } from "../../segment/index.js";
import type { EntityType } from "../../types.js";
import { recognize } from "../index.js";

/** The names of one type that the recognizers find in a short test text, nested ones included. */
export function namesOf(text: string, type: EntityType): string[] {
  return recognize(text, segment(text), loadGazetteer())
    .filter((c) => c.type === type)
    .map((c) => c.name);
}

/** What the recognizers find in a short test text at the top level, as "type name". */
export function foundIn(text: string): string[] {
  return recognize(text, segment(text), loadGazetteer())
    .filter((c) => !c.nested)
    .map((c) => `${c.type} ${c.name}`);
}
