import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";

/** The current view (what the filters and the camera show) as a PNG download, on white. */
export function downloadPng(renderer: Sigma, fileName = "xiezuo-view"): Promise<void> {
  return downloadAsPNG(renderer, { fileName, backgroundColor: "#ffffff" });
}
