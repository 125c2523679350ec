/** The viewer page: loads a graph, shows it with sigma, and wires search, filters, panel, layout and export. */
import type Sigma from "sigma";
import { attachSearchBox } from "./search/box.js";
import { EntitySearch } from "./search/index.js";
import { computeVisibility, type Visibility } from "./filters/visibility.js";
import { renderControls, type GraphSummary } from "./filters/legend.js";
import { downloadText, visibleGexf } from "./export/gexf.js";
import { downloadPng } from "./export/png.js";
import { graphFromJson, type DocumentInfo, type ViewerGraph } from "./graph/load.js";
import { graphFromGexf } from "./graph/gexf.js";
import { createGraphView, type GraphView } from "./graph/renderer.js";
import { LayoutControl } from "./layout/worker.js";
import { renderPanel } from "./panel/index.js";
import { hashFromState, stateFromHash, type ViewState } from "./state.js";
import { buildPage } from "./ui/page.js";
import "./style.css";

const page = buildPage(document.getElementById("app")!);

interface Current extends GraphView {
  graph: ViewerGraph;
  layout: LayoutControl;
  search: EntitySearch;
  documents: DocumentInfo[];
  documentsById: Map<string, DocumentInfo>;
  summary: GraphSummary;
}
let current: Current | null = null;
const state: ViewState = stateFromHash(location.hash);
let visible: Visibility = { nodes: new Set(), edges: new Set() };
/** What the benchmark reads: fetch and parse, sigma's first frame, and when the page was ready (ms since navigation). */
const timings = { loadMs: 0, firstRenderMs: 0, readyAt: 0 };

/** Shows a graph: sigma with reducers for filters and emphasis, the legend, search and panel. */
function show(graph: ViewerGraph, documents: DocumentInfo[]): void {
  current?.layout.kill();
  current?.renderer.kill();
  setLayoutButton(false);
  const dates = graph.reduceEdges((list: string[], _, a) => (a.date ? [...list, a.date] : list), []).sort();
  const summary: GraphSummary = {
    entityTypes: countBy(graph.mapNodes((_, a) => a.entityType)),
    relationTypes: countBy(graph.mapEdges((_, a) => a.relationType)),
    firstDate: dates[0] ?? "",
    lastDate: dates.at(-1) ?? "",
  };
  visible = computeVisibility(graph, state);
  const renderStart = performance.now();
  // sigma draws its first frame inside the constructor.
  const view = createGraphView(graph, page.stage, state, () => visible);
  timings.firstRenderMs = performance.now() - renderStart;
  const search = new EntitySearch(graph);
  current = { ...view, graph, layout: new LayoutControl(graph), search, documents, documentsById: new Map(documents.map((d) => [d.id, d])), summary };
  view.renderer.on("clickNode", ({ node }) => select(node, false));
  view.renderer.on("clickStage", () => select(null, false));
  update();
  if (state.selected && graph.hasNode(state.selected)) focus(state.selected);
  page.status.textContent = `${graph.order} 实体 entities · ${graph.size} 关系 relations · ${documents.length} 篇文章 articles`;
  // Pinyin for every name takes a moment on big graphs: do it while the user looks, not before.
  const idle = window.requestIdleCallback ?? ((work: () => void) => setTimeout(work, 200));
  idle(() => search.prepare());
  timings.readyAt = performance.now();
}

/** How often each value occurs. */
function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Re-applies the filters after any change of state: visibility, legend, panel, URL, picture. */
function update(): void {
  if (!current) return;
  visible = computeVisibility(current.graph, state);
  renderControls(page.controls, state, current.summary, update);
  renderPanel(page.panel, current.graph, state.selected, current.documentsById, visible.edges, (node) => select(node, true));
  writeUrl();
  // Filters change what the reducers return, never positions: no re-indexing needed.
  current.renderer.refresh({ skipIndexation: true });
}

/** Selects a node (or nothing), optionally moving the camera to it. */
function select(node: string | null, centre: boolean): void {
  if (!current) return;
  const previous = state.selected;
  state.selected = node;
  if (state.depth > 0) update();
  else {
    // Without a neighbourhood view the filters do not depend on the selection: redraw only around the two nodes.
    renderPanel(page.panel, current.graph, state.selected, current.documentsById, visible.edges, (other) => select(other, true));
    writeUrl();
    current.refreshAround([previous, node]);
  }
  if (node && centre) focus(node);
}

/** Centres the camera on a node, zoomed in. */
function focus(node: string): void {
  const display = current?.renderer.getNodeDisplayData(node);
  if (display) void current!.renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.4 }, { duration: 400 });
}

/** Keeps selection and filters in the hash (shareable, survives reload); `?graph=` stays in the query. */
function writeUrl(): void {
  const hash = hashFromState(state);
  if (hash !== location.hash && !(hash === "" && location.hash === "#")) history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
}

// A pasted or edited URL on the same page changes only the hash: apply it.
window.addEventListener("hashchange", () => {
  Object.assign(state, stateFromHash(location.hash), { hovered: state.hovered, hoveredNeighbors: state.hoveredNeighbors });
  update();
  if (state.selected && current?.graph.hasNode(state.selected)) focus(state.selected);
});

attachSearchBox(page.searchInput, page.results, {
  find: (query) => current?.search.find(query) ?? [],
  choose: (hit) => select(hit.node, true),
});

function setLayoutButton(running: boolean): void {
  page.layoutButton.textContent = running ? "■ 停止 stop" : "▶ 布局 layout";
  page.layoutButton.setAttribute("aria-pressed", String(running));
}
page.layoutButton.addEventListener("click", () => {
  if (!current) return;
  if (current.layout.running) current.layout.stop();
  else current.layout.start();
  setLayoutButton(current.layout.running);
});
page.gexfButton.addEventListener("click", () => {
  if (current) downloadText(visibleGexf(current.graph, visible, current.documents), "xiezuo-view.gexf", "application/xml");
});
page.pngButton.addEventListener("click", () => {
  if (current) void downloadPng(current.renderer as unknown as Sigma);
});

/** A GEXF or graph.json the user opens or drops on the page. */
async function openFile(file: File): Promise<void> {
  try {
    const text = await file.text();
    const loaded = /\.json$/i.test(file.name) || text.trimStart().startsWith("{") ? graphFromJson(JSON.parse(text)) : graphFromGexf(text);
    state.selected = null;
    show(loaded.graph, loaded.documents);
  } catch (error) {
    page.status.textContent = `无法读取 cannot read ${file.name}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
page.fileInput.addEventListener("change", () => {
  const file = page.fileInput.files?.[0];
  if (file) void openFile(file);
});
document.addEventListener("dragover", (event) => {
  event.preventDefault();
  document.body.classList.add("dragging");
});
document.addEventListener("dragleave", () => document.body.classList.remove("dragging"));
document.addEventListener("drop", (event) => {
  event.preventDefault();
  document.body.classList.remove("dragging");
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});
// The layout worker must not outlive the page.
window.addEventListener("pagehide", () => current?.layout.kill());

const source = new URLSearchParams(location.search).get("graph") ?? "graph.json";
const loadStart = performance.now();
fetch(source)
  .then((response) => {
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return response.text();
  })
  .then((text) => {
    const loaded = /\.gexf$/i.test(new URL(source, location.href).pathname) ? graphFromGexf(text) : graphFromJson(JSON.parse(text));
    timings.loadMs = performance.now() - loadStart;
    show(loaded.graph, loaded.documents);
  })
  .catch((error: Error) => {
    page.status.textContent = `未加载图 no graph loaded (${error.message}); 打开 open a GEXF or graph.json file`;
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
