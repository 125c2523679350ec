/** The viewer page: loads a graph, shows it with sigma, and wires search, filters, panel, layout and export. */
import Graph from "graphology";
import type Sigma from "sigma";
import { foldParents } from "@xiezuo/graph/fold";
import { attachSearchBox } from "./search/box.js";
import { EntitySearch, normalizeQuery } from "./search/index.js";
import { fillPinyin } from "./search/pinyinWorker.js";
import { computeVisibility, edgesOf, visibilitySteps, type RelationWalk, type Visibility } from "./filters/visibility.js";
import { renderControls, type GraphSummary } from "./filters/legend.js";
import { downloadText, visibleGexf } from "./export/gexf.js";
import { downloadPng } from "./export/png.js";
import type { PendingEdges } from "./graph/compact.js";
import { EvidenceStore } from "./graph/details.js";
import type { DocumentInfo, ViewerGraph } from "./graph/load.js";
import type { FetchReply, FetchRequest } from "./graph/fetch.worker.js";
import { openGraphText, openParsedSteps, type OpenedGraph } from "./graph/open.js";
import { createGraphView, type GraphView } from "./graph/renderer.js";
import type { LiftedEdge } from "./graph/hoverLayer.js";
import { separateDiscs } from "./layout/separate.js";
import { LayoutControl } from "./layout/worker.js";
import { displayFromOverview, displayGraph, displayGraphSteps, displayVisibility, displayVisibilitySteps, FoldTree, OVERVIEW_FROM, refoldUnder, type DisplayChange, type DisplayEdgeData, type DisplayGraph, type DisplayNodeData } from "./lod/display.js";
import { applyInBatch, syncGraph } from "./lod/sync.js";
import { syncScreen } from "./lod/screen.js";
import { renderPanel } from "./panel/index.js";
import { hashFromState, stateFromHash, type ViewState } from "./state.js";
import { el } from "./ui/dom.js";
import { buildPage } from "./ui/page.js";
import { dateSpan } from "./util/dates.js";
import { runNow, runSliced, type Steps } from "./util/steps.js";
import "./style.css";

const page = buildPage(document.getElementById("app")!);
// The status stays one line (style.css): its whole text shows when the pointer rests on it.
new MutationObserver(() => (page.status.title = page.status.textContent ?? "")).observe(page.status, { childList: true, characterData: true, subtree: true });

/** The overview of a big graph: the fold tree, which drawn node each entity stands under, and the drawn graph. */
interface Overview {
  tree: FoldTree;
  rep: Map<string, string>;
  display: DisplayGraph;
}

interface Current extends GraphView {
  /** Every entity and relation (search, panel, filters and export read this). */
  graph: ViewerGraph;
  /** The relations of a big compact file not yet in `graph` (they go in after the first frame, or when first needed). */
  pending: PendingEdges | null;
  /** What is drawn: the graph itself, or on a big graph its overview. */
  drawn: ViewerGraph;
  /** Sigma's graph: `drawn`, or on an overview its nodes and the edges shown now (lod/screen.ts). */
  screen: ViewerGraph;
  overview: Overview | null;
  layout: LayoutControl;
  search: EntitySearch;
  /** Stops the pinyin still being worked out for `search`. */
  stopPinyin: () => void;
  documents: DocumentInfo[];
  documentsById: Map<string, DocumentInfo>;
  summary: GraphSummary;
  evidence: EvidenceStore | null;
}
let current: Current | null = null;
/** A big build's overview.json on screen while its viewer.json is fetched and read (then `show` takes its renderer over). */
interface Preview extends GraphView {
  drawn: DisplayGraph;
  /** A node clicked before the whole graph was in: opened once it is. */
  clicked: string | null;
}
let preview: Preview | null = null;
/** Counts graphs the user opened: a build's fetch still under way must not replace one. */
let opens = 0;
const state: ViewState = stateFromHash(location.hash);
/** What the filters let through in the whole graph, and in what sigma draws (the same unless on an overview). */
let filtered: Visibility = { nodes: new Set(), edges: new Set() };
let visible: Visibility & { folded?: Map<string, number>; quiet?: Set<string> } = filtered;
/** What `filtered` was computed for on an overview (filters and graph), so clicks need not recompute it. */
let filteredKey = "";
let filteredGraph: ViewerGraph | null = null;
/**
 * What the benchmark reads, ms since navigation (…At) or for a step (…Ms): overview.json fetched,
 * the graph fetched, parsed and checked, overview and filters, sigma's first frame, first frame
 * with labels, ready (the whole graph in), pinyin of every name in the search index; the bytes of the
 * graph file fetched in a worker (the page's resource timing does not list it).
 */
