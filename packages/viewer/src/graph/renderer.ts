import Sigma from "sigma";
import { discSize, discSpread, DISC_SPREAD } from "@xiezuo/graph/discs";
import type { Visibility } from "../filters/visibility.js";
import type { ViewState } from "../state.js";
import { drawLifted, HoverLayer, type LiftedEdge } from "./hoverLayer.js";
import { COVERED_SHARE, COVERED_SHARE_OVERVIEW, LabelPlacer } from "./labels.js";
import type { EdgeData, NodeData, ViewerGraph } from "./load.js";

/** Up to this many nodes, hovering fades the rest through the reducers (a full refresh). */
export const FADE_LIMIT = 5000;
/** Past this many edges arrow heads (twice the edge work) give way to plain lines; the panel still says the direction. */
export const ARROW_LIMIT = 20_000;
const FADED = "#e4e4e4";
/** How far the zoom goes (as a factor of line width) before lines are re-sized to it. */
const LINE_ZOOM_STEP = 1.25;
/** The size of an entity drawn inside an opened node of an overview, against its size elsewhere. */
const INSIDE_SCALE = 0.6;

/** Sigma on a viewer graph, and the cheapest redraw for a change around some nodes. */
export interface GraphView {
  renderer: Sigma<NodeData, EdgeData>;
  /** Redraws after hover or selection changed around these nodes. */
  refreshAround: (nodes: (string | null)[]) => void;
  /** The labels drawn in the last frame. */
  labels: LabelPlacer;
  /** Fits what depends on the graph's size (fading, disc and line sizes, arrows) to the graph as it is now (or to `sized`: what it stands for). */
  fit: (sized?: { order: number; size: number }) => void;
  /** On big pictures, what the hover layer drew (hoverLayer.ts). */
  hover: HoverLayer;
}

/** The relations a hover lifts at a node: by default those of sigma's graph that the filters let through. */
export type LiftedAt = (node: string) => LiftedEdge[];

/**
 * Creates sigma with the reducer pattern: handlers only change `state` and refresh; the reducers
 * copy each item's data and then hide (filters), lift (selection, hover) or fade it.
 *
 * On graphs up to FADE_LIMIT nodes, hover fades every other node and hides unrelated edges,
 * which re-processes the whole graph (≈200 ms at 10k nodes / 50k edges). Above it, and on any overview, the hovered
 * node's relations (`liftedAt`: on an overview its quiet ones too) and neighbours are drawn on
 * sigma's 2D hover layer (hoverLayer.ts) and nothing is re-processed; the rest is faded by the
 * `dimmed` class on the container, which lowers the opacity of the other canvases in CSS. After
 * each hover frame sigma emits `afterHoverRender` (the benchmark times hover to it). On an `overview`,
 * while the selected node is opened, edges that touch neither it nor what it holds are faint.
 */
