import type { Gazetteer } from "./index.js";

/**
 * A cheap test that a span of text cannot be a gazetteer name: by its first and last
 * characters and its length. The name table is tens of thousands of entries spread over
 * memory; most words of an article fail this test and are never looked up in it.
 */
export interface PlaceNameFilter {
  /** False when no name of the gazetteer is `text.slice(start, end)`; true when one may be. */
  mayName(text: string, start: number, end: number): boolean;
}

const filters = new WeakMap<Gazetteer, PlaceNameFilter>();
/** Longer names are rare enough to be looked up without the filter (one bit per length below). */
const FILTERED_LENGTHS = 31;

/** The filter of a gazetteer's full and short names, built once per gazetteer. */
export function placeNameFilter(gazetteer: Gazetteer): PlaceNameFilter {
  let filter = filters.get(gazetteer);
  if (filter) return filter;
  // Per UTF-16 unit, one bit per name length: names of that length start (end) with it.
  const starting = new Uint32Array(0x10000);
  const ending = new Uint32Array(0x10000);
  for (const name of gazetteer.byName.keys()) {
    const bit = lengthBit(name.length);
    starting[name.charCodeAt(0)]! |= bit;
    ending[name.charCodeAt(name.length - 1)]! |= bit;
  }
  filter = {
    mayName(text, start, end) {
      if (end <= start) return gazetteer.byName.has("");
      const bit = lengthBit(end - start);
      return (starting[text.charCodeAt(start)]! & bit) !== 0 && (ending[text.charCodeAt(end - 1)]! & bit) !== 0;
    },
  };
  filters.set(gazetteer, filter);
  return filter;
}

/** The bit of a name length; every length from FILTERED_LENGTHS on shares the top bit. */
const lengthBit = (length: number): number => 1 << Math.min(length, FILTERED_LENGTHS);
