import {describe, expect, test} from "vitest";
import {formatters} from "../../src/lib/locale.js";

describe("Vietnamese formatting (1.234,5 and 31/12/2024)", () => {
  const vi = formatters("vi");
  test("thousands with dots, decimals with a comma", () => {
    expect(vi.integer(1234567)).toBe("1.234.567");
    expect(vi.decimal(3.25, 2)).toBe("3,25");
    expect(vi.decimal(1234.5)).toBe("1.234,5");
  });
  test("percent with a comma and a space before %", () => {
    expect(vi.percent(0.305)).toBe("30,5\u00a0%");
  });
  test("negative numbers use a true minus sign", () => {
    expect(vi.decimal(-4, 0)).toBe("\u22124");
  });
  test("dates day first", () => {
    expect(vi.date(new Date(Date.UTC(2024, 11, 31)))).toBe("31/12/2024");
  });
  test("axis counts compact: triệu and nghìn abbreviated", () => {
    expect([1_000_000, 1_500_000, 500_000, 20_000, 800].map(vi.compact)).toEqual([
      "1\u00a0tr",
      "1,5\u00a0tr",
      "500\u00a0N",
      "20\u00a0N",
      "800"
    ]);
  });
});

describe("English formatting", () => {
  const en = formatters("en");
  test("thousands with commas, decimals with a point", () => {
    expect(en.integer(1234567)).toBe("1,234,567");
    expect(en.decimal(1234.5)).toBe("1,234.5");
    expect(en.percent(0.305)).toBe("30.5%");
  });
  test("axis counts compact", () => {
    expect([1_000_000, 1_500_000, 500_000, 20_000].map(en.compact)).toEqual(["1M", "1.5M", "500k", "20k"]);
  });
});