export function createGraphView(
  graph: ViewerGraph,
  container: HTMLElement,
  state: ViewState,
  visible: () => Visibility & { quiet?: Set<string> },
  folded: (node: string) => number = () => 0,
  overview = false,
  /** The size the picture stands for: the graph about to come (an overview.json), or the overview whose shown edges only are in `graph`. */
  expected: { order: number; size: number } = graph,
  /** The relations a hover lifts at a node, on big pictures. */
  liftedAt?: LiftedAt,
): GraphView {
  const maxRank = graph.reduceNodes((max, _, a) => Math.max(max, a.pagerank), 1e-12);
  const maxDegree = graph.reduceNodes((max, _, a) => Math.max(max, a.degree), 1);
  let spread = DISC_SPREAD;
  let fade = false;
  let lineScale = 1;
  // Zooming in, sigma widens lines as it widens discs (by √ratio): a place opened at a twentieth of
  // the overview's scale drew its ties four and a half times as thick, bundles that hid the map.
  // Lines are drawn thinner by ratio^¼, so they widen half as fast as discs: still in colour, never
  // bundles (re-reduced as the zoom crosses steps of LINE_ZOOM_STEP, on pictures small enough for a full pass).
  let lineZoom = 1;
  const bySize = ({ order, size }: { order: number; size: number }) => {
    // Crowded pictures get smaller discs, so that neighbours stay apart.
    spread = discSpread(order);
    // Fading means a full pass over every node and edge on each hover: only while both are few.
    // An overview lifts the quiet ties of a hovered node, which only the hover layer draws: it never fades through the reducers.
    fade = !overview && order <= FADE_LIMIT && size <= FADE_LIMIT;
    // Many nodes or many lines: thinner lines, so the ties between places stay apart.
    lineScale = spread < DISC_SPREAD || size > 2000 ? 0.4 : 1;
    // Past a few thousand edges, each software-rendered frame costs more than a smooth pan allows.
    return { defaultEdgeType: size > ARROW_LIMIT ? "line" : "arrow", hideEdgesOnMove: size > FADE_LIMIT } as const;
  };
  // The build keeps an overview's discs apart with these same sizes (@xiezuo/graph's separateOverviewDiscs).
  const sizeOf = (a: NodeData, folded: number) => discSize(state.sizeBy === "degree" ? a.degree / maxDegree : a.pagerank / maxRank, folded, spread);
  const labels = new LabelPlacer(overview ? COVERED_SHARE_OVERVIEW : COVERED_SHARE);
  const renderer = new Sigma<NodeData, EdgeData>(graph, container, {
    ...bySize(expected),
    renderEdgeLabels: false,
    // The grid offers a few candidates per cell; LabelPlacer keeps those that do not touch, by rank.
    labelDensity: 1,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: 6,
    defaultDrawNodeLabel: labels.draw as never,
    // The hovered node of a big picture brings its relations and neighbours onto the hover layer.
    defaultDrawNodeHover: ((context: CanvasRenderingContext2D, data: { key: string; x: number; y: number; size: number; color: string }, settings: never) =>
      !fade && data.key === state.hovered ? void hover.draw(context, data.key, settings, renderer.getSetting("defaultEdgeType") === "arrow") : drawLifted(context, labels, data, settings)) as never,
    labelFont: 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", sans-serif',
    zIndex: true,
    nodeReducer: (node, data) => {
      // Shallow copy: reducers must never write into the graph's attributes. `type` is sigma's
      // program name; the entity type lives in `entityType`, so nothing else may reach sigma.
      const count = folded(node);
      // A node with entities folded into it is drawn bigger, and says how many: 凌云县 (+12).
      // What an opened node holds is drawn smaller: dozens of its entities share the room around it (lod/display.ts).
      const inside = overview && data.fold !== null && state.expanded.has(data.fold);
      const res = { ...data, size: sizeOf(data, count) * (inside ? INSIDE_SCALE : 1), label: count ? `${data.label} (+${count})` : data.label, type: undefined } as Partial<NodeData> & Record<string, unknown>;
      if (!visible().nodes.has(node)) return { ...res, hidden: true };
      if (node === state.selected || (fade && node === state.hovered)) return { ...res, highlighted: true, forceLabel: true, zIndex: 2 };
      // What the selection holds (an opened node's entities) is named, as far as room allows.
      if (state.selected && data.fold === state.selected) return { ...res, forceLabel: true, zIndex: 1 };
      // (On big pictures a hover is drawn by the hover layer, never through the reducers.)
      if (!fade) return res;
      if (state.hovered && state.hoveredNeighbors.has(node)) return { ...res, forceLabel: true, zIndex: 1 };
      if (state.hovered) return { ...res, color: FADED, label: "", zIndex: 0 };
      return res;
    },
    edgeReducer: (edge, data) => {
      // Crowded pictures get thinner lines: the relations between places stay apart.
      const res = { ...data, size: data.size * lineScale * lineZoom, type: undefined } as Partial<EdgeData> & Record<string, unknown>;
      // A quiet edge (one the overview leaves out to stay readable) shows while an end is hovered (the hover layer draws it); the panel lists them all.
      if (!visible().edges.has(edge)) return { ...res, hidden: true };
      if (fade && state.hovered && graph.hasExtremity(edge, state.hovered)) return { ...res, zIndex: 1, size: (data.size + 1) * lineZoom };
      if (fade && state.hovered) return { ...res, hidden: true };
      // An opened node of the overview: its ties and those of what it holds in colour, the rest of the map faint.
      if (overview && state.selected && state.expanded.has(state.selected)) {
        const inside = (node: string) => node === state.selected || graph.getNodeAttribute(node, "fold") === state.selected;
        if (!inside(graph.source(edge)) && !inside(graph.target(edge))) return { ...res, color: FADED, zIndex: 0 };
      }
      return res;
    },
  });
  const lift: LiftedAt = liftedAt ?? ((node) => {
    const lifted: LiftedEdge[] = [];
    graph.forEachEdge(node, (edge, a, source, target) => {
      if (visible().edges.has(edge) && source !== target) lifted.push({ edge, source, target, color: a.color, size: a.size });
    });
    return lifted;
  });
  // Thinner lines on crowded pictures, as the edge reducer draws them.
  const hover = new HoverLayer(renderer, labels, (node) => lift(node).map((edge) => ({ ...edge, size: edge.size * lineScale * lineZoom })));
  const onZoom = ({ ratio }: { ratio: number }) => {
    const next = Math.min(1, ratio) ** 0.25;
    if (graph.size > FADE_LIMIT || Math.abs(Math.log(next / lineZoom)) < Math.log(LINE_ZOOM_STEP)) return;
    lineZoom = next;
    renderer.refresh({ skipIndexation: true, schedule: true });
  };
  const camera = renderer.getCamera();
  camera.on("updated", onZoom);
  // The camera outlives its renderer: a zoom still animating when another graph takes the screen
  // would ask the killed renderer for a frame (sigma throws: its programs are gone).
  renderer.once("kill", () => camera.removeListener("updated", onZoom));
  // Sigma draws its hover layer (the hovered node, the highlighted ones) in its own frame, which emits nothing: this says when it is drawn.
  const inner = renderer as unknown as { renderHighlightedNodes(): void; emit(event: string): void };
  const drawHoverLayer = inner.renderHighlightedNodes.bind(renderer);
  inner.renderHighlightedNodes = () => {
    labels.hoverBoxes = [];
    hover.clear();
    drawHoverLayer();
    inner.emit("afterHoverRender");
  };
  const refreshAround = (nodes: (string | null)[]) => {
    container.classList.toggle("dimmed", !fade && state.hovered !== null);
    if (fade) return renderer.refresh({ skipIndexation: true });
    const touched = { nodes: new Set<string>(), edges: new Set<string>() };
    for (const node of nodes) {
      if (!node || !graph.hasNode(node)) continue;
      touched.nodes.add(node);
      graph.forEachNeighbor(node, (neighbor) => touched.nodes.add(neighbor));
      graph.forEachEdge(node, (edge) => touched.edges.add(edge));
    }
    const partialGraph = { nodes: [...touched.nodes], edges: [...touched.edges] };
    try {
      renderer.refresh({ partialGraph, skipIndexation: true });
    } catch {
      // Sigma has not indexed some of them yet (added or re-indexed since the last frame): index them in the next one.
      renderer.refresh({ partialGraph, schedule: true });
    }
  };
  // On big pictures sigma's own hover frame (scheduled right after these events) draws the hover; only small ones are re-reduced.
  renderer.on("enterNode", ({ node }) => {
    state.hovered = node;
    state.hoveredNeighbors = fade ? new Set(graph.neighbors(node)) : new Set();
    if (fade) refreshAround([node]);
    else container.classList.add("dimmed");
  });
  renderer.on("leaveNode", ({ node }) => {
    state.hovered = null;
    state.hoveredNeighbors = new Set();
    if (fade) refreshAround([node]);
    else container.classList.remove("dimmed");
  });
  labels.attach(renderer as unknown as Sigma);
  const fit = (sized: { order: number; size: number } = graph) => {
    // Only what changed: sigma re-indexes the whole graph on a new setting.
    for (const [key, value] of Object.entries(bySize(sized)) as [keyof ReturnType<typeof bySize>, never][])
      if (renderer.getSetting(key) !== value) renderer.setSetting(key, value);
  };
  return { renderer, refreshAround, labels, fit, hover };
}
