// A map coloured by a measure that is the same for every unit says nothing: where the test finds no spread
// between units beyond chance, every smoothed rate is the common rate, and the map shows each unit's own rate.
import {expect, test} from "vitest";
import {mapMeasure} from "../../src/lib/comparison-columns.js";

const unit = (unit_code: string, rate: number, smoothed_rate: number) => ({
  unit_code,
  name: unit_code,
  deaths: 1,
  workers: 1,
  person_years: 1,
  rate,
  ci_low: 0,
  ci_high: 0,
  smoothed_rate,
  limit95_low: 0,
  limit95_high: 0,
  limit998_low: 0,
  limit998_high: 0,
  position: "within" as const,
  p: 0.5
});

test("τ² > 0: the map shows the smoothed rates", () => {
  const m = mapMeasure({year: 2024, tau2: 0.1, units: [unit("22", 10.4, 6.1), unit("01", 2.9, 3.0)]}, "vi");
  expect(m.values.map((v) => v.value)).toEqual([6.1, 3.0]);
  expect(m.label).toBe("Tỷ lệ làm mượt /100.000 · 2024");
});

test("τ² = 0: every smoothed rate is the common 3.28, so the map shows each unit's own rate and says so", () => {
  const m = mapMeasure({year: 2024, tau2: 0, units: [unit("22", 10.37, 3.28), unit("01", 2.9, 3.28)]}, "en");
  expect(m.values.map((v) => v.value)).toEqual([10.37, 2.9]);
  // the test is about all units' spread: it does not say that no single unit lies outside the limits
  expect(m.label).toMatch(
    /^Each unit's own rate \(the over-dispersion test, on the spread of all units with z-scores 10% winsorised at each end, finds none beyond chance, so every smoothed rate is the common rate; single units can still lie outside the funnel limits\)/
  );
});
