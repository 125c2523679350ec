/** Precision, recall and F1 from counts. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores per type and overall. */
export interface Scores {
  byType: Record<string, Score>;
  overall: Score;
}

/** A score from true positives, false positives and false negatives (empty sides score 1). */
export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Counts per key that add up into scores. */
export class Tally {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  add(key: string, kind: "tp" | "fp" | "fn", n = 1): void {
    const count = this.counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    count[kind] += n;
    this.counts.set(key, count);
  }

  /** Adds the counts of already computed scores (to combine several evaluations). */
  addScores(scores: Scores): void {
    for (const [key, s] of Object.entries(scores.byType)) {
      this.add(key, "tp", s.tp);
      this.add(key, "fp", s.fp);
      this.add(key, "fn", s.fn);
    }
  }

  /** Scores per key (sorted) and overall. */
  scores(): Scores {
    const byType: Record<string, Score> = {};
    let tp = 0, fp = 0, fn = 0;
    for (const key of [...this.counts.keys()].sort()) {
      const c = this.counts.get(key)!;
      byType[key] = score(c.tp, c.fp, c.fn);
      tp += c.tp; fp += c.fp; fn += c.fn;
    }
    return { byType, overall: score(tp, fp, fn) };
  }
}