const timings = { graphBytes: 0, pinyinAt: 0, overviewAt: 0, fetchedAt: 0, loadMs: 0, prepareMs: 0, firstRenderMs: 0, labelsAt: 0, readyAt: 0, edgesMs: 0 };

/** Runs steps of long work (util/steps.ts): at once, or in slices that let input and frames through. */
type Run = <T>(steps: Steps<T>) => Promise<T>;
const atOnce: Run = (steps) => Promise.resolve(runNow(steps));
const inSlices: Run = (steps) => runSliced(steps);
/** Counts calls of `show`: a graph prepared in slices is dropped when another came meanwhile. */
let showing = 0;

/**
 * Shows a graph: sigma with reducers for filters and emphasis, the legend, search and panel; a big
 * graph on its overview. The long part (relations into the graph, the overview, filters, search
 * names) runs through `run`: in slices while overview.json's picture is on the screen, so that
 * hover and clicks on it go on; what follows is one short step that puts it all on the screen.
 */
async function show(opened: OpenedGraph, base: URL, run: Run = atOnce): Promise<void> {
  const ticket = ++showing;
  const { graph, documents } = opened;
  const pending = opened.pending ?? null;
  const relations: RelationWalk = pending ? () => pending.entries() : edgesOf(graph);
  const relationCount = pending?.count ?? graph.size;
  const big = graph.order >= OVERVIEW_FROM;
  const prepareStart = performance.now();
  const summary = await run(summarySteps(graph, relations));
  // Only an overview from the file's folds is drawn without the graph's own edges, and only while nothing is
  // selected; and only for a first frame: with overview.json's already on the screen, the relations go in now.
  if (pending && (!big || preview || state.selected || !graph.someNode((_, a) => a.fold !== null))) {
    const start = performance.now();
    await run(pending.addSteps());
    timings.edgesMs = performance.now() - start;
  }
  const overview = big ? await run(overviewSteps(graph, relations)) : null;
  // The whole graph's filters (on an overview they depend on types, degree and dates only).
  const prepared = overview ? { key: filterKey(), visibility: await run(visibilitySteps(graph, { ...state, depth: 0 }, pending?.added === false ? relations : undefined)) } : null;
  // And what the overview shows of it (which edges are in view or quiet): 15,000 edges to weigh, in slices too.
  const shown = overview && prepared ? { visibility: await run(displayVisibilitySteps(overview.display, prepared.visibility, overview.rep, state)), state: hashFromState(state) } : null;
  // A build's viewer.json has the pinyin of every name: the index takes it as it is, no worker needed.
  const search = new EntitySearch(graph, opened.pinyin ?? null);
  await run(search.indexSteps());
  if (ticket !== showing) return;

  // From here on, one step: the new graph takes the screen.
  current?.layout.kill();
  current?.renderer.kill();
  current?.stopPinyin();
  // The overview drawn from overview.json becomes this graph's overview: same renderer, its graph brought up to date.
  const reuse = big ? preview : null;
  if (!reuse) preview?.renderer.kill();
  else for (const event of ["clickNode", "clickStage"] as const) reuse.renderer.removeAllListeners(event);
  const clicked = reuse?.clicked ?? null;
  preview = null;
  setLayoutButton(false);
  if (prepared) [filtered, filteredKey, filteredGraph] = [prepared.visibility, prepared.key, graph];
  // On an overview sigma draws `screen`: overview.json's picture becomes it, brought up to date with the shown edges only.
  const screen: DisplayGraph | null = overview ? (reuse?.drawn ?? new Graph<DisplayNodeData, DisplayEdgeData>({ multi: true, type: "directed", allowSelfLoops: false })) : null;
  if (reuse && overview && screen) {
    applyInBatch(reuse.renderer, () => {
      // Positions as sigma has them.
      overview.display.forEachNode((node, a) => {
        if (screen.hasNode(node)) [a.x, a.y] = [screen.getNodeAttribute(node, "x"), screen.getNodeAttribute(node, "y")];
      });
      screen.replaceAttributes(overview.display.getAttributes());
      // Visibility of the drawn graph, before the scheduled frame reads it.
      showVisible(graph, overview, shown, pending?.added === false ? relations : undefined);
      return syncScreen(screen, overview.display, inView);
      // The picture is overview.json's (the browser test checks they agree): only what looks different is drawn again.
    }, true);
    reuse.fit(overview.display);
  } else {
    showVisible(graph, overview, shown, pending?.added === false ? relations : undefined);
    if (overview && screen) syncScreen(screen, overview.display, inView);
  }
  const drawn = (overview?.display ?? graph) as ViewerGraph;
  const sigmaGraph = (screen ?? graph) as ViewerGraph;
  // A graph that opens whole is drawn as laid out: discs on one another are pushed apart first.
  if (!overview && !reuse) separateDiscs(graph, state.sizeBy, { width: page.stage.clientWidth, height: page.stage.clientHeight });
  const renderStart = performance.now();
  timings.prepareMs = renderStart - prepareStart;
  // sigma draws its first frame inside the constructor.
  const view = reuse ?? createGraphView(sigmaGraph, page.stage, state, () => visible, (node) => visible.folded?.get(node) ?? 0, overview !== null, drawn, overview ? liftedAtHover : undefined);
  if (!reuse) {
    timings.firstRenderMs = performance.now() - renderStart;
    whenLabelled(view);
  }
  const documentsById = new Map(documents.map((d) => [d.id, d]));
  current = {
    ...view, graph, pending, drawn, screen: sigmaGraph, overview, layout: new LayoutControl(sigmaGraph), search, documents, documentsById, summary,
    // Else in a worker: a query in Latin letters meanwhile matches names only, and is asked again when pinyin is in.
    stopPinyin: search.pinyinReady
      ? ((timings.pinyinAt = performance.now()), () => {})
      : fillPinyin(search, () => {
          timings.pinyinAt = performance.now();
          if (current?.search === search && /^[a-z]+$/.test(normalizeQuery(page.searchInput.value))) page.searchInput.dispatchEvent(new Event("input"));
        }),
    evidence: opened.shards > 0 ? new EvidenceStore(graph, base, documentsById) : null,
  };
  view.renderer.on("clickNode", ({ node }) => select(node, false, true));
  // A node the pointer rests on is likely to be clicked: its shard is fetched then, so the click finds it there.
  let resting = 0;
  view.renderer.on("enterNode", ({ node }) => {
    clearTimeout(resting);
    resting = window.setTimeout(() => prefetchEvidence(node), PREFETCH_AFTER_MS);
  });
  view.renderer.on("leaveNode", () => clearTimeout(resting));
  view.renderer.on("clickStage", () => select(null, false));
  // sigma has just drawn with these filters: the rest of the page follows without a second pass over the graph.
  updatePage();
  if (state.selected && graph.hasNode(state.selected)) {
    focus(state.selected);
    loadEvidence(state.selected);
  } else if (clicked && graph.hasNode(clicked)) select(clicked, false, true);
  page.status.classList.remove("error");
  page.status.textContent = `${graph.order} 实体 entities · ${relationCount} 关系 relations · ${opened.articles} 篇文章 articles${overview ? ` · 概览 overview: ${drawn.order} shown, click to expand` : ""}`;
  // The relations go into the graph just after the first frame is on the screen, in slices (anything that needs them first puts the rest in at once).
  if (pending && !pending.added) requestAnimationFrame(() => setTimeout(() => current?.pending === pending && void runSliced(pending.addSteps()), 0));
  timings.readyAt = performance.now();
}

