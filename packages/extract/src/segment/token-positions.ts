import type { Token } from "./index.js";

/**
 * Which token of a segmented text starts, or ends, at each position: the recognizers ask
 * this at every head and name they look at. Built once per token list and shared by them
 * (each built a map of its own for every document: a tenth of what recognizing allocated).
 */
export class TokenPositions {
  private readonly starting: Int32Array;
  private readonly ending: Int32Array;

  constructor(private readonly tokens: readonly Token[]) {
    let last = 0;
    for (const token of tokens) last = Math.max(last, token.end);
    this.starting = new Int32Array(last + 1).fill(-1);
    this.ending = new Int32Array(last + 1).fill(-1);
    // In order, so that of two tokens at one position the later counts, as a map's last set would.
    tokens.forEach((token, index) => {
      this.starting[token.start] = index;
      this.ending[token.end] = index;
    });
  }

  /** The token that starts at `start`, or undefined. */
  get(start: number): Token | undefined {
    const index = start >= 0 && start < this.starting.length ? this.starting[start]! : -1;
    return index < 0 ? undefined : this.tokens[index];
  }

  has(start: number): boolean {
    return this.get(start) !== undefined;
  }

  /** The index of the token that ends at `end`, or undefined. */
  indexEndingAt(end: number): number | undefined {
    const index = end >= 0 && end < this.ending.length ? this.ending[end]! : -1;
    return index < 0 ? undefined : index;
  }
}

const built = new WeakMap<readonly Token[], TokenPositions>();

/** The positions of `tokens`, built on the first ask (the list must not change afterwards). */
export function tokenPositions(tokens: readonly Token[]): TokenPositions {
  let positions = built.get(tokens);
  if (!positions) built.set(tokens, (positions = new TokenPositions(tokens)));
  return positions;
}
