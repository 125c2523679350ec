import { defineConfig } from "vite";

export default defineConfig({
  // Relative asset paths: the built page works wherever `xiezuo serve` (or any static server) puts it.
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000, minify: process.env.VIEWER_NO_MINIFY ? false : "oxc" },
});
