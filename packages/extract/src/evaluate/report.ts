import { RELATION_TYPES } from "../types.js";
import type { ConfidenceBand, Evaluation, Finding, RuleCount } from "./index.js";
import type { Scores } from "./score.js";

const pct = (n: number) => n.toFixed(3);

/** Rows as aligned columns: the first left-aligned, the others right-aligned. */
function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]! + 2) : cell.padStart(widths[i]!))).join("  ").trimEnd()).join("\n");
}

function table(title: string, scores: Scores): string {
  const rows = [[title, "P", "R", "F1", "tp", "fp", "fn"]];
  for (const [type, s] of Object.entries(scores.byType)) {
    rows.push([type, pct(s.precision), pct(s.recall), pct(s.f1), String(s.tp), String(s.fp), String(s.fn)]);
  }
  const o = scores.overall;
  rows.push(["overall", pct(o.precision), pct(o.recall), pct(o.f1), String(o.tp), String(o.fp), String(o.fn)]);
  return columns(rows);
}

/** Precision per confidence band: how far a relation's confidence can be trusted. */
function confidenceTable(bands: ConfidenceBand[]): string {
  const rows = [["relations by confidence", "P", "tp", "fp"]];
  for (const band of bands) {
    const label = band.max === Infinity ? `≥ ${band.min}` : `${band.min} – ${band.max}`;
    rows.push([label, band.tp + band.fp ? pct(band.tp / (band.tp + band.fp)) : "-", String(band.tp), String(band.fp)]);
  }
  return columns(rows);
}

/** Matched and spurious relations per rule, the least precise first, so the weakest rules show. */
export function formatRules(byRule: Record<string, RuleCount>): string {
  const precision = (c: RuleCount) => c.tp / (c.tp + c.fp || 1);
  const entries = Object.entries(byRule).sort(([a, x], [b, y]) => precision(x) - precision(y) || y.fp - x.fp || (a < b ? -1 : 1));
  return columns([["relations by rule", "P", "tp", "fp"], ...entries.map(([rule, c]) => [rule, pct(precision(c)), String(c.tp), String(c.fp)])]);
}

function findingLine(f: Finding): string {
  const ends = f.kind === "relation" && f.endsFound === false ? "  (an end not found)" : "";
  const rules = f.rules?.length ? `  [${f.rules.join(", ")}]` : "";
  return `    ${f.kind.padEnd(8)} ${f.what}${rules}${ends}`;
}

/** Every miss and spurious find, document by document. */
function detailsOf(evaluation: Evaluation): string[] {
  const files = [...new Set([...evaluation.missed, ...evaluation.spurious].map((f) => f.file))].sort();
  const lines: string[] = [];
  for (const file of files) {
    lines.push("", file);
    const missed = evaluation.missed.filter((f) => f.file === file);
    const spurious = evaluation.spurious.filter((f) => f.file === file);
    if (missed.length) lines.push("  missed:", ...missed.map(findingLine));
    if (spurious.length) lines.push("  spurious:", ...spurious.map(findingLine));
  }
  return lines;
}

/** The evaluation as the plain-text tables `xiezuo eval` prints. */
export function formatEvaluation(evaluation: Evaluation, options: { details?: boolean } = {}): string {
  const { endsFound, endMissing } = evaluation.relationMisses;
  const parts = [
    `documents scored: ${evaluation.documents}`,
    "",
    table("entities (strict)", evaluation.entities.strict),
    "",
    table("entities (untyped)", evaluation.entities.untyped),
    "",
    table("relations", evaluation.relations),
    "",
    `relations missed: ${endsFound} with both ends found, ${endMissing} with an end not found`,
    `funds amounts right: ${evaluation.fundsAmounts.amountRight} of ${evaluation.fundsAmounts.matched} matched funds relations`,
    "",
    confidenceTable(evaluation.confidence),
  ];
  if (options.details) parts.push("", formatRules(evaluation.byRule), ...detailsOf(evaluation));
  return parts.join("\n");
}

/** The parts of a split side by side: strict entity F1, relation F1 and F1 per relation type. */
export function formatSplit(parts: { label: string; evaluation: Evaluation }[]): string {
  const rows = [["", ...parts.map((p) => `${p.label} (${p.evaluation.documents})`)]];
  rows.push(["entities strict F1", ...parts.map((p) => pct(p.evaluation.entities.strict.overall.f1))]);
  rows.push(["relations F1", ...parts.map((p) => pct(p.evaluation.relations.overall.f1))]);
  for (const type of RELATION_TYPES) {
    const present = parts.some((p) => p.evaluation.relations.byType[type]);
    if (present) rows.push([`  ${type}`, ...parts.map((p) => (p.evaluation.relations.byType[type] ? pct(p.evaluation.relations.byType[type].f1) : "-"))]);
  }
  return columns(rows);
}
