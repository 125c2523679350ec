import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Sibling packages are tested from their sources, not their build output.
    conditions: ["source"],
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
