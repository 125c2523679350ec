/**
 * How big the viewer draws a node's disc, in pixels at zoom 1: shared by the page (which draws
 * it) and the build (which keeps the overview's discs apart, see separateOverviewDiscs.ts), so
 * that both reckon with the same sizes. Reads nothing but numbers: the page imports it as
 * `@xiezuo/graph/discs`.
 */

/** The smallest disc, whatever its rank. */
export const DISC_BASE = 3;
/** How much rank adds: crowded pictures (more than CROWDED_FROM drawn nodes) get smaller discs, so neighbours stay apart. */
export const DISC_SPREAD = 15;
export const DISC_SPREAD_CROWDED = 7;
export const CROWDED_FROM = 1000;

/** What rank may add to a disc in a picture of `drawn` nodes. */
export function discSpread(drawn: number): number {
  return drawn > CROWDED_FROM ? DISC_SPREAD_CROWDED : DISC_SPREAD;
}

/**
 * A disc's radius in pixels: `share` is the node's rank (PageRank or degree) as a share of the
 * largest drawn (0–1), `folded` the entities drawn inside it on an overview (a node holding many
 * is drawn a little bigger: log₂ of the count, at most half the spread).
 */
export function discSize(share: number, folded: number, spread: number): number {
  const own = DISC_BASE + spread * Math.sqrt(Math.max(0, share));
  return own + (folded > 0 ? Math.min(spread / 2, Math.log2(1 + folded) / 2) : 0);
}
