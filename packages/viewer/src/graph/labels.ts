import type Sigma from "sigma";
import { drawDiscNodeLabel } from "sigma/rendering";
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
  private settings: Settings | null = null;

  /** For sigma's `defaultDrawNodeLabel`: remember the label, draw it after the frame. */
  readonly draw = (_context: CanvasRenderingContext2D, data: Candidate["data"], settings: Settings): void => {
    this.settings = settings;
    this.candidates.push({ data, forced: Boolean(data.forceLabel || data.highlighted) });
  };

  /** Starts listening to a renderer's frames; call once, right after creating it. */
  attach(renderer: Sigma): void {
    const context = renderer.getCanvases().labels!.getContext("2d")!;
    renderer.on("beforeRender", () => (this.candidates = []));
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
      const box = { node: data.key, x: data.x + data.size + 3 - GAP, y: data.y - size * 0.75 - GAP, width: context.measureText(data.label).width + 2 * GAP, height: size * 1.25 + 2 * GAP };
      if (taken.some((other) => box.x < other.x + other.width && other.x < box.x + box.width && box.y < other.y + other.height && other.y < box.y + box.height)) continue;
      taken.push(box);
      drawDiscNodeLabel(context, data, settings);
    }
    this.boxes = taken;
    this.candidates = [];
  }
}