/** What the legend counts: entities and relations by type, and the first and last date. One pass, no sorting. */
function* summarySteps(graph: ViewerGraph, relations: RelationWalk): Steps<GraphSummary> {
  const summary: GraphSummary = { entityTypes: new Map(), relationTypes: new Map(), firstDate: "", lastDate: "" };
  let count = 0;
  for (const { attributes: a } of graph.nodeEntries()) {
    if ((++count & 255) === 0) yield;
    summary.entityTypes.set(a.entityType, (summary.entityTypes.get(a.entityType) ?? 0) + 1);
  }
  for (const { attributes: a } of relations()) {
    if ((++count & 255) === 0) yield;
    summary.relationTypes.set(a.relationType, (summary.relationTypes.get(a.relationType) ?? 0) + 1);
    for (const d of a.dates) {
      // The date inputs take days: a year or a month counts from its first to its last.
      const [first, last] = dateSpan(d);
      if (!summary.firstDate || first < summary.firstDate) summary.firstDate = first;
      if (last > summary.lastDate) summary.lastDate = last;
    }
  }
  return summary;
}

/** The filters an overview's whole-graph visibility depends on, as a key. */
function filterKey(): string {
  return JSON.stringify([[...state.hiddenEntityTypes].sort(), [...state.hiddenRelationTypes].sort(), state.minDegree, state.dateFrom, state.dateTo]);
}

