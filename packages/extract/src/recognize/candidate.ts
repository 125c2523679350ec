import type { PlaceName } from "../gazetteer/index.js";
import type { EntityType } from "../types.js";

/** A span that may name an entity, before overlaps are settled and places are resolved. */
export interface Candidate {
  start: number;
  end: number;
  /** The surface text (normalized body). */
  text: string;
  type: EntityType;
  /** The full name this surface stands for (鼓楼区政府 → 鼓楼区人民政府). */
  name: string;
  /** Gazetteer readings of a place mention; several when the name is ambiguous. */
  places?: readonly PlaceName[];
  /** Tie-breaker when two candidates cover the same span: higher wins. */
  priority: number;
  /** A place named inside an organisation's name (德保 in 凌云茶叶产业园): a mention, not a relation end. */
  nested?: boolean;
  /**
   * How sure the recognizer is that this span names an entity of this type, in [0, 1]
   * (see `Entity.confidence`); when absent, `defaultConfidence` of the type applies.
   */
  confidence?: number;
}

/**
 * The candidate with every field present, in one order (absent ones undefined, `nested` false).
 * Candidates of one shape keep the recognizers' and the resolver's optimised code on one object
 * layout: candidates of a dozen shapes made V8 throw that code away ("wrong map") and compile it
 * again, over and over, on the threads the other worker needs.
 */
export function candidate(fields: Candidate): Candidate {
  return {
    start: fields.start,
    end: fields.end,
    text: fields.text,
    type: fields.type,
    name: fields.name,
    places: fields.places,
    priority: fields.priority,
    nested: fields.nested ?? false,
    confidence: fields.confidence,
  };
}

/** The confidence of a candidate whose recognizer gave none (a stated source line, a caller's own candidates). */
export function defaultConfidence(candidate: Candidate): number {
  return candidate.confidence ?? (candidate.places?.length ? 0.9 : 0.7);
}

/** Keeps the longest candidates that do not overlap (then the higher priority, then the earlier). */
export function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken: Candidate[] = [];
  // A loop, not Math.max(...): spreading a hundred thousand candidates overflows the call stack.
  const covered = new Uint8Array(candidates.reduce((max, c) => Math.max(max, c.end), 0) + 1);
  for (const candidate of ranked) {
    let free = true;
    for (let i = candidate.start; i < candidate.end; i++) if (covered[i]) free = false;
    if (!free) continue;
    covered.fill(1, candidate.start, candidate.end);
    taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}
