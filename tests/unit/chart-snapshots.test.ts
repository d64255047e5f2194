// @vitest-environment jsdom
// SVG snapshots of the chart components (as Observable Plot tests its marks): a change to a chart's
// drawing shows up as a diff of a reviewed file in tests/output/.
import type {FunnelUnit} from "../../contract/site.js";
import {expect, test} from "vitest";
import {choroplethMap} from "../../src/components/choroplethMap.js";
import {funnelPlot} from "../../src/components/funnelPlot.js";
import {nationalSeriesChart} from "../../src/components/nationalSeriesChart.js";
import {sectorChart} from "../../src/components/sectorChart.js";
import {tileMap} from "../../src/components/tileMap.js";
import {trendChart} from "../../src/components/trendChart.js";
import {TILES_34} from "../../src/lib/tile-layout.js";

// jsdom draws no canvas: the colour ramp of a continuous legend records the colours it was asked to paint,
// so the snapshot still shows the ramp's colours.
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
  const painted: string[] = [];
  this.toDataURL = () => `data:ramp,${painted.join(";")}`;
  return {
    set fillStyle(colour: string) {
      painted.push(colour);
    },
    fillRect() {}
  } as never;
} as never;

/** Stable text: numbers rounded to 2 decimals, Plot's generated class names and ids normalised. */
function normalise(element: Element): string {
  return element.outerHTML
    .replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/plot-[0-9a-f]{6}/g, "plot")
    .replace(/id="[^"]*"/g, 'id="…"')
    .replace(/></g, ">\n<");
}

const trend = [
  {year: 2020, value: 4.4, ci_low: 4.07, ci_high: 4.75, target_value: null},
  {year: 2021, value: 4.0, ci_low: 3.69, ci_high: 4.33, target_value: 4.22},
  {year: 2022, value: 3.78, ci_low: 3.48, ci_high: 4.1, target_value: 4.05},
  {year: 2023, value: 3.23, ci_low: 2.96, ci_high: 3.52, target_value: 3.89},
  {year: 2024, value: 3.28, ci_low: 3.01, ci_high: 3.56, target_value: 3.73}
];

test("trend chart: value, interval band and the plan's path, Vietnamese ticks", async () => {
  await expect(
    normalise(trendChart(trend, {indicator: "fatal_rate", lang: "vi", width: 640, document}))
  ).toMatchFileSnapshot("../output/trend-fatal-rate.svg");
});

test("funnel plot: only units outside the limits are coloured and named", async () => {
  const units: FunnelUnit[] = [
    {
      name: "A",
      workers: 20_000,
      rate: 5,
      limit95_low: 0,
      limit95_high: 18,
      limit998_low: 0,
      limit998_high: 30,
      position: "within"
    },
    {
      name: "B",
      workers: 200_000,
      rate: 12,
      limit95_low: 1,
      limit95_high: 7,
      limit998_low: 0.4,
      limit998_high: 10,
      position: "above_99.8"
    },
    {
      name: "C",
      workers: 1_000_000,
      rate: 1,
      limit95_low: 2.4,
      limit95_high: 4.2,
      limit998_low: 1.9,
      limit998_high: 4.9,
      position: "below_99.8"
    }
  ];
  await expect(normalise(funnelPlot(units, {reference: 3.3, lang: "vi", width: 640, document}))).toMatchFileSnapshot(
    "../output/funnel.svg"
  );
});

test("national series: published counts by year", async () => {
  const series = [2022, 2023, 2024].flatMap((year, i) => [
    {year, scope: "all", metric: "deaths", value: [754, 699, 727][i]!},
    {year, scope: "all", metric: "fatal_accidents", value: [720, 662, 675][i]!}
  ]);
  await expect(normalise(nationalSeriesChart(series, {lang: "en", width: 640, document}))).toMatchFileSnapshot(
    "../output/national-deaths.svg"
  );
});

test("sector chart: high-risk sectors first, in their own colour, each bar with its count", async () => {
  const bars = [
    {sector: "F", label: "F · Xây dựng", fatal_accidents: 120, highRisk: true},
    {sector: "B", label: "B · Khai khoáng", fatal_accidents: 40, highRisk: true},
    {sector: "C", label: "C · Công nghiệp chế biến, chế tạo", fatal_accidents: 250, highRisk: false}
  ];
  await expect(normalise(sectorChart(bars, {lang: "vi", width: 640, document}))).toMatchFileSnapshot(
    "../output/sectors.svg"
  );
});

test("tile map: one square per province of the new map, grey where there is no value, the archipelagos named", async () => {
  const values = TILES_34.slice(0, 5).map((tile, i) => ({code: tile.code, name: `Tỉnh ${tile.code}`, value: i + 1.5}));
  await expect(
    normalise(tileMap(values, {tiles: TILES_34, label: "Tỷ lệ /100.000 · 2025", lang: "vi", width: 480, document}))
  ).toMatchFileSnapshot("../output/tile-map-34.svg");
});

test("choropleth: provinces coloured by their value from boundary files", async () => {
  const square = (code: string, lon: number, lat: number) => ({
    type: "Feature" as const,
    properties: {code},
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [lon, lat],
          [lon, lat + 1],
          [lon + 1, lat + 1],
          [lon + 1, lat],
          [lon, lat]
        ]
      ]
    }
  });
  const features = [square("01", 105, 21), square("79", 106, 10)];
  const values = [
    {code: "01", name: "Thành phố Hà Nội", value: 2.1},
    {code: "79", name: "Thành phố Hồ Chí Minh", value: 4.3}
  ];
  await expect(
    normalise(choroplethMap(features, values, {label: "Tỷ lệ /100.000 · 2024", lang: "en", width: 320, document}))
  ).toMatchFileSnapshot("../output/choropleth.svg");
});