/** Notes in `timings` when the first frame with labels is on the screen. */
function whenLabelled(view: GraphView): void {
  // The first frame's labels are placed by now; the page shows them when this task ends, just after the next animation frame callback.
  requestAnimationFrame(() => (timings.labelsAt ||= view.labels.boxes.length ? performance.now() : 0));
  view.renderer.once("afterRender", () => (timings.labelsAt ||= performance.now()));
}

/**
 * Draws a big build's overview.json (a few hundred places, tens of kilobytes) while viewer.json
 * is on its way: the map is on the screen in a second, hover works on it, a click is kept and
 * opened once the whole graph is in.
 */
function showPreview(opened: OpenedGraph & { overview: NonNullable<OpenedGraph["overview"]> }): void {
  const start = performance.now();
  const drawn = displayFromOverview(opened.graph, opened.overview.folded);
  const all = { nodes: new Set(drawn.nodes()), edges: new Set(drawn.edges()) };
  // The same picture `show` draws from the whole graph: each place's heaviest ties, the counts of what it holds.
  visible = { ...displayVisibility(drawn, all, new Map(drawn.mapNodes((node) => [node, node])), state), folded: opened.overview.folded };
  // Sized for the overview the whole graph will give (its quiet ties too), so that picture and hover do not change when it comes.
  const expected = { order: drawn.order, size: opened.overview.drawnRelations || drawn.size };
  const view = createGraphView(drawn as unknown as ViewerGraph, page.stage, state, () => visible, (node) => visible.folded?.get(node) ?? 0, true, expected, liftedAtHover);
  timings.firstRenderMs = performance.now() - start;
  whenLabelled(view);
  const shown: Preview = { ...view, drawn, clicked: null };
  preview = shown;
  view.renderer.on("clickNode", ({ node }) => {
    shown.clicked = node;
    page.panel.replaceChildren(el("h2", {}, drawn.getNodeAttribute(node, "label")), el("p", { className: "hint" }, "正在读取全图 reading the whole graph…"));
  });
  view.renderer.on("clickStage", () => (shown.clicked = null));
  page.status.classList.remove("error");
  page.status.textContent = `${opened.overview.entities} 实体 entities · ${opened.overview.relations} 关系 relations · ${opened.articles} 篇文章 articles · 概览 overview: ${drawn.order} shown · 正在读取全图 reading the whole graph…`;
}

/** Makes sure the relations of the graph are in it (the panel, refolds, filters and export read them). */
function edgesIn(): void {
  if (!current?.pending || current.pending.added) return;
  const start = performance.now();
  current.pending.addAll();
  timings.edgesMs = performance.now() - start;
}

/** The fold tree of a big graph (from the file, or worked out here when the file has none) and its first overview. */
function* overviewSteps(graph: ViewerGraph, relations: RelationWalk): Steps<Overview> {
  if (!graph.someNode((_, a) => a.fold !== null)) {
    const parents = foldParents(graph, { nodeType: (a) => String(a.entityType), edgeType: (a) => String(a.relationType) });
    for (const [node, parent] of parents) graph.setNodeAttribute(node, "fold", parent);
  }
  const tree = new FoldTree(graph);
  for (const node of [...state.expanded]) if (!graph.hasNode(node)) state.expanded.delete(node);
  if (state.selected && graph.hasNode(state.selected)) for (const above of tree.ancestors(state.selected)) state.expanded.add(above);
  const rep = yield* tree.representativeSteps(state.expanded);
  return { tree, rep, display: yield* displayGraphSteps(graph, rep, tree, relations) };
}

/** Whether an edge of the overview is in sigma's graph: in view (quiet ones, left out to keep the map readable, are lifted on hover only). */
const inView = (edge: string): boolean => visible.edges.has(edge);

/**
 * The relations a hovered node of an overview lifts onto the hover layer (graph/hoverLayer.ts):
 * those in view and its quiet ones, from the drawn graph (the whole overview's, or overview.json's while it loads).
 */
function liftedAtHover(node: string): LiftedEdge[] {
  const drawn = current ? current.overview?.display : preview?.drawn;
  const lifted: LiftedEdge[] = [];
  if (!drawn?.hasNode(node)) return lifted;
  drawn.forEachEdge(node, (edge, a, source, target) => {
    if (visible.edges.has(edge) || visible.quiet?.has(edge)) lifted.push({ edge, source, target, color: a.color, size: a.size });
  });
  return lifted;
}

