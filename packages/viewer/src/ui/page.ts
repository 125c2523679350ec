import { el } from "./dom.js";

/** The page's fixed parts: header (search, actions, file opening, status), legend and filters, the graph stage, the entity panel. */
export interface Page {
  searchInput: HTMLInputElement;
  results: HTMLUListElement;
  layoutButton: HTMLButtonElement;
  gexfButton: HTMLButtonElement;
  pngButton: HTMLButtonElement;
  fileInput: HTMLInputElement;
  status: HTMLElement;
  controls: HTMLElement;
  stage: HTMLElement;
  panel: HTMLElement;
}

/** Builds the page inside `app`: a header over three columns (filters · graph · panel), sized by CSS grid so nothing overlaps. */
export function buildPage(app: HTMLElement): Page {
  const page: Page = {
    searchInput: el("input", { attrs: { type: "search", placeholder: "搜索 search: 龙岗 / 龍崗 / longgang / lgq", "aria-label": "search entities", autocomplete: "off", spellcheck: "false" } }),
    results: el("ul", { className: "results", attrs: { role: "listbox", id: "search-results" } }),
    layoutButton: el("button", { attrs: { "data-action": "layout", title: "ForceAtlas2 layout in a web worker" } }, "▶ 布局 layout"),
    gexfButton: el("button", { attrs: { "data-action": "export-gexf", title: "download the visible graph as GEXF (Gephi)" } }, "⇩ GEXF"),
    pngButton: el("button", { attrs: { "data-action": "export-png", title: "download the current view as PNG" } }, "⇩ PNG"),
    fileInput: el("input", { attrs: { type: "file", accept: ".gexf,.json,application/json,application/xml", "aria-label": "open a GEXF or graph.json file" } }),
    status: el("span", { className: "status", attrs: { role: "status" } }, "加载中 loading…"),
    controls: el("aside", { className: "controls", attrs: { "aria-label": "legend and filters" } }),
    stage: el("main", { className: "stage", attrs: { "aria-label": "graph" } }),
    panel: el("aside", { className: "panel", attrs: { "aria-live": "polite", "aria-label": "selected entity" } }),
  };
  app.append(
    el("header", {},
      el("h1", {}, "协作图谱 Xiezuo"),
      el("div", { className: "search" }, page.searchInput, page.results),
      el("div", { className: "actions" }, page.layoutButton, page.gexfButton, page.pngButton, el("label", { className: "file button", title: "or drop a file on the page" }, "打开 open…", page.fileInput)),
      page.status,
    ),
    el("div", { className: "body" }, page.controls, page.stage, page.panel),
  );
  return page;
}
