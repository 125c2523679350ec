import type { PreparedDocument } from "../document.js";
import type { ResolvedMention } from "../mention.js";
import type { Relation } from "../types.js";
import { findAgreements } from "./agreements.js";
import { findBuilds } from "./builds.js";
import { DocumentContext, type Finding } from "./context.js";
import { findFunds } from "./funds.js";
import { findLocations } from "./locations.js";
import { findPairings } from "./pairs.js";
import { findPositions } from "./positions.js";
import { confidenceOf } from "./rules.js";

export { mergeRelations } from "./merge.js";
export { findAmounts } from "./amounts.js";
export { RULES, type RuleId } from "./rules.js";

/** The relations one document states, each with its evidence sentence (not yet merged). */
export function relateDocument(doc: PreparedDocument, mentions: ResolvedMention[]): Relation[] {
  const ctx = new DocumentContext(doc, mentions);
  const pairings = findPairings(ctx);
  const findings = [
    ...pairings,
    ...findFunds(ctx, pairings),
    ...findBuilds(ctx),
    ...findLocations(ctx),
    ...findPositions(ctx),
    ...findAgreements(ctx),
  ];
  return findings.filter((f) => f.source.entity.id !== f.target.entity.id).map((finding) => toRelation(ctx, finding));
}

function toRelation(ctx: DocumentContext, finding: Finding): Relation {
  const source = finding.source.entity.id;
  const target = finding.target.entity.id;
  const relation: Relation = {
    id: `${finding.type}:${source}->${target}`,
    type: finding.type,
    source,
    target,
    date: ctx.dateOf(finding.sentence),
    rule: finding.rule,
    confidence: confidenceOf(finding.rule),
    evidence: [ctx.evidence(finding)],
  };
  if (finding.amount) relation.amounts = [{ ...finding.amount, document: ctx.doc.info.id }];
  if (finding.title) relation.title = finding.title;
  return relation;
}
