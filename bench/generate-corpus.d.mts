/** One generated article's pairing: the eastern helper and the western place it helps. */
export interface PlantedPairing {
  file: string;
  helper: { name: string; code: string };
  helped: { name: string; code: string };
}

/** Writes `articles` seeded articles into `outDir`; the same seed gives the same bytes. */
export function generateCorpus(options: { articles: number; seed?: number; outDir: string }): {
  files: string[];
  bytes: number;
  pairings: PlantedPairing[];
};