/** Draws what the expanded set now asks for, keeping the positions of nodes already drawn (rebuilds the overview: for a changed URL). */
function refold(): void {
  if (!current?.overview) return;
  edgesIn();
  const { overview } = current;
  applyInBatch(current.renderer, () => {
    overview.rep = overview.tree.representatives(state.expanded);
    syncGraph(overview.display, displayGraph(current!.graph, overview.rep, overview.tree));
    computeVisible(current!.graph, overview);
    return syncScreen(current!.screen as DisplayGraph, overview.display, inView);
  });
}

/**
 * Draws what changed below some nodes just expanded or collapsed: only their entities and
 * relations are touched, in the drawn graph and in sigma. `around` are nodes whose look
 * depends on the selection (the one before and the new one), redrawn too.
 */
function refoldAround(roots: string[], around: (string | null)[]): DisplayChange | null {
  if (!current?.overview) return null;
  edgesIn();
  const { overview, graph } = current;
  const screen = current.screen as DisplayGraph;
  return applyInBatch(current.renderer, () => {
    const refolded = refoldUnder(overview.display, graph, overview.tree, overview.rep, state.expanded, roots);
    computeVisible(graph, overview);
    const change = syncScreen(screen, overview.display, inView);
    const nodes = new Set([...refolded.nodes, ...change.nodes].filter((node) => screen.hasNode(node)));
    const edges = new Set(change.edges);
    // Which relations of a node are its heaviest (drawn, not quiet) changes with its edges: redraw all of theirs.
    for (const node of nodes) screen.forEachEdge(node, (edge) => void edges.add(edge));
    for (const node of around) {
      if (!node || !screen.hasNode(node)) continue;
      nodes.add(node);
      // An opened node's entities are named while it is selected (nodeReducer): they change with the selection.
      for (const child of overview.tree.children.get(node) ?? []) if (screen.hasNode(child)) nodes.add(child);
    }
    return { ...change, nodes: [...nodes], edges: [...edges] };
  });
}

/** The visibility worked out in slices before a graph is shown, when the state it was worked out for is still the state; else it is worked out now. */
function showVisible(graph: ViewerGraph, overview: Overview | null, shown: { visibility: Visibility & { folded: Map<string, number>; quiet: Set<string> }; state: string } | null, relations?: RelationWalk): void {
  if (overview && shown && shown.state === hashFromState(state) && filteredGraph === graph && filteredKey === filterKey()) visible = shown.visibility;
  else computeVisible(graph, overview, relations);
}

/** Applies the filters to the whole graph, and on an overview to what is drawn. */
function computeVisible(graph: ViewerGraph, overview: Overview | null, relations?: RelationWalk): void {
  if (!overview) {
    visible = filtered = computeVisibility(graph, state);
    return;
  }
  // On an overview the neighbourhood is taken among drawn nodes (the places around a place), so the
  // whole graph's filters depend on types, degree and dates only: kept until one of them changes.
  const key = filterKey();
  if (key !== filteredKey || graph !== filteredGraph) filtered = computeVisibility(graph, { ...state, depth: 0 }, relations);
  [filteredKey, filteredGraph] = [key, graph];
  visible = displayVisibility(overview.display, filtered, overview.rep, state);
}

/** Re-applies the filters after any change of state: visibility, legend, panel, URL, picture. */
function update(): void {
  if (!current) return;
  edgesIn();
  const { overview } = current;
  // On an overview the filters change which edges are shown, so which are in sigma's graph.
  if (overview) applyInBatch(current.renderer, () => (computeVisible(current!.graph, overview), syncScreen(current!.screen as DisplayGraph, overview.display, inView)));
  else computeVisible(current.graph, null);
  updatePage();
  // Filters change what the reducers return, never positions: no re-indexing needed.
  current.renderer.refresh({ skipIndexation: !overview });
}

/** The parts of the page around the picture: legend and filters, panel, URL. */
function updatePage(): void {
  if (!current) return;
  renderControls(page.controls, state, current.summary, update);
  showPanel();
  writeUrl();
}

/** The panel of the selection, with what folds into it on an overview. */
function showPanel(): void {
  if (!current) return;
  if (state.selected) edgesIn();
  const { graph, overview } = current;
  const node = state.selected;
  const members = node && overview ? [...(overview.tree.children.get(node) ?? [])].sort((a, b) => graph.degree(b) - graph.degree(a)) : [];
  const fold = node && overview ? { members, expanded: state.expanded.has(node), toggle: () => toggle(node) } : undefined;
  renderPanel(page.panel, graph, node, current.documentsById, filtered.edges, (other) => select(other, true), fold);
}

/** Opens or closes a node of the overview. */
function toggle(node: string): void {
  if (state.expanded.has(node)) state.expanded.delete(node);
  else state.expanded.add(node);
  showPanel();
  writeUrl();
  refoldAround([node], [node]);
  if (state.depth > 0) update();
  else refreshEmphasis();
}

