import Sigma from "sigma";
import { EntitySearch } from "./search.js";
import { computeVisibility, type Visibility } from "./visibility.js";
import { downloadPng, downloadVisibleGexf } from "./export.js";
import { graphFromGexf, graphFromJson, type DocumentInfo, type EdgeData, type NodeData, type ViewerGraph } from "./graph/load.js";
import { LayoutControl } from "./layout.js";
import { renderControls } from "./controls.js";
import { renderPanel } from "./panel.js";
import { hashFromState, stateFromHash, type ViewState } from "./state.js";
import { el } from "./dom.js";
import "./style.css";

const app = document.getElementById("app")!;
const searchInput = el("input", { attrs: { type: "search", placeholder: "搜索 search: 龙岗 / 龍崗 / longgang / lgq", "aria-label": "search entities", autocomplete: "off" } });
const results = el("ul", { className: "results", attrs: { role: "listbox" } });
const layoutButton = el("button", { attrs: { "data-action": "layout" } }, "▶ ForceAtlas2");
const gexfButton = el("button", { attrs: { "data-action": "export-gexf" } }, "⇩ GEXF");
const pngButton = el("button", { attrs: { "data-action": "export-png" } }, "⇩ PNG");
const fileInput = el("input", { attrs: { type: "file", accept: ".gexf,.json", "aria-label": "open a GEXF or graph.json file" } });
const status = el("span", { className: "status" });
const controls = el("aside", { className: "controls" });
const panel = el("aside", { className: "panel", attrs: { "aria-live": "polite" } });
const stage = el("main", { className: "stage" });
app.append(
  el("header", {}, el("h1", {}, "协作图谱 Xiezuo"), el("div", { className: "search" }, searchInput, results), layoutButton, gexfButton, pngButton, el("label", { className: "file" }, "打开 open", fileInput), status),
  el("div", { className: "body" }, controls, stage, panel),
);

let current: { graph: ViewerGraph; renderer: Sigma<NodeData, EdgeData>; layout: LayoutControl; search: EntitySearch; documents: Map<string, DocumentInfo> } | null = null;
const state: ViewState = stateFromHash(location.hash);
let visible: Visibility = { nodes: new Set(), edges: new Set() };
/** What the benchmark reads: time to fetch and parse the graph, and sigma's first frame. */
const timings = { loadMs: 0, firstRenderMs: 0 };
/** Above this many nodes, hovering does not fade the rest of the graph (see show()). */
const FADE_LIMIT = 5000;
/** Re-draws what a change of selection touches; set by show() for the current graph. */
let refreshSelection: (nodes: (string | null)[]) => void = () => {};

/** Shows a graph: sigma with reducers for filters and emphasis, the legend, search and panel. */
function show(graph: ViewerGraph, documents: DocumentInfo[]): void {
  current?.layout.kill();
  current?.renderer.kill();
  const maxRank = Math.max(1e-9, ...graph.mapNodes((_, a) => a.pagerank));
  const maxDegree = Math.max(1, ...graph.mapNodes((_, a) => a.degree));
  const sizeOf = (a: { pagerank: number; degree: number }) =>
    state.sizeBy === "degree" ? 3 + 15 * Math.sqrt(a.degree / maxDegree) : 3 + 15 * Math.sqrt(a.pagerank / maxRank);
  // Fading every other node means re-processing the whole graph on each hover; on big graphs
  // the hover only lifts the node, its neighbours and its edges, so only they are re-processed.
  const fade = graph.order <= FADE_LIMIT;
  const refreshAround = (nodes: (string | null)[]) => {
    if (fade) return renderer.refresh({ skipIndexation: true });
    const touched = { nodes: new Set<string>(), edges: new Set<string>() };
    for (const node of nodes) {
      if (!node || !graph.hasNode(node)) continue;
      touched.nodes.add(node);
      graph.forEachNeighbor(node, (neighbor) => touched.nodes.add(neighbor));
      graph.forEachEdge(node, (edge) => touched.edges.add(edge));
    }
    renderer.refresh({ partialGraph: { nodes: [...touched.nodes], edges: [...touched.edges] }, skipIndexation: true });
  };
  refreshSelection = refreshAround;
  const renderStart = performance.now();
  const renderer = new Sigma(graph, stage, {
    // Arrow heads double the edge work; past 20k edges, direction is left to the panel.
    defaultEdgeType: graph.size > 20_000 ? "line" : "arrow",
    renderEdgeLabels: false,
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    zIndex: true,
    nodeReducer: (node, data) => {
      // Shallow copies: reducers must not write into the graph's attributes.
      const res = { ...data, size: sizeOf(data), type: undefined } as Record<string, unknown>;
      if (!visible.nodes.has(node)) return { ...res, hidden: true };
      if (node === state.selected || node === state.hovered) return { ...res, highlighted: true, zIndex: 2 };
      if (state.hovered && state.hoveredNeighbors.has(node)) return { ...res, forceLabel: true, zIndex: 1 };
      if (fade && state.hovered) return { ...res, color: "#e6e6e6", label: "", zIndex: 0 };
      return res;
    },
    edgeReducer: (edge, data) => {
      const res = { ...data, type: undefined } as Record<string, unknown>;
      if (!visible.edges.has(edge)) return { ...res, hidden: true };
      if (state.hovered && graph.hasExtremity(edge, state.hovered)) return { ...res, zIndex: 1, size: (data.size as number) + 1 };
      if (fade && state.hovered) return { ...res, hidden: true };
      return res;
    },
  });
  // sigma draws its first frame inside the constructor.
  timings.firstRenderMs = performance.now() - renderStart;
  const layout = new LayoutControl(graph);
  current = { graph, renderer, layout, search: new EntitySearch(graph), documents: new Map(documents.map((d) => [d.id, d])) };
  renderer.on("enterNode", ({ node }) => {
    state.hovered = node;
    state.hoveredNeighbors = new Set(graph.neighbors(node));
    refreshAround([node]);
  });
  renderer.on("leaveNode", ({ node }) => {
    state.hovered = null;
    state.hoveredNeighbors = new Set();
    refreshAround([node]);
  });
  renderer.on("clickNode", ({ node }) => select(node, false));
  renderer.on("clickStage", () => select(null, false));
  update();
  if (state.selected && graph.hasNode(state.selected)) focus(state.selected);
  status.textContent = `${graph.order} entities · ${graph.size} relations`;
}

