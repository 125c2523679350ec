import type { Evaluation, Scores } from "./index.js";

const pct = (n: number) => n.toFixed(3);

function table(title: string, scores: Scores): string {
  const rows = [[title, "P", "R", "F1", "tp", "fp", "fn"]];
  for (const [type, s] of Object.entries(scores.byType)) {
    rows.push([type, pct(s.precision), pct(s.recall), pct(s.f1), String(s.tp), String(s.fp), String(s.fn)]);
  }
  const o = scores.overall;
  rows.push(["overall", pct(o.precision), pct(o.recall), pct(o.f1), String(o.tp), String(o.fp), String(o.fn)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]! + 2) : cell.padStart(widths[i]!))).join("  ")).join("\n");
}

/** The evaluation as the plain-text tables `xiezuo eval` prints. */
export function formatEvaluation(evaluation: Evaluation, options: { details?: boolean } = {}): string {
  const parts = [
    `documents scored: ${evaluation.documents}`,
    "",
    table("entities (strict)", evaluation.entities.strict),
    "",
    table("entities (untyped)", evaluation.entities.untyped),
    "",
    table("relations", evaluation.relations),
    "",
    `funds amounts right: ${evaluation.fundsAmounts.amountRight} of ${evaluation.fundsAmounts.matched} matched funds relations`,
  ];
  if (options.details) {
    parts.push("", "missed:", ...evaluation.missed.map((m) => `  ${m.file}  ${m.kind}  ${m.what}`));
    parts.push("", "spurious:", ...evaluation.spurious.map((m) => `  ${m.file}  ${m.kind}  ${m.what}`));
  }
  return parts.join("\n");
}