/** On an overview, which edges are faint depends on the opened selection: every edge (not node: their positions stay as sigma has them) is reduced again, drawn in the next frame. */
function refreshEmphasis(): void {
  if (current?.overview) current.renderer.refresh({ partialGraph: { edges: current.screen.edges() }, schedule: true });
}

/**
 * Selects a node (or nothing), optionally moving the camera to it. On an overview the nodes
 * above it open so that it is drawn, and a click (`open`) also opens what is folded into it.
 * What the user asked for comes first: the node's evidence shard is requested, the panel is
 * written and put on the screen with its evidence; the picture (refold, highlight, camera)
 * follows after that frame.
 */
function select(node: string | null, centre: boolean, open = false): void {
  if (!current) return;
  edgesIn();
  const previous = state.selected;
  state.selected = node;
  // The request goes out before anything is drawn: a frame in software WebGL takes the CPU the fetch needs.
  const evidence = node ? loadEvidence(node) : null;
  const overview = current.overview;
  let roots: string[] | null = null;
  let opening = false;
  if (overview && node && current.graph.hasNode(node)) {
    const hidden = overview.rep.get(node) !== node;
    opening = open && overview.tree.children.has(node) && !state.expanded.has(node);
    if (hidden || opening) {
      roots = overview.tree.ancestors(node).filter((above) => !state.expanded.has(above));
      for (const above of roots) state.expanded.add(above);
      if (opening) (state.expanded.add(node), roots.push(node));
    }
  }
  // Without an overview a neighbourhood view depends on the selection, and so does what the panel lists: filters first.
  if (state.depth > 0 && !overview) computeVisible(current.graph, null);
  showPanel();
  writeUrl();
  const shown = current;
  const redraw = () => {
    if (current !== shown) return;
    if (roots) refoldAround(roots, [previous, node]);
    if (state.depth > 0) update();
    // Leaving or reaching an opened node changes which edges are faint: all of them are redrawn then.
    else if (roots || (overview && [previous, node].some((n) => n !== null && state.expanded.has(n)))) refreshEmphasis();
    // Without a neighbourhood view the filters do not depend on the selection: redraw only around the two nodes.
    else current.refreshAround([previous, node]);
    // Opening a node zooms to it: what was folded in is drawn around it.
    if (node && state.selected === node && (centre || opening)) focus(node);
  };
  afterPanel(evidence, redraw);
}

/**
 * Runs `redraw` once the panel (with its evidence, when a shard is on its way: at most
 * EVIDENCE_FIRST_MS later) has been put on the screen: in the task after the next frame, so
 * that a long frame of the picture never holds the panel back.
 */
function afterPanel(evidence: Promise<void> | null, redraw: () => void): void {
  const later = () => requestAnimationFrame(() => setTimeout(redraw, 0));
  if (evidence) void Promise.race([evidence, new Promise((done) => setTimeout(done, EVIDENCE_FIRST_MS))]).then(later);
  else later();
}

/** How long the pointer rests on a node before its evidence shard is fetched. */
const PREFETCH_AFTER_MS = 150;

/** Fetches a node's shard ahead of a click (cached; a failure is left for the click to report). */
function prefetchEvidence(node: string): void {
  const store = current?.evidence;
  if (!store || !current!.graph.hasNode(node) || store.ready(node)) return;
  edgesIn();
  store.load(node).catch(() => {});
}

/** How long a click's refold waits for the evidence to be in the panel, at most. */
const EVIDENCE_FIRST_MS = 1000;

/**
 * Fetches the evidence of a node when it lives in a shard, then shows it if the node is still
 * selected. Resolves (never rejects) once the panel shows it or says it is unavailable; null when
 * there is nothing to fetch.
 */
function loadEvidence(node: string): Promise<void> | null {
  const store = current?.evidence;
  if (!store || !current!.graph.hasNode(node) || store.ready(node)) return null;
  // Shards index relations by their place in the graph's edges.
  edgesIn();
  return store.load(node).then(
    () => void (state.selected === node && showPanel()),
    (error: Error) => {
      if (state.selected !== node) return;
      showPanel();
      page.panel.append(Object.assign(document.createElement("p"), { className: "hint error", textContent: `证据不可用 evidence unavailable: ${error.message}` }));
    },
  );
}

