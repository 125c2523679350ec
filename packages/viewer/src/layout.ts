import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ViewerGraph } from "./graph/load.js";

/** ForceAtlas2 in a web worker, started and stopped by the user; the page never freezes. */
export class LayoutControl {
  private layout: FA2Layout | null = null;

  constructor(private readonly graph: ViewerGraph) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    if (!this.layout) {
      const settings = forceAtlas2.inferSettings(this.graph);
      this.layout = new FA2Layout(this.graph, { settings: { ...settings, barnesHutOptimize: this.graph.order > 500 } });
    }
    this.layout.start();
  }

  stop(): void {
    this.layout?.stop();
  }

  /** Stops the worker for good (on unload, or when another graph is opened). */
  kill(): void {
    this.layout?.kill();
    this.layout = null;
  }
}
