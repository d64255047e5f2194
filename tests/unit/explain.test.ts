// The calculation printed beside a status never contradicts it: a probability or ratio is printed with
// as many decimals as it takes to stay on its side of the rule's thresholds.
import {describe, expect, test} from "vitest";
import {decisiveDigits, explain, type ExplainableResult} from "../../src/lib/explain.js";

const jeffreys = (probability: number): ExplainableResult => ({
  indicator: "fatal_accidents",
  year: 2023,
  numerator: 9,
  denominator: null,
  value: 9,
  ci_low: null,
  ci_high: null,
  baseline_year: 2020,
  baseline_value: 14,
  target_value: 12.4,
  status: "not_enough_evidence",
  method: "jeffreys_probability_on_track",
  probability,
  progress_ratio: null,
  calculation: {required_change: -0.04, baseline_numerator: 14, baseline_denominator: null, events: 23}
});

describe("printed probabilities stay on their side of the rule", () => {
  test("P = 0.89951 (district 062, 2023) is printed 0.8995, not 0.9, beside 'on track if P ≥ 0.9'", () => {
    expect(explain(jeffreys(0.89951), "en")).toContain("P = 0.8995;");
    expect(explain(jeffreys(0.89951), "vi")).toContain("P = 0,8995;");
    expect(explain(jeffreys(0.89851), "en")).toContain("P = 0.899;"); // Hải Dương 2021: 0.90 would read as met
  });

  test("a probability far from every threshold keeps two decimals; one just above 0.1 is not printed 0.1", () => {
    expect(explain(jeffreys(0.7412), "en")).toContain("P = 0.74;");
    expect(explain(jeffreys(0.10004), "en")).toContain("P = 0.10004;");
  });

  test("digits: the fewest (from 2) whose rounding keeps the sign against each threshold", () => {
    expect(decisiveDigits(0.89951, [0.1, 0.5, 0.9])).toBe(4); // 0.90 and 0.900 equal 0.9; 0.8995 is below
    expect(decisiveDigits(0.94996, [0.95])).toBe(5); // 0.95, 0.950, 0.9500 all read as met
    expect(decisiveDigits(0.9, [0.9])).toBe(2); // exactly on the threshold prints as it is
    expect(decisiveDigits(0.33, [0.1, 0.5, 0.9])).toBe(2);
  });
});
