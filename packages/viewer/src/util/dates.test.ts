import { describe, expect, it } from "vitest";
import { dateInRange, dateSpan } from "./dates.js";

describe("dateSpan", () => {
  it("gives a year's and a month's first and last day, a day itself", () => {
    expect(dateSpan("2022")).toEqual(["2022-01-01", "2022-12-31"]);
    expect(dateSpan("2024-02")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(dateSpan("2023-02")).toEqual(["2023-02-01", "2023-02-28"]);
    expect(dateSpan("2022-05-03")).toEqual(["2022-05-03", "2022-05-03"]);
  });
});

describe("dateInRange", () => {
  it("keeps a year or a month that meets the range, a day inside it", () => {
    expect(dateInRange("2022", "2022-03-01", "2022-03-31")).toBe(true);
    expect(dateInRange("2022-05", "2022-05-20", "")).toBe(true);
    expect(dateInRange("2022-05", "2022-06-01", "")).toBe(false);
    expect(dateInRange("2021", "2022-01-01", "")).toBe(false);
    expect(dateInRange("2022-05-03", "", "2022-05-02")).toBe(false);
    expect(dateInRange("2022-05-03", "", "")).toBe(true);
  });
});
