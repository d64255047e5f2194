// @vitest-environment jsdom
// What the trend chart tells a reader beyond the values: the plan's path from its base year, the reform of
// 01/07/2025, and a half year that must not be read as a fall.
import {expect, test} from "vitest";
import {trendChart} from "../../src/components/trendChart.js";

const point = (year: number, value: number | null, extra: object = {}) => ({
  year,
  value,
  ci_low: null,
  ci_high: null,
  target_value: null,
  ...extra
});
/** The plan path's line (dashed) and its vertices. */
const pathVertices = (chart: Element) => {
  const line = chart.querySelector('g[stroke-dasharray="6 4"] path, path[stroke-dasharray="6 4"]');
  return line ? (line.getAttribute("d")!.match(/[ML]/g) ?? []).length : 0;
};

test("one target year is still a path: from the base year's value to the target (Kon Tum 2023 → 2024)", () => {
  const points = [
    point(2022, 4.1),
    point(2023, 5.15, {baseline_year: null}),
    point(2024, 1.03, {target_value: 4.95, baseline_year: 2023, baseline_value: 5.15})
  ];
  const chart = trendChart(points, {indicator: "fatal_rate", lang: "vi", document});
  expect(pathVertices(chart)).toBe(2);
  // Without a base year the lone target stays a point of one vertex: nothing invented.
  const alone = trendChart([point(2023, 5), point(2024, 1, {target_value: 4.95})], {indicator: "fatal_rate", document});
  expect(pathVertices(alone)).toBe(1);
});

test("the legend names the plan's path only when a path is drawn", () => {
  const counts = [2022, 2023, 2024].map((y) => point(y, 3));
  expect(trendChart(counts, {indicator: "deaths", lang: "vi", document}).textContent).not.toContain(
    "Lộ trình kế hoạch"
  );
});

test("a series that reaches 2025 shows the reform; one that ends in 2024 does not", () => {
  const through2025 = [2022, 2023, 2024, 2025].map((y) => point(y, 3));
  const text = (chart: Element) => chart.textContent ?? "";
  expect(text(trendChart(through2025, {indicator: "deaths", lang: "vi", document}))).toContain(
    "01/07/2025: địa giới mới"
  );
  expect(text(trendChart(through2025, {indicator: "deaths", lang: "en", document}))).toContain("1 July 2025: new map");
  expect(text(trendChart(through2025.slice(0, 3), {indicator: "deaths", document}))).not.toContain("01/07/2025");
});

test("an old unit's half year 2025 is drawn hollow and named, and the observed line stops before it", () => {
  const points = [point(2023, 600), point(2024, 620), point(2025, 300, {method: "partial_year"})];
  const chart = trendChart(points, {indicator: "deaths", lang: "vi", document});
  expect(chart.textContent).toContain("nửa năm");
  expect(chart.querySelectorAll('g[fill="white"] circle')).toHaveLength(1);
  const observedLine = chart.querySelector('g[fill="none"][stroke-width="2"]:not([stroke-dasharray]) path');
  expect((observedLine!.getAttribute("d")!.match(/[ML]/g) ?? []).length).toBe(2);
});

test("years judged by another plan are not on the path: Kon Tum's 2024–2025 path starts at its own base", () => {
  // 2021–2023 fall under the national programme (Kon Tum's own plan covers 2024–2025 only)
  const national = (year: number) =>
    point(year, 5, {plan_id: "vn", target_value: 4.6, baseline_year: 2020, baseline_value: 5});
  const own = (year: number, target: number) =>
    point(year, 4, {plan_id: "kt", target_value: target, baseline_year: 2023, baseline_value: 5});
  const chart = trendChart([national(2021), national(2022), national(2023), own(2024, 4.8), own(2025, 4.6)], {
    indicator: "fatal_rate",
    document
  });
  // base 2023 → 2024 → 2025: three vertices, none of the national targets
  expect(pathVertices(chart)).toBe(3);
});
