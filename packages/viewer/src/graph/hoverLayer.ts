import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { LabelPlacer } from "./labels.js";

/** A relation lifted on hover: its key, ends, colour and thickness (as sigma's edge reducer would give it). */
export interface LiftedEdge {
  edge: string;
  source: string;
  target: string;
  color: string;
  size: number;
}

/**
 * Draws a hovered node's relations and neighbours on sigma's 2D hover layer, on big pictures.
 *
 * Why not through sigma's reducers: a hover that changes what the reducers return needs a full
 * frame, which redraws the edge, node and picking layers of WebGL. In software WebGL (headless
 * Chromium, SwiftShader) every WebGL canvas that changed is read back at the next commit: about
 * 85 ms of the page's thread per frame, measured, while a big graph loads in the background and
 * its slices wait behind it. Drawn here instead, a hover changes the 2D hover layer and sigma's
 * own hovered-node layer only; the picture under it is faded by CSS (`dimmed`), not redrawn.
 */
export class HoverLayer {
  /** The relations drawn on the hover layer in the last hover frame (the browser tests read them). */
  edges: string[] = [];

  constructor(
    private readonly renderer: Sigma<any, any>,
    private readonly labels: LabelPlacer,
    /** The relations to lift when a node is hovered: the ones in view and the quiet ones at it. */
    private readonly liftedAt: (node: string) => LiftedEdge[],
  ) {}

  /**
   * Draws, under the hovered node's own label (sigma draws that next), its relations as lines, then
   * each neighbour with its label in a box (left out where it would touch one drawn already) and
   * its disc. `arrows`: a head at the target end, as the edge layer draws them.
   */
  draw(context: CanvasRenderingContext2D, hovered: string, settings: Settings, arrows: boolean): string[] {
    const renderer = this.renderer;
    const relations = this.liftedAt(hovered);
    const drawnEdges: string[] = [];
    const neighbours = new Set<string>();
    const at = (node: string) => {
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden) return null;
      const p = renderer.framedGraphToViewport(data);
      return { ...data, key: node, x: p.x, y: p.y, size: renderer.scaleSize(data.size) };
    };
    const centre = at(hovered);
    if (!centre) return (this.edges = []);
    context.save();
    context.lineCap = "round";
    for (const { edge, source, target, color, size } of relations) {
      const [from, to] = [source === hovered ? centre : at(source), target === hovered ? centre : at(target)];
      if (!from || !to) continue;
      const width = Math.max(1, renderer.scaleSize(size) + 1);
      context.strokeStyle = color;
      context.fillStyle = color;
      context.lineWidth = width;
      const [dx, dy] = [to.x - from.x, to.y - from.y];
      const length = Math.hypot(dx, dy) || 1;
      // The line ends at the target's disc; with an arrow, at the arrow's base.
      const head = arrows ? Math.min(length / 3, 4 + width * 2.5) : 0;
      const end = Math.max(0, length - to.size - head);
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(from.x + (dx / length) * end, from.y + (dy / length) * end);
      context.stroke();
      if (head > 0) {
        const [tipX, tipY] = [from.x + (dx / length) * (length - to.size), from.y + (dy / length) * (length - to.size)];
        const [nx, ny] = [-dy / length, dx / length];
        const [baseX, baseY] = [tipX - (dx / length) * head, tipY - (dy / length) * head];
        context.beginPath();
        context.moveTo(tipX, tipY);
        context.lineTo(baseX + nx * head * 0.6, baseY + ny * head * 0.6);
        context.lineTo(baseX - nx * head * 0.6, baseY - ny * head * 0.6);
        context.closePath();
        context.fill();
      }
      drawnEdges.push(edge);
      neighbours.add(source === hovered ? target : source);
    }
    context.restore();
    // The hovered node's label first (it ranks first), then the neighbours'; the discs over all labels, as sigma draws them.
    const lifted = [centre, ...[...neighbours].map(at).filter((data) => data !== null)];
    for (const data of lifted) this.labels.drawHover(context, data as never, settings);
    for (const data of lifted) drawDisc(context, data);
    return (this.edges = drawnEdges);
  }

  /** Before each hover frame: nothing lifted yet. */
  clear(): void {
    this.edges = [];
  }
}

/**
 * A node lifted on the 2D hover layer: its label in a white box (LabelPlacer.drawHover: left out
 * where it would touch one drawn already), then its disc. Sigma would draw the disc on its WebGL
 * hover layer, whose every change costs a read-back in software WebGL; style.css hides that
 * layer, and the disc is drawn here, in viewport pixels (`size` is the radius, as sigma's).
 */
export function drawLifted(context: CanvasRenderingContext2D, labels: LabelPlacer, data: { x: number; y: number; size: number; color: string }, settings: Settings): void {
  labels.drawHover(context, data as never, settings);
  drawDisc(context, data);
}

/** A node's disc on a 2D layer, in viewport pixels. */
function drawDisc(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number; color: string }): void {
  context.fillStyle = data.color;
  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fill();
}
