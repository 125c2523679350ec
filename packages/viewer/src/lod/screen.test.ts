import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { DisplayEdgeData, DisplayGraph, DisplayNodeData } from "./display.js";
import { syncScreen } from "./screen.js";

/** A drawn graph: a hub with six places around it, one edge each way to the hub. */
function drawn(): DisplayGraph {
  const display: DisplayGraph = new Graph<DisplayNodeData, DisplayEdgeData>({ multi: true, type: "directed", allowSelfLoops: false });
  const node = (key: string) => ({ label: key, x: 0, y: 0, folded: 0 }) as unknown as DisplayNodeData;
  display.addNode("hub", node("hub"));
  for (let i = 0; i < 6; i++) {
    display.addNode(`p${i}`, node(`p${i}`));
    display.addDirectedEdgeWithKey(`e${i}`, "hub", `p${i}`, { weight: i, members: [`e${i}`] } as unknown as DisplayEdgeData);
  }
  return display;
}
const empty = (): DisplayGraph => new Graph({ multi: true, type: "directed", allowSelfLoops: false });

describe("sigma's graph of an overview", () => {
  it("holds every drawn node and only the shown edges, the drawn graph's own attribute objects", () => {
    const display = drawn();
    const screen = empty();
    const change = syncScreen(screen, display, (edge) => edge === "e1" || edge === "e4");
    expect(screen.nodes()).toEqual(display.nodes());
    expect(screen.edges().sort()).toEqual(["e1", "e4"]);
    expect(change.edges.sort()).toEqual(["e1", "e4"]);
    expect(screen.getNodeAttributes("p1")).toBe(display.getNodeAttributes("p1"));
    expect(screen.getEdgeAttributes("e4")).toBe(display.getEdgeAttributes("e4"));
  });

  it("follows the drawn graph: edges no longer shown and nodes gone leave, replaced attributes are taken", () => {
    const display = drawn();
    const screen = empty();
    syncScreen(screen, display, () => true);
    display.dropNode("p5");
    display.replaceNodeAttributes("p2", { ...display.getNodeAttributes("p2"), folded: 3 });
    const change = syncScreen(screen, display, (edge) => edge !== "e0");
    expect(change.droppedNodes).toEqual(["p5"]);
    // e5 went with p5: sigma is told of both.
    expect(change.droppedEdges.sort()).toEqual(["e0", "e5"]);
    expect(change.nodes).toEqual(["p2"]);
    expect(screen.getNodeAttribute("p2", "folded")).toBe(3);
    expect(screen.edges().sort()).toEqual(["e1", "e2", "e3", "e4"]);
  });
});