/** Re-applies filters after any state change: visibility, legend, panel, URL. */
function update(): void {
  if (!current) return;
  const { graph, renderer } = current;
  visible = computeVisibility(graph, state);
  const present = { entityTypes: new Set(graph.mapNodes((_, a) => a.entityType)), relationTypes: new Set(graph.mapEdges((_, a) => a.relationType)) };
  renderControls(controls, state, present, update);
  renderPanel(panel, graph, state.selected, current.documents, visible.edges, (node) => select(node, true));
  history.replaceState(null, "", `${location.pathname}${location.search}${hashFromState(state)}`);
  // Filters change what the reducers return, never positions: no re-indexing needed.
  renderer.refresh({ skipIndexation: true });
}

function select(node: string | null, centre: boolean): void {
  const previous = state.selected;
  state.selected = node;
  if (state.depth > 0 || !current) update();
  else {
    // Without a neighbourhood view the filters do not depend on the selection: redraw only the two nodes.
    renderPanel(panel, current.graph, state.selected, current.documents, visible.edges, (other) => select(other, true));
    history.replaceState(null, "", `${location.pathname}${location.search}${hashFromState(state)}`);
    refreshSelection([previous, node]);
  }
  if (node && centre) focus(node);
}

function focus(node: string): void {
  const display = current?.renderer.getNodeDisplayData(node);
  if (display) void current!.renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.4 }, { duration: 400 });
}

// Search with keyboard navigation: ↑/↓ move, Enter chooses, Escape closes.
let active = -1;
function showResults(): void {
  results.replaceChildren();
  active = -1;
  for (const hit of current?.search.find(searchInput.value) ?? []) {
    const item = el("li", { attrs: { role: "option", "data-node": hit.node }, onclick: () => choose(hit.node) }, hit.label);
    results.append(item);
  }
}
function choose(node: string): void {
  results.replaceChildren();
  searchInput.value = current?.graph.getNodeAttribute(node, "label") ?? "";
  select(node, true);
}
searchInput.addEventListener("input", showResults);
searchInput.addEventListener("keydown", (event) => {
  const items = [...results.children] as HTMLElement[];
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    if (!items.length) return;
    active = (active + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
    items.forEach((item, i) => item.classList.toggle("active", i === active));
  } else if (event.key === "Enter") {
    const item = items[Math.max(0, active)];
    if (item) choose(item.dataset.node!);
  } else if (event.key === "Escape") {
    results.replaceChildren();
  }
});

layoutButton.addEventListener("click", () => {
  if (!current) return;
  if (current.layout.running) current.layout.stop();
  else current.layout.start();
  layoutButton.textContent = current.layout.running ? "■ stop layout" : "▶ ForceAtlas2";
});
gexfButton.addEventListener("click", () => current && downloadVisibleGexf(current.graph, visible));
pngButton.addEventListener("click", () => current && void downloadPng(current.renderer as unknown as Sigma));

/** A GEXF or graph.json the user opens or drops on the page. */
async function openFile(file: File): Promise<void> {
  const text = await file.text();
  try {
    const loaded = file.name.endsWith(".json") ? graphFromJson(JSON.parse(text)) : graphFromGexf(text);
    state.selected = null;
    show(loaded.graph, loaded.documents);
  } catch (error) {
    status.textContent = `cannot read ${file.name}: ${(error as Error).message}`;
  }
}
fileInput.addEventListener("change", () => fileInput.files?.[0] && void openFile(fileInput.files[0]));
document.addEventListener("dragover", (event) => event.preventDefault());
document.addEventListener("drop", (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});
window.addEventListener("beforeunload", () => current?.layout.kill());

const source = new URLSearchParams(location.search).get("graph") ?? "graph.json";
const loadStart = performance.now();
fetch(source)
  .then((response) => {
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return response.json();
  })
  .then((json) => {
    const loaded = graphFromJson(json);
    timings.loadMs = performance.now() - loadStart;
    show(loaded.graph, loaded.documents);
  })
  .catch((error: Error) => {
    status.textContent = `no graph loaded (${error.message}); open a GEXF or graph.json file`;
  });

// For the browser tests and the benchmark: the live objects.
(window as unknown as { xiezuo: unknown }).xiezuo = {
  get graph() {
    return current?.graph;
  },
  get renderer() {
    return current?.renderer;
  },
  get visible() {
    return visible;
  },
  timings,
  select: (node: string | null) => select(node, false),
};
