import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Sibling packages are tested from their sources, not their build output.
    conditions: ["source"],
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "bench/**/*.test.ts"],
    // Generous: CLI tests spawn fresh processes that load jieba, and CI machines are small.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
