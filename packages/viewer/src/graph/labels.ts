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

/** Discs at least this big (radius, pixels) keep labels off them; smaller dots may sit under a label. */
const OBSTACLE_RADIUS = 4;

/**
 * A label may cover discs less than this share of its own node's (radius): dots beside a place,
 * not its neighbours. An overview's places are packed disc to disc: there a name may cover any
 * disc smaller than its own, or the map would keep a dozen names.
 */
export const COVERED_SHARE = 0.5;
export const COVERED_SHARE_OVERVIEW = 1;

/** A disc labels keep off: its box, and its radius (a label may cover discs smaller than its own node's). */
interface Disc extends LabelBox {
  radius: number;
}

/**
 * Labels without pile-ups at any zoom. Sigma picks candidates with its label grid and hands each
 * to `draw` (set as `defaultDrawNodeLabel`); instead of drawing at once, they are collected, and
 * after the frame they are placed by rank: forced labels (selection, hover) first, then the
 * biggest nodes. A label goes right of its disc, or left when the right side runs off the stage
 * or touches something; it is left out when both sides touch a label already placed or a disc
 * (forced ones take a side clear of discs if there is one, and else mind labels only): a name may cover only dots less than COVERED_SHARE of its own
 * node's size, never a neighbouring place, at any zoom. What was drawn stays readable in `boxes` (the
 * browser tests check that no two overlap).
 */
export class LabelPlacer {
  private candidates: Candidate[] = [];
  boxes: LabelBox[] = [];
  /** The labels drawn on sigma's hover layer in the last frame (hovered and highlighted nodes). */
  hoverBoxes: LabelBox[] = [];
  private settings: Settings | null = null;

  /** `coveredShare`: see COVERED_SHARE. */
  constructor(private readonly coveredShare = COVERED_SHARE) {}

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

  /** The box a label takes beside its node (right of it, or `left`), with the gap kept around it. */
  private boxOf(data: Candidate["data"], size: number, width: number, left = false): LabelBox {
    const x = left ? data.x - data.size - 3 - width : data.x + data.size + 3;
    return { node: data.key, x: x - GAP, y: data.y - size * 0.75 - GAP, width: width + 2 * GAP, height: size * 1.25 + 2 * GAP };
  }

  private renderer: Sigma | null = null;

  /** The discs drawn in this frame that labels keep off, as boxes in viewport pixels. */
  private discs(): Disc[] {
    const renderer = this.renderer;
    if (!renderer) return [];
    const { width, height } = renderer.getDimensions();
    const out: Disc[] = [];
    renderer.getGraph().forEachNode((node) => {
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const r = renderer.scaleSize(data.size);
      if (r < OBSTACLE_RADIUS) return;
      const p = renderer.framedGraphToViewport(data);
      if (p.x + r < 0 || p.y + r < 0 || p.x - r > width || p.y - r > height) return;
      out.push({ node, x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r, radius: r });
    });
    return out;
  }

  /** Starts listening to a renderer's frames; call once, right after creating it. */
  attach(renderer: Sigma): void {
    this.renderer = renderer;
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
    const discs = this.discs();
    const stageWidth = this.renderer?.getDimensions().width ?? Infinity;
    for (const { data, forced } of ranked) {
      if (!data.label) continue;
      const width = context.measureText(data.label).width;
      const clear = (box: LabelBox) => box.x >= 0 && box.x + box.width <= stageWidth && !taken.some((other) => touches(box, other));
      const offDiscs = (box: LabelBox) => !discs.some((disc) => disc.radius >= data.size * this.coveredShare && disc.node !== data.key && touches(box, disc));
      const right = this.boxOf(data, size, width);
      const left = this.boxOf(data, size, width, true);
      // A forced label (what an opened place holds) takes the side no disc covers if it can — a
      // highlighted disc is drawn over the labels — and else any side free of labels. A highlighted
      // node's own label stays on the right, where the hover layer draws it again in its box.
      const sides = data.highlighted ? [right, left].filter(clear) : [right, left].filter((side) => clear(side) && offDiscs(side));
      const box = sides[0] ?? (forced ? [right, left].find(clear) : undefined);
      if (!box) continue;
      taken.push(box);
      if (box === right) drawDiscNodeLabel(context, data, settings);
      else drawLabelLeft(context, data, settings, width);
    }
    this.boxes = taken;
    this.candidates = [];
  }
}

/** A label left of its disc, in the colour and font sigma's drawDiscNodeLabel gives it on the right. */
function drawLabelLeft(context: CanvasRenderingContext2D, data: Candidate["data"], settings: Settings, width: number): void {
  const { labelSize: size, labelFont: font, labelWeight: weight, labelColor } = settings;
  const own = labelColor.attribute ? (data as unknown as Record<string, string | undefined>)[labelColor.attribute] : undefined;
  context.fillStyle = own || labelColor.color || "#000";
  context.font = `${weight} ${size}px ${font}`;
  context.fillText(data.label!, data.x - data.size - 3 - width, data.y + size / 3);
}

/** Whether two label boxes overlap. */
function touches(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