/** Centres the camera on a node, zoomed in (an opened node of an overview: until what it holds stands apart). */
function focus(node: string): void {
  if (!current) return;
  const display = current.renderer.getNodeDisplayData(node);
  if (display) void current.renderer.getCamera().animate({ x: display.x, y: display.y, ratio: current.overview ? openedZoom(node) : 0.4 }, { duration: 400 });
}

/** Pixels from one entity of an opened node's sunflower to the next, at least, once the camera is there. */
const SUNFLOWER_SPACING = 16;

/**
 * The camera ratio at which the entities around an opened node stand apart: its sunflower
 * (lod/display.ts) keeps to the node's room, so a node holding hundreds packs them tight, and the
 * camera goes nearer. Sigma's discs grow as 1/√ratio when zooming in, its picture as 1/ratio,
 * and the graph's longer side spans the stage's shorter one at ratio 1. 0.25 for a node opened
 * with little inside, at most 20 times nearer (past that the map around is lost).
 */
function openedZoom(node: string): number {
  const overview = current?.overview;
  if (!current || !overview || !state.expanded.has(node)) return 0.25;
  const screen = current.screen;
  const centre = screen.getNodeAttributes(node);
  const children = (overview.tree.children.get(node) ?? []).filter((child) => screen.hasNode(child));
  if (!children.length) return 0.25;
  let [minX, maxX, minY, maxY, reach] = [Infinity, -Infinity, Infinity, -Infinity, 0];
  screen.forEachNode((_node, a) => void ([minX, maxX, minY, maxY] = [Math.min(minX, a.x), Math.max(maxX, a.x), Math.min(minY, a.y), Math.max(maxY, a.y)]));
  for (const child of children) {
    const a = screen.getNodeAttributes(child);
    reach = Math.max(reach, Math.hypot(a.x - centre.x, a.y - centre.y));
  }
  const { width, height } = current.renderer.getDimensions();
  // The spacing of the sunflower at ratio 1, in pixels: its reach over √n, on a picture of the stage's shorter side.
  const spacing = (reach / Math.sqrt(children.length) / Math.max(maxX - minX, maxY - minY, 1e-9)) * (Math.min(width, height) - 60);
  // spacing / ratio ≥ SUNFLOWER_SPACING / √ratio.
  return Math.min(0.25, Math.max(0.05, (spacing / SUNFLOWER_SPACING) ** 2));
}

/** Keeps selection and filters in the hash (shareable, survives reload); `?graph=` stays in the query. */
function writeUrl(): void {
  const hash = hashFromState(state);
  if (hash !== location.hash && !(hash === "" && location.hash === "#")) history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
}

// A pasted or edited URL on the same page changes only the hash: apply it.
window.addEventListener("hashchange", () => {
  Object.assign(state, stateFromHash(location.hash), { hovered: state.hovered, hoveredNeighbors: state.hoveredNeighbors });
  if (current?.overview && state.selected && current.graph.hasNode(state.selected))
    for (const above of current.overview.tree.ancestors(state.selected)) state.expanded.add(above);
  refold();
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
  edgesIn();
  if (current) downloadText(visibleGexf(current.graph, filtered, current.documents), "xiezuo-view.gexf", "application/xml");
});
page.pngButton.addEventListener("click", () => {
  if (current) void downloadPng(current.renderer as unknown as Sigma);
});

/** Says on the page why a graph could not be shown (the message is text, never markup). */
function showError(name: string, error: unknown): void {
  page.status.classList.add("error");
  page.status.textContent = `无法读取 cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`;
}

/** A GEXF, graph.json or viewer.json the user opens or drops on the page. */
async function openFile(file: File): Promise<void> {
  try {
    const opened = openGraphText(await file.text(), file.name, { deferEdges: true });
    opens++;
    preview?.renderer.kill();
    preview = null;
    state.selected = null;
    state.expanded.clear();
    await show(opened, new URL(location.href));
  } catch (error) {
    showError(file.name, error);
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

/** A graph file as fetched: parsed already (a compact file, read in the worker), or its text. */
type Fetched = { json: unknown; source: string } | { text: string; source: string };

/** The graph of a build folder: the compact viewer.json when the build wrote one, else graph.json; `?graph=URL` when given. */
async function fetchGraph(): Promise<Fetched> {
  const asked = new URLSearchParams(location.search).get("graph");
  for (const source of asked ? [asked] : ["viewer.json", "graph.json"]) {
    const fetched = await fetchInWorker(new URL(source, location.href).href).catch(() => fetchHere(source));
    if ("status" in fetched && fetched.status !== 200) {
      if (asked || fetched.status !== 404) throw new Error(`${source}: HTTP ${fetched.status}`);
      continue;
    }
    return { ...fetched, source } as Fetched;
  }
  throw new Error("graph.json: HTTP 404");
}

/** Fetches and parses a graph file in a worker (graph/fetch.worker.ts); rejects when no worker can do it. */
function fetchInWorker(url: string): Promise<{ json: unknown } | { text: string } | { status: number }> {
  return new Promise((done, fail) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./graph/fetch.worker.ts", import.meta.url), { type: "module" });
    } catch (error) {
      return fail(error);
    }
    worker.onerror = (event) => (event.preventDefault(), worker.terminate(), fail(new Error(event.message)));
    worker.onmessage = (event: MessageEvent<FetchReply>) => {
      worker.terminate();
      const reply = event.data;
      if ("error" in reply) return fail(new Error(reply.error));
      if (reply.status !== 200) return done({ status: reply.status });
      timings.fetchedAt = reply.fetchedAt - performance.timeOrigin;
      timings.graphBytes = reply.transferred ?? 0;
      done(reply.json !== undefined ? { json: reply.json } : { text: new TextDecoder().decode(reply.bytes) });
    };
    worker.postMessage({ url } satisfies FetchRequest);
  });
}

