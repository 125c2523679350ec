/**
 * Trigger words looked up by their first character: a rule that asks at every position of a
 * sentence which of its triggers starts there compares strings only where one can start.
 * The answer is the one `triggers.find((t) => text.startsWith(t, at))` gives.
 */
export class TriggerIndex {
  private readonly firstUnits: ReadonlySet<number>;

  constructor(private readonly triggers: readonly string[]) {
    this.firstUnits = new Set(triggers.map((t) => t.charCodeAt(0)));
  }

  /** The first trigger of the list (in its order) that starts at `at`, or undefined. */
  at(text: string, at: number): string | undefined {
    if (prefilter && !this.firstUnits.has(text.charCodeAt(at))) return undefined;
    return this.triggers.find((t) => text.startsWith(t, at));
  }
}

let prefilter = true;

/**
 * Tests only: turns the first-character prefilter off (or back on), so that a test can check
 * that it never changes what the rules find.
 */
export function setTriggerPrefilter(enabled: boolean): void {
  prefilter = enabled;
}
