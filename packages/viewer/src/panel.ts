import type { DocumentInfo, EdgeData, Evidence, ViewerGraph } from "./graph/load.js";
import { el, formatYuan } from "./dom.js";

const TYPE_NAMES: Record<string, string> = {
  province: "省级", city: "地级市", district: "市辖区", county: "县/县级市", town: "乡镇街道", village: "村/社区",
  person: "人物", company: "企业", school: "学校", hospital: "医院", government: "政府机构", organization: "组织/媒体", park: "园区/基地",
};

/** Renders the selected entity: type, aliases, place path, counts, relations by type with their evidence. */
export function renderPanel(
  container: HTMLElement,
  graph: ViewerGraph,
  node: string | null,
  documents: Map<string, DocumentInfo>,
  visibleEdges: Set<string>,
  select: (node: string) => void,
): void {
  container.replaceChildren();
  if (!node || !graph.hasNode(node)) {
    container.append(el("p", { className: "hint" }, "点击或搜索一个实体，查看它的关系和原文证据。 Click or search an entity to see its relations and the sentences behind them."));
    return;
  }
  const a = graph.getNodeAttributes(node);
  container.append(
    el("h2", {}, a.label),
    el("p", { className: "type" }, el("span", { className: "swatch", attrs: { style: `background:${a.color}` } }), `${TYPE_NAMES[a.entityType] ?? a.entityType} · ${a.entityType}`),
  );
  if (a.placePath.length) container.append(el("p", { className: "path" }, [...a.placePath, a.label].join(" › ")));
  if (a.aliases.length) container.append(el("p", { className: "aliases" }, `别名 aliases: ${a.aliases.join("、")}`));
  container.append(el("p", { className: "counts" }, `${a.mentions} mentions · ${a.documents.length} documents${a.code ? ` · code ${a.code}` : ""}`));

  const groups = new Map<string, { edge: string; data: EdgeData; other: string; outgoing: boolean }[]>();
  graph.forEachEdge(node, (edge, data, source, target) => {
    if (!visibleEdges.has(edge)) return;
    const outgoing = source === node;
    const list = groups.get(data.relationType) ?? [];
    list.push({ edge, data, other: outgoing ? target : source, outgoing });
    groups.set(data.relationType, list);
  });
  for (const [type, relations] of [...groups].sort()) {
    const section = el("section", { className: "relations", attrs: { "data-relation": type } }, el("h3", {}, `${type} (${relations.length})`));
    for (const { data, other, outgoing } of relations) {
      const otherLabel = graph.getNodeAttribute(other, "label");
      const details = [
        data.title ? `「${data.title}」` : "",
        data.amountYuan !== undefined ? formatYuan(data.amountYuan, data.approximate) : "",
        data.fundsTotalYuan ? `资金合计 ${formatYuan(data.fundsTotalYuan)} (${data.fundsSources ?? 0} 条来源)` : "",
        data.date ?? "",
      ].filter(Boolean).join(" · ");
      const item = el("div", { className: "relation" },
        el("div", { className: "ends" }, outgoing ? "→ " : "← ", el("a", { attrs: { href: "#" }, onclick: (e) => (e.preventDefault(), select(other)) }, otherLabel), details ? ` ${details}` : ""),
      );
      for (const evidence of data.evidence) item.append(renderEvidence(evidence, documents.get(evidence.document)));
      section.append(item);
    }
    container.append(section);
  }
}

/** The sentence with the two mentions highlighted, and the article it comes from. */
function renderEvidence(evidence: Evidence, doc: DocumentInfo | undefined): HTMLElement {
  const marks = [evidence.sourceSpan, evidence.targetSpan]
    .map(([s, e]) => [s - evidence.start, e - evidence.start] as const)
    .filter(([s, e]) => s >= 0 && e <= evidence.sentence.length && s < e)
    .sort((x, y) => x[0] - y[0]);
  const sentence = el("blockquote", { className: "evidence" });
  let at = 0;
  for (const [s, e] of marks) {
    if (s < at) continue;
    sentence.append(evidence.sentence.slice(at, s), el("mark", {}, evidence.sentence.slice(s, e)));
    at = e;
  }
  sentence.append(evidence.sentence.slice(at));
  const source = doc ? [doc.title ?? "(untitled)", doc.date ?? "", doc.file].filter(Boolean).join(" · ") : evidence.document;
  return el("div", { className: "evidence-item" }, sentence, el("cite", {}, source));
}
