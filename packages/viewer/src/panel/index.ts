import { RELATION_STYLES, type DocumentInfo, type EdgeData, type ViewerGraph } from "../graph/load.js";
import { ENTITY_NAMES, RELATION_NAMES } from "../graph/names.js";
import { el } from "../ui/dom.js";
import { renderEvidence } from "./evidence.js";
import { corpusRoot, formatYuan, ruleText } from "./format.js";

interface RelationEnd {
  edge: string;
  data: EdgeData;
  other: string;
  outgoing: boolean;
}

/** What the panel shows of a node on the overview of a big graph: what is folded into it, and the button that opens it. */
export interface FoldInfo {
  /** Entities folded directly into the node, best connected first. */
  members: string[];
  expanded: boolean;
  toggle: () => void;
}

/** Relations listed per type before "… and N more": a hub with thousands would bury the rest and slow the click. */
export const RELATIONS_PER_TYPE = 60;
/** Evidence sentences written per relation at once; the rest come on a click (a hub's panel would otherwise hold thousands). */
export const SENTENCES_SHOWN = 3;
/** Folded entities listed by name. */
const MEMBERS_LISTED = 24;

/** Renders the selected entity: type, aliases, place path, counts, what folds into it, relations by type with their evidence (or a note while it loads). */
export function renderPanel(
  container: HTMLElement,
  graph: ViewerGraph,
  node: string | null,
  documents: Map<string, DocumentInfo>,
  visibleEdges: Set<string>,
  select: (node: string) => void,
  fold?: FoldInfo,
): void {
  container.replaceChildren();
  if (!node || !graph.hasNode(node)) {
    container.append(el("p", { className: "hint" }, "点击或搜索一个实体，查看它的关系和原文证据。 Click or search an entity to see its relations and the sentences behind them."));
    return;
  }
  const a = graph.getNodeAttributes(node);
  container.append(
    el("h2", {}, a.label),
    el("p", { className: "type" }, el("span", { className: "swatch", attrs: { style: `background:${a.color}` } }), `${ENTITY_NAMES[a.entityType] ?? a.entityType} · ${a.entityType}`),
  );
  if (a.placePath.length) container.append(el("p", { className: "path" }, [...a.placePath, a.label].join(" › ")));
  if (a.aliases.length) container.append(el("p", { className: "aliases" }, `别名 aliases: ${a.aliases.join("、")}`));
  container.append(el("p", { className: "counts" }, `${a.mentions} 次提及 mentions · ${a.documentCount} 篇文章 documents${a.code ? ` · 代码 ${a.code}` : ""}`));
  if (fold && fold.members.length) {
    const section = el("section", { className: "folded" },
      el("button", { attrs: { "data-action": "expand", "aria-pressed": String(fold.expanded) }, onclick: fold.toggle }, fold.expanded ? `收起 collapse (${fold.members.length})` : `展开 expand (${fold.members.length})`),
      el("span", {}, ` 包含 folds ${fold.members.length} 个实体 entities: `));
    fold.members.slice(0, MEMBERS_LISTED).forEach((member, i) => {
      if (i) section.append("、");
      section.append(el("a", { attrs: { href: "#", "data-node": member }, onclick: (event) => (event.preventDefault(), select(member)) }, graph.getNodeAttribute(member, "label")));
    });
    if (fold.members.length > MEMBERS_LISTED) section.append(` … +${fold.members.length - MEMBERS_LISTED}`);
    container.append(section);
  }

  const groups = new Map<string, RelationEnd[]>();
  graph.forEachEdge(node, (edge, data, source, target) => {
    // The panel lists what the filters let through, so it agrees with the picture.
    if (!visibleEdges.has(edge)) return;
    const outgoing = source === node;
    const list = groups.get(data.relationType) ?? [];
    list.push({ edge, data, other: outgoing ? target : source, outgoing });
    groups.set(data.relationType, list);
  });
  // Files are shown below the folder the corpus was read from (a generated corpus lives in a temporary one).
  const root = corpusRoot(documents.values());
  const order = Object.keys(RELATION_STYLES);
  const rank = (type: string) => (order.includes(type) ? order.indexOf(type) : order.length);
  for (const [type, relations] of [...groups].sort((x, y) => rank(x[0]) - rank(y[0]) || (x[0] < y[0] ? -1 : 1))) {
    const section = el("section", { className: "relations", attrs: { "data-relation": type } }, el("h3", {}, `${RELATION_NAMES[type] ? `${RELATION_NAMES[type]} ` : ""}${type} (${relations.length})`));
    // Outgoing first (what this entity does), then incoming; the biggest amounts and most evidence on top.
    relations.sort((x, y) => Number(y.outgoing) - Number(x.outgoing) || (y.data.amountYuan ?? 0) - (x.data.amountYuan ?? 0) || y.data.weight - x.data.weight);
    for (const relation of relations.slice(0, RELATIONS_PER_TYPE)) section.append(renderRelation(graph, relation, documents, root, select));
    if (relations.length > RELATIONS_PER_TYPE) section.append(el("p", { className: "more" }, `… 另有 ${relations.length - RELATIONS_PER_TYPE} 条 and ${relations.length - RELATIONS_PER_TYPE} more`));
    container.append(section);
  }
  if (!groups.size) container.append(el("p", { className: "hint" }, "当前筛选下没有关系。 No relations pass the current filters."));
}

/** One relation: direction, the other end as a link, amount, title, date, then its evidence sentences. */
function renderRelation(graph: ViewerGraph, { data, other, outgoing }: RelationEnd, documents: Map<string, DocumentInfo>, root: string, select: (node: string) => void): HTMLElement {
  const details = [
    data.title ? `「${data.title}」` : "",
    data.amountYuan !== undefined ? formatYuan(data.amountYuan, data.approximate) : "",
    data.fundsTotalYuan ? `资金合计 ${formatYuan(data.fundsTotalYuan)}${data.fundsSources ? ` (${data.fundsSources} 笔)` : ""}` : "",
    data.date ?? "",
  ].filter(Boolean).join(" · ");
  const link = el("a", { attrs: { href: "#", "data-node": other }, onclick: (event) => (event.preventDefault(), select(other)) }, graph.getNodeAttribute(other, "label"));
  const item = el("div", { className: "relation" },
    el("div", { className: "ends" }, el("span", { className: "direction", title: outgoing ? "outgoing" : "incoming" }, outgoing ? "→ " : "← "), link, details ? ` ${details}` : ""),
  );
  const rule = ruleText(data.rule, data.confidence);
  if (rule) item.append(el("p", { className: "rule" }, rule));
  if (!data.detailed) item.append(el("p", { className: "loading" }, "加载证据 loading evidence…"));
  for (const evidence of data.evidence.slice(0, SENTENCES_SHOWN)) item.append(renderEvidence(evidence, documents.get(evidence.document), root));
  const rest = data.evidence.length - SENTENCES_SHOWN;
  if (rest > 0) {
    const more: HTMLElement = el("button", {
      className: "more-evidence",
      onclick: () => more.replaceWith(...data.evidence.slice(SENTENCES_SHOWN).map((evidence) => renderEvidence(evidence, documents.get(evidence.document), root))),
    }, `另 ${rest} 句 ${rest} more sentences`);
    item.append(more);
  }
  return item;
}
