import type Sigma from "sigma";
import { drawDiscNodeHover, drawDiscNodeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";

/** A label drawn in the last frame, in viewport pixels. */
export interface LabelBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Candidate {
  data: Parameters<typeof drawDiscNodeLabel>[1] & { key: string; forceLabel?: boolean; highlighted?: boolean };
  forced: boolean;
}

/** Space kept around each label, in pixels, so neighbours never touch. */
const GAP = 3;

/**
 * Labels without pile-ups at any zoom. Sigma picks candidates with its label grid and hands each
 * to `draw` (set as `defaultDrawNodeLabel`); instead of drawing at once, they are collected, and
 * after the frame they are placed by rank: forced labels (selection, hover) first, then the
 * biggest nodes; a label whose box would touch one already placed is left out. What was drawn
 * stays readable in `boxes` (the browser tests check that no two overlap).
 */
export class LabelPlacer {
  private candidates: Candidate[] = [];
  boxes: LabelBox[] = [];
  /** The labels drawn on sigma's hover layer in the last frame (hovered and highlighted nodes). */
  hoverBoxes: LabelBox[] = [];
  private settings: Settings | null = null;

  /** For sigma's `defaultDrawNodeLabel`: remember the label, draw it after the frame. */
  readonly draw = (_context: CanvasRenderingContext2D, data: Candidate["data"], settings: Settings): void => {
    this.settings = settings;
    this.candidates.push({ data, forced: Boolean(data.forceLabel || data.highlighted) });
  };

  /**
   * For sigma's `defaultDrawNodeHover`: the hovered node (sigma draws it first), then the other
   * highlighted ones (a hovered node's neighbours, the selection) on the hover layer, each with its
   * label in a white box; a label that would touch one drawn there already is left out (the node
   * keeps its ring), so a hub's neighbours drawn on top of one another do not pile up.
   */
  readonly drawHover = (context: CanvasRenderingContext2D, data: Candidate["data"], settings: Settings): void => {
    if (typeof data.label === "string" && data.label) {
      context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const box = this.boxOf(data, settings.labelSize, context.measureText(data.label).width);
      if (this.hoverBoxes.some((other) => touches(box, other))) return drawDiscNodeHover(context, { ...data, label: null }, settings);
      this.hoverBoxes.push(box);
    }
    drawDiscNodeHover(context, data, settings);
  };

  /** The box a label takes beside its node, with the gap kept around it. */
  private boxOf(data: Candidate["data"], size: number, width: number): LabelBox {
    return { node: data.key, x: data.x + data.size + 3 - GAP, y: data.y - size * 0.75 - GAP, width: width + 2 * GAP, height: size * 1.25 + 2 * GAP };
  }

  /** Starts listening to a renderer's frames; call once, right after creating it. */
  attach(renderer: Sigma): void {
    const context = renderer.getCanvases().labels!.getContext("2d")!;
    renderer.on("beforeRender", () => ((this.candidates = []), (this.hoverBoxes = [])));
    renderer.on("afterRender", () => this.place(context));
    // The first frame is drawn inside sigma's constructor, before anyone listens: its candidates
    // are already collected, so its labels are placed now rather than in a second frame.
    this.place(context);
  }

  /** Places the frame's candidates greedily by rank and draws the ones that fit. */
  private place(context: CanvasRenderingContext2D): void {
    const settings = this.settings;
    this.boxes = [];
    if (!settings || !this.candidates.length) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const ranked = this.candidates.sort((a, b) => Number(b.forced) - Number(a.forced) || b.data.size - a.data.size);
    const taken: LabelBox[] = [];
    for (const { data } of ranked) {
      if (!data.label) continue;
      const box = this.boxOf(data, size, context.measureText(data.label).width);
      if (taken.some((other) => touches(box, other))) continue;
      taken.push(box);
      drawDiscNodeLabel(context, data, settings);
    }
    this.boxes = taken;
    this.candidates = [];
  }
}

/** Whether two label boxes overlap. */
function touches(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
