/** A drawn label's box in viewport pixels, as the page's LabelPlacer reports it. */
export interface Box {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pairs of labels whose boxes overlap (by more than half a pixel, for rounding), as "a × b". */
export function overlappingLabels(boxes: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (x > 0.5 && y > 0.5) found.push(`${a.node} × ${b.node}`);
    }
  return found;
}
