import noverlap from "graphology-layout-noverlap";
import { discSize, discSpread } from "@xiezuo/graph/discs";
import type { ViewerGraph } from "../graph/load.js";

/** Pixels kept free around each disc. */
const GAP = 3;
/** Sigma's padding around the picture (its `stagePadding` default), in pixels. */
const STAGE_PADDING = 30;

/**
 * Pushes apart the discs of a graph that opens whole, sized as the page draws them
 * (@xiezuo/graph/discs, by PageRank or degree) in a stage of `stage` pixels, so that no disc
 * covers another: the build lays out small graphs with ForceAtlas2 alone, and the sample's
 * provinces sat on their cities. (A big graph's overview discs are kept apart by the build.)
 * graphology-layout-noverlap works in graph units: a disc's radius in pixels times the graph
 * units one pixel spans when the picture fills the stage.
 */
export function separateDiscs(graph: ViewerGraph, sizeBy: "pagerank" | "degree", stage: { width: number; height: number }): void {
  if (graph.order < 2) return;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  let [maxRank, maxDegree] = [1e-12, 1];
  graph.forEachNode((_node, a) => {
    [minX, maxX, minY, maxY] = [Math.min(minX, a.x), Math.max(maxX, a.x), Math.min(minY, a.y), Math.max(maxY, a.y)];
    [maxRank, maxDegree] = [Math.max(maxRank, a.pagerank), Math.max(maxDegree, a.degree)];
  });
  const pixels = Math.max(200, Math.min(stage.width, stage.height) - 2 * STAGE_PADDING);
  const unit = Math.max(maxX - minX, maxY - minY, 1e-9) / pixels;
  const spread = discSpread(graph.order);
  noverlap.assign(graph, {
    maxIterations: 300,
    inputReducer: (_node, a) => {
      const data = a as unknown as { x: number; y: number; pagerank: number; degree: number };
      const share = sizeBy === "degree" ? data.degree / maxDegree : data.pagerank / maxRank;
      return { x: data.x, y: data.y, size: (discSize(share, 0, spread) + GAP) * unit };
    },
    settings: { margin: 0, ratio: 1, expansion: 1.1, speed: 3 },
  });
}
