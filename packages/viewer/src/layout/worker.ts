import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ViewerGraph } from "../graph/load.js";

/**
 * ForceAtlas2 in a web worker, started and stopped by the user, so the page never freezes.
 * As in Gephi Lite, stopping also kills the worker: the positions it computed are already in
 * the graph (the supervisor writes them back on every step), and an idle worker would only
 * hold a copy of the graph in memory. Starting again spawns a fresh worker from the current
 * positions.
 */
export class LayoutControl {
  private layout: FA2Layout | null = null;

  constructor(private readonly graph: ViewerGraph) {}

  /** Whether a worker is iterating now. */
  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  /** Spawns a worker (settings inferred from the graph's size) and starts iterating. */
  start(): void {
    if (this.running) return;
    this.kill();
    const settings = forceAtlas2.inferSettings(this.graph);
    // Barnes-Hut pays off from a few hundred nodes; a theta of 1.2 roughly doubles its speed on big graphs.
    const big = this.graph.order > 500;
    this.layout = new FA2Layout(this.graph, { settings: { ...settings, barnesHutOptimize: big, barnesHutTheta: big ? 1.2 : 0.5 } });
    this.layout.start();
  }

  /** Stops iterating and kills the worker; the positions stay where the layout left them. */
  stop(): void {
    this.kill();
  }

  /** Kills the worker if there is one (on stop, on unload, or when another graph is opened). */
  kill(): void {
    if (!this.layout) return;
    this.layout.stop();
    this.layout.kill();
    this.layout = null;
  }
}
