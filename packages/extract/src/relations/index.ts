import type { PreparedDocument } from "../document.js";
import type { ResolvedMention } from "../mention.js";
import type { Relation } from "../types.js";
import { findAgreements } from "./agreements.js";
import { findBuilds } from "./builds.js";
import { findJointBuilds } from "./builds-jointly.js";
import { findPassiveBuilds } from "./builds-passive.js";
import { findPronounInvestments } from "./invests-pronoun.js";
import { DocumentContext, PLACE_TYPES, type Finding } from "./context.js";
import { findFunds } from "./funds.js";
import { findPassiveGifts } from "./funds-passive.js";
import { findScholarships } from "./funds-scholarships.js";
import { findGoodsGiven } from "./funds-goods.js";
import { findCeremonyGifts } from "./funds-ceremony.js";
import { findLocations } from "./locations.js";
import { findPairings } from "./pairs.js";
import { findCooperations } from "./pairs-cooperation.js";
import { findPositions } from "./positions.js";
import { findCopulaSecondments, findCopulaWorkplaces } from "./positions-seconded.js";
import { isEasternCode } from "../lexicons/eastern-provinces.js";
import { confidenceOf } from "./rules.js";

export { compareEvidence, evidenceKey, mergeRelations } from "./merge.js";
export { findAmounts } from "./amounts.js";
export { RULES, type RuleId } from "./rules.js";

/** The relations one document states, each with its evidence sentence (not yet merged). */
export function relateDocument(doc: PreparedDocument, mentions: ResolvedMention[]): Relation[] {
  const ctx = new DocumentContext(doc, mentions);
  const pairings = [...findPairings(ctx), ...findCooperations(ctx)];
  const findings = [
    ...pairings,
    ...findFunds(ctx, pairings),
    ...findPassiveGifts(ctx),
    ...findScholarships(ctx),
    ...findGoodsGiven(ctx),
    ...findBuilds(ctx),
    ...findJointBuilds(ctx, pairings),
    ...findPassiveBuilds(ctx),
    ...findPronounInvestments(ctx),
    ...findLocations(ctx),
    ...findPositions(ctx),
    ...findCopulaSecondments(ctx),
    ...findCopulaWorkplaces(ctx),
  ];
  // Gifts whose sentence names no receiver, at a ceremony held at a site: after every other rule has read its sentences.
  findings.push(...findCeremonyGifts(ctx, findings));
  const agreements = findAgreements(ctx, pairings);
  findings.push(...agreements, ...agreements.filter((a) => PAIRING_AGREEMENT.test(a.sentence.text) || isEastWestCooperationAgreement(a)).map(pairingOf));
  return findings.filter((f) => f.source.entity.id !== f.target.entity.id).map((finding) => toRelation(ctx, finding));
}

/** An agreement named for a pairing (结对帮扶协议, 对口帮扶合作协议, 携手奔小康协议, 东西部协作帮扶框架协议), 东西部协作协议). */
const PAIRING_AGREEMENT = /(?:签订|签署|签约|签下)[^，,。；]{0,20}?(?:结对|对口帮扶|对口支援|对口协作|东西部协作|扶贫协作|携手|帮扶(?=协议|框架协议))[^，,。；]{0,12}?协议/;

/** An agreement of cooperation (劳务协作协议, 消费协作协议) between an eastern and a western place: the two are the pair of 东西部协作. */
const COOPERATION_AGREEMENT = /(?:签订|签署|签约|签下)[^，,。；]{0,20}?协作[^，,。；]{0,8}?协议/;

function isEastWestCooperationAgreement(agreement: Finding): boolean {
  const { source, target } = agreement;
  if (!PLACE_TYPES.has(source.entity.type) || !PLACE_TYPES.has(target.entity.type) || !source.entity.code || !target.entity.code) return false;
  return isEasternCode(source.entity.code) !== isEasternCode(target.entity.code) && COOPERATION_AGREEMENT.test(agreement.sentence.text);
}

/** The parties of a pairing agreement pair with each other, the eastern one helping. */
function pairingOf(agreement: Finding): Finding {
  const { source, target } = agreement;
  const flip = !isEasternCode(source.entity.code) && isEasternCode(target.entity.code);
  return { ...agreement, type: "pairs_with", rule: "pairs.agreement", ...(flip ? { source: target, target: source } : {}) };
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
