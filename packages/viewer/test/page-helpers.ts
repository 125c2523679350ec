import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { build } from "vite";

const VIEWER_ROOT = fileURLToPath(new URL("../", import.meta.url));

/**
 * Builds the viewer from its current sources into a temporary folder, so the browser tests never
 * run against a stale dist and never race another build writing packages/viewer/dist.
 */
export async function buildViewer(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "xiezuo-viewer-dist-"));
  await build({ root: VIEWER_ROOT, logLevel: "error", build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Waits until the page has a graph on screen (sigma created, first frame drawn). */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).xiezuo?.renderer !== undefined, null, { timeout: 20_000 });
}

/**
 * Share of pixels in the element's screenshot that are not near-white. WebGL canvases cannot be
 * read back after their frame, so the screenshot is decoded by the page itself, in a 2D canvas.
 */
export async function inkRatio(page: Page, selector: string): Promise<number> {
  const png = (await page.locator(selector).screenshot()).toString("base64");
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 235 || pixels[i + 1]! < 235 || pixels[i + 2]! < 235) ink++;
    return ink / (pixels.length / 4);
  }, png);
}

/** Where a node is drawn, in page coordinates (for real mouse hover and click), with the camera reset to the whole graph. */
export async function nodePosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  // A selection animates the camera towards its node: wait for that, then show everything.
  await page.waitForFunction(() => !(window as any).xiezuo.renderer.getCamera().isAnimated());
  const inStage = await page.evaluate((key) => {
    const { renderer } = (window as any).xiezuo;
    renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    renderer.refresh();
    const data = renderer.getNodeDisplayData(key);
    // Display data is in framed (normalized) coordinates.
    return renderer.framedGraphToViewport({ x: data.x, y: data.y });
  }, node);
  const stage = (await page.locator(".stage").boundingBox())!;
  return { x: stage.x + inStage.x, y: stage.y + inStage.y };
}

/** Pairs of the given boxes that overlap by more than a pixel in both directions. */
export function overlaps(boxes: { name: string; x: number; y: number; width: number; height: number }[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (overlapX > 1 && overlapY > 1) found.push(`${a.name} × ${b.name}`);
    }
  }
  return found;
}
