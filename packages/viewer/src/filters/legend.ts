import { ENTITY_COLORS, RELATION_STYLES } from "../graph/load.js";
import { ENTITY_NAMES, RELATION_NAMES } from "../graph/names.js";
import { el } from "../ui/dom.js";
import type { ViewState } from "../state.js";

/** The legend (entity and relation types, each a filter toggle) and the other filters. */
/** What the graph holds, so the legend lists only types present and the date inputs span the graph's dates. */
export interface GraphSummary {
  /** Entity types present, with their number of nodes. */
  entityTypes: Map<string, number>;
  /** Relation types present, with their number of edges. */
  relationTypes: Map<string, number>;
  /** Earliest and latest relation date ("" when no relation has one). */
  firstDate: string;
  lastDate: string;
}

/** The legend (entity and relation types, each a filter toggle) and the other filters; `changed` re-applies them. */
export function renderControls(container: HTMLElement, state: ViewState, present: GraphSummary, changed: () => void): void {
  container.replaceChildren();
  const toggle = (set: Set<string>, type: string) => () => {
    if (set.has(type)) set.delete(type);
    else set.add(type);
    changed();
  };
  const entityLegend = el("div", { className: "legend", attrs: { "aria-label": "entity types" } }, el("h3", {}, "实体 Entities"));
  for (const [type, color] of Object.entries(ENTITY_COLORS)) {
    if (!present.entityTypes.has(type)) continue;
    const off = state.hiddenEntityTypes.has(type);
    entityLegend.append(el("button", { className: `chip${off ? " off" : ""}`, attrs: { "data-entity-type": type, "aria-pressed": String(!off) }, onclick: toggle(state.hiddenEntityTypes, type) },
      el("span", { className: "swatch", attrs: { style: `background:${color}` } }), el("span", { className: "name" }, `${ENTITY_NAMES[type] ?? ""} ${type}`), el("span", { className: "count" }, String(present.entityTypes.get(type)))));
  }
  const relationLegend = el("div", { className: "legend", attrs: { "aria-label": "relation types" } }, el("h3", {}, "关系 Relations"));
  for (const [type, style] of Object.entries(RELATION_STYLES)) {
    if (!present.relationTypes.has(type)) continue;
    const off = state.hiddenRelationTypes.has(type);
    relationLegend.append(el("button", { className: `chip${off ? " off" : ""}`, attrs: { "data-relation-type": type, "aria-pressed": String(!off) }, onclick: toggle(state.hiddenRelationTypes, type) },
      el("span", { className: "line", attrs: { style: `background:${style.color};height:${Math.max(2, style.size)}px` } }), el("span", { className: "name" }, `${RELATION_NAMES[type] ?? ""} ${type}`), el("span", { className: "count" }, String(present.relationTypes.get(type)))));
  }
  const number = (label: string, value: number, min: number, max: number, set: (v: number) => void) => {
    const input = el("input", { attrs: { type: "number", min: String(min), max: String(max), value: String(value), "aria-label": label } });
    input.addEventListener("change", () => (set(Math.max(min, Math.min(max, Number(input.value) || 0))), changed()));
    return el("label", {}, label, input);
  };
  const date = (label: string, value: string, set: (v: string) => void) => {
    const bounds: Record<string, string> = present.firstDate ? { min: present.firstDate, max: present.lastDate } : {};
    const input = el("input", { attrs: { type: "date", value, "aria-label": label, ...bounds } });
    input.addEventListener("change", () => (set(input.value), changed()));
    return el("label", {}, label, input);
  };
  const select = (label: string, value: string, options: [string, string][], set: (v: string) => void) => {
    const input = el("select", { attrs: { "aria-label": label } }, ...options.map(([v, text]) => el("option", { attrs: v === value ? { value: v, selected: "" } : { value: v } }, text)));
    input.addEventListener("change", () => (set(input.value), changed()));
    return el("label", {}, label, input);
  };
  const filters = el("div", { className: "filters" },
    number("最小度数 min degree", state.minDegree, 0, 100, (v) => (state.minDegree = v)),
    date("从 from", state.dateFrom, (v) => (state.dateFrom = v)),
    date("到 to", state.dateTo, (v) => (state.dateTo = v)),
    select("邻域 neighbourhood", String(state.depth), [["0", "whole graph"], ["1", "depth 1"], ["2", "depth 2"]], (v) => (state.depth = Number(v))),
    select("大小 size by", state.sizeBy, [["pagerank", "PageRank"], ["degree", "degree"]], (v) => (state.sizeBy = v as ViewState["sizeBy"])),
  );
  container.append(entityLegend, relationLegend, filters);
}