/** The same on the page's own thread, where no worker runs. */
async function fetchHere(source: string): Promise<{ text: string } | { status: number }> {
  const response = await fetch(source);
  if (!response.ok) return { status: response.status };
  const text = await response.text();
  timings.fetchedAt = performance.now();
  timings.graphBytes = Number(response.headers.get("content-length")) || text.length;
  return { text };
}

/**
 * A big build's overview.json, drawn first, when the page opens on its build folder's default view
 * (no `?graph=`, nothing selected, opened or filtered in the URL). Any failure only means no preview.
 */
async function fetchPreview(): Promise<void> {
  // Its picture is the unfiltered overview: a URL with a selection, opened nodes or filters waits for the whole graph.
  if (new URLSearchParams(location.search).has("graph") || hashFromState({ ...state, sizeBy: "pagerank" }) !== "") return;
  try {
    const response = await fetch("overview.json");
    if (!response.ok) return;
    const text = await response.text();
    timings.overviewAt = performance.now();
    const opened = openGraphText(text, "overview.json");
    if (opened.overview && opened.overview.entities >= OVERVIEW_FROM && !current) {
      showPreview(opened as OpenedGraph & { overview: NonNullable<OpenedGraph["overview"]> });
      // The first frame goes on the screen before the big fetch starts.
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    }
  } catch (error) {
    console.warn(`overview.json: ${error instanceof Error ? error.message : String(error)}; reading viewer.json`);
  }
}

const opensAtStart = opens;
fetchPreview()
  .then(fetchGraph)
  .then(async (fetched) => {
    // A graph the user opened meanwhile stays.
    if (opens !== opensAtStart) return;
    const { source } = fetched;
    let opened: OpenedGraph;
    try {
      // The relations of a big file go into the graph after its overview's first frame. Read in
      // slices: the first picture (overview.json's) answers hover and clicks meanwhile.
      const options = { deferEdges: true };
      opened = "json" in fetched ? await runSliced(openParsedSteps(fetched.json, options)) : openGraphText(fetched.text, new URL(source, location.href).pathname, options);
    } catch (error) {
      showError(source, error);
      return;
    }
    if (opens !== opensAtStart) return;
    timings.loadMs = performance.now() - timings.fetchedAt;
    await show(opened, new URL(source, location.href), inSlices);
  })
  .catch((error: Error) => {
    page.status.textContent = `未加载图 no graph loaded (${error.message}); 打开 open a GEXF or graph.json file`;
  });

// For the browser tests and the benchmark: the live objects.
(window as unknown as { xiezuo: unknown }).xiezuo = {
  get graph() {
    // Callers read relations too: they are in the graph from here on.
    edgesIn();
    return current?.graph;
  },
  get drawn() {
    return current?.drawn;
  },
  get renderer() {
    return current?.renderer;
  },
  /** The renderer on the screen now: the whole graph's, or while it loads the overview.json's. */
  get shown() {
    return (current ?? preview)?.renderer;
  },
  get visible() {
    return visible;
  },
  get labels() {
    return (current ?? preview)?.labels.boxes ?? [];
  },
  /** The labels on sigma's hover layer in the last frame. */
  get hoverLabels() {
    return (current ?? preview)?.labels.hoverBoxes ?? [];
  },
  /** The relations the hover layer drew in the last frame (big pictures). */
  get hoverEdges() {
    return (current ?? preview)?.hover.edges ?? [];
  },
  timings,
  select: (node: string | null) => select(node, false),
};
