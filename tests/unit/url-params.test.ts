// @vitest-environment jsdom
// A link's parameters as a page reads them: valid, invalid with why (in both languages) or missing, and the
// page's default in place of an invalid one.
import {expect, test} from "vitest";
import type {SiteUnit} from "../../contract/site.js";
import {
  choiceParam,
  geographyParam,
  langParam,
  listParam,
  mapParam,
  paramNotice,
  parseParam,
  periodEndParam,
  provinceParam,
  readParams,
  unitParam,
  yearParam
} from "../../src/lib/url-params.js";

const years = yearParam([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);

test("a year is valid only when it is a year the data hold", () => {
  expect(parseParam(years, "2022")).toEqual({state: "valid", value: 2022});
  expect(parseParam(years, null)).toEqual({state: "missing"});
  expect(parseParam(years, "")).toEqual({state: "missing"});
  expect(parseParam(years, "abc")).toEqual({
    state: "invalid",
    raw: "abc",
    reason: {vi: "“abc” không phải là một năm", en: "“abc” is not a year"}
  });
  expect(parseParam(years, "1800")).toMatchObject({
    state: "invalid",
    reason: {en: "there are no data for 1800 (the data cover 2018 to 2025)"}
  });
  // "2024abc" and "24" are not years, whatever Number() would make of them
  expect(parseParam(years, "2024abc").state).toBe("invalid");
  expect(parseParam(years, "24").state).toBe("invalid");
});

test("without a valid year the page shows 2024, or the latest year when the data stop earlier", () => {
  expect(years.fallback).toBe(2024);
  expect(yearParam([2019, 2021, 2020]).fallback).toBe(2021);
});

test("a choice is one of the page's values; an unknown unit says so", () => {
  const unit = choiceParam(["VN|any", "62|pre2025"], "VN|any", {unknown: "unknownUnit", label: String});
  expect(parseParam(unit, "62|pre2025")).toEqual({state: "valid", value: "62|pre2025"});
  expect(parseParam(unit, "XYZ")).toEqual({
    state: "invalid",
    raw: "XYZ",
    reason: {vi: "Không có địa bàn nào mang mã này", en: "No unit has this code"}
  });
  expect(parseParam(listParam(["deaths", "accidents"], ["deaths"], String), "deaths,accidents")).toEqual({
    state: "valid",
    value: ["deaths", "accidents"]
  });
  expect(parseParam(listParam(["deaths", "accidents"], ["deaths"], String), "deaths,cats")).toMatchObject({
    state: "invalid",
    reason: {en: "“cats” is not one of this page's choices"}
  });
  expect(parseParam(langParam, "en")).toEqual({state: "valid", value: "en"});
});

test("readParams gives each parameter's state and the value to show: the link's, else the default", () => {
  const parsed = readParams(
    {year: years, unit: choiceParam(["VN|any", "62|pre2025"], "VN|any", {unknown: "unknownUnit", label: String})},
    "?year=abc&unit=62%7Cpre2025&other=1"
  );
  expect(parsed.results.year.state).toBe("invalid");
  expect(parsed.results.unit).toEqual({state: "valid", value: "62|pre2025"});
  expect(parsed.values).toEqual({year: 2024, unit: "62|pre2025"});
  expect(parsed.invalid.map((p) => [p.name, p.raw, p.shown.vi])).toEqual([["year", "abc", "2024"]]);
});

test("the notice is an alert naming the parameter, why, and what is shown instead; none when all is well", () => {
  const parsed = readParams(
    {
      year: years,
      unit: choiceParam(["VN|any"], "VN|any", {unknown: "unknownUnit", label: () => "Toàn quốc"})
    },
    "?year=1800&unit=XYZ"
  );
  const notice = paramNotice(parsed, "vi", document)!;
  expect(notice.getAttribute("role")).toBe("alert");
  expect(notice.textContent).toBe(
    "Liên kết có tham số không hợp lệ: year=“1800”: không có số liệu năm 1800 (số liệu có từ 2018 đến 2025) — đang hiển thị 2024; " +
      "unit=“XYZ”: Không có địa bàn nào mang mã này — đang hiển thị Toàn quốc."
  );
  expect(paramNotice(parsed, "en", document)!.textContent).toContain("The link has an invalid parameter: year=“1800”");
  expect(paramNotice(readParams({year: years}, "?year=2023"), "vi", document)).toBeNull();
});

test("what a page shows instead is said in words, never as the value's id", () => {
  const shown = (specs: Parameters<typeof readParams>[0], search: string) =>
    readParams(specs, search).invalid.map((p) => [p.shown.vi, p.shown.en]);
  expect(shown({map: mapParam}, "?map=moon")).toEqual([
    ["63 tỉnh, huyện (trước 01/07/2025)", "63 provinces, districts (before 1 July 2025)"]
  ]);
  expect(shown({geo: geographyParam}, "?geo=moon")).toEqual([
    ["63 tỉnh (địa giới trước 01/07/2025)", "63 provinces (before 1 July 2025)"]
  ]);
  const metrics = listParam(["deaths", "fatal_accidents"], ["deaths", "fatal_accidents"], (m) =>
    m === "deaths" ? "Số người chết" : "Số vụ có người chết"
  );
  expect(shown({metrics}, "?metrics=cats")).toEqual([
    ["Số người chết, Số vụ có người chết", "Số người chết, Số vụ có người chết"]
  ]);
  expect(shown({lang: langParam}, "?lang=fr")).toEqual([["Tiếng Việt", "Tiếng Việt"]]);
});

test("a unit by key, or by code on the map of the link's year; an unknown one falls back to the country", () => {
  const unit = (key: string, name: string, level = "province") => {
    const [code, geography] = key.split("|") as [string, SiteUnit["geography"]];
    return {
      key: key as SiteUnit["key"],
      code,
      geography,
      mode: "reported" as const,
      name,
      level,
      parent: null,
      plan_id: null,
      plan_years: []
    };
  };
  const units = [unit("VN|any", "Việt Nam", "country"), unit("01|pre2025", "Hà Nội (cũ)"), unit("01|2025", "Hà Nội")];
  const specs = {year: years, unit: ({year}: Record<string, unknown>) => unitParam(units, {year: year as number})};
  expect(readParams(specs, "?unit=01&year=2023").values).toEqual({year: 2023, unit: "01|pre2025"});
  expect(readParams(specs, "?unit=01&year=2025").values).toEqual({year: 2025, unit: "01|2025"});
  expect(readParams(specs, "?unit=01%7Cpre2025&year=2025").values.unit).toBe("01|pre2025");
  // Without a year of its own, a unit parameter reads a bare code on the map of the year the page read
  // before it, else of the link's year as written (a page without a year parameter), else of 2024.
  const plain = unitParam(units);
  expect(readParams({year: years, unit: plain}, "?unit=01&year=2025").values.unit).toBe("01|2025");
  expect(readParams({unit: plain}, "?unit=01&year=2025").values.unit).toBe("01|2025");
  expect(readParams({unit: plain}, "?unit=01&year=2024").values.unit).toBe("01|pre2025");
  expect(readParams({unit: plain}, "?unit=01").values.unit).toBe("01|pre2025");
  expect(readParams({unit: plain}, "?unit=01&year=abc").values.unit).toBe("01|pre2025");
  const unknown = readParams(specs, "?unit=XYZ");
  expect(unknown.values.unit).toBe("VN|any");
  expect(unknown.invalid[0]!.shown).toEqual({vi: "Toàn quốc", en: "Whole country"});
});

test("on the new map an old province's code shows the province it merged into, and says so", () => {
  const newProvinces = [
    {code: "19", name: "Tỉnh Thái Nguyên"},
    {code: "51", name: "Tỉnh Quảng Ngãi"}
  ];
  const old = [{code: "62", name: "Tỉnh Kon Tum", province_2025: "51"}];
  const parsed = readParams({province: provinceParam(newProvinces, "19", old)}, "?province=62");
  expect(parsed.values.province).toBe("51");
  expect(paramNotice(parsed, "vi", document)!.textContent).toBe(
    "Liên kết có tham số không hợp lệ: province=“62”: Tỉnh Kon Tum đã sáp nhập vào Tỉnh Quảng Ngãi (51) từ 01/07/2025 — đang hiển thị Tỉnh Quảng Ngãi."
  );
  expect(paramNotice(parsed, "en", document)!.textContent).toContain(
    "Tỉnh Kon Tum merged into Tỉnh Quảng Ngãi (51) on 1 July 2025"
  );
  // a code no province ever had still falls back to the default
  expect(readParams({province: provinceParam(newProvinces, "19", old)}, "?province=99").values.province).toBe("19");
});

const place = (key: string, name: string, level: string, province_2025: string | null = null) => {
  const [code, geography] = key.split("|") as [string, SiteUnit["geography"]];
  return {key: key as SiteUnit["key"], code, geography, name, level, province_2025};
};
const bothMaps = [
  place("VN|any", "Việt Nam", "country"),
  place("62|pre2025", "Tỉnh Kon Tum", "province", "51"),
  place("51|2025", "Quảng Ngãi", "province"),
  place("01|2025", "Hà Nội", "province"),
  place("001|pre2025", "Quận Ba Đình", "district", "01"),
  place("03980|2025", "Xã Bạch Thông", "commune")
];
const allYears = yearParam([2021, 2022, 2023, 2024, 2025, 2026]);

test("a unit the link names in a year it did not exist in is refused, saying why and where it went", () => {
  const anyPage = {
    year: allYears,
    unit: ({year}: Record<string, unknown>) => unitParam(bothMaps, {year: year as number})
  };
  const gone = readParams(anyPage, "?unit=62&year=2026");
  expect(gone.values.unit).toBe("VN|any");
  expect(gone.invalid[0]!.reason).toEqual({
    vi: "Tỉnh Kon Tum (62) thuộc địa giới cũ, không còn từ 01/07/2025 — đã sáp nhập vào Quảng Ngãi (51); năm 2026 chỉ có địa giới mới",
    en: "Kon Tum Province (62) is a unit of the old map, gone from 1 July 2025 — merged into Quảng Ngãi (51); 2026 is on the new map only"
  });
  expect(readParams(anyPage, "?unit=001%7Cpre2025&year=2026").invalid[0]!.reason.vi).toContain(
    "Quận Ba Đình (001) thuộc địa giới cũ, không còn từ 01/07/2025 — nay thuộc Hà Nội (01)"
  );
  // the old map holds 2025's first half; a new province's earlier years are its old provinces summed
  expect(readParams(anyPage, "?unit=62&year=2025").invalid).toEqual([]);
  expect(readParams(anyPage, "?unit=01%7C2025&year=2021").invalid).toEqual([]);
  // a year's document: a new province did not exist before 2025
  const report = {
    year: allYears,
    unit: ({year}: Record<string, unknown>) => unitParam(bothMaps, {year: year as number, newMapSummed: false})
  };
  expect(readParams(report, "?unit=01%7C2025&year=2021").invalid[0]!.reason.vi).toBe(
    "Hà Nội (01) thuộc địa giới mới, bắt đầu từ 01/07/2025; năm 2021 chỉ có địa giới cũ"
  );
  // a page of one year's units still says why a unit of another year is not there
  const of2026 = {
    year: allYears,
    unit: ({year}: Record<string, unknown>) =>
      unitParam(
        bothMaps.filter((u) => u.geography !== "pre2025"),
        {year: year as number, known: bothMaps}
      )
  };
  expect(readParams(of2026, "?unit=62&year=2026").invalid[0]!.reason.vi).toContain("đã sáp nhập vào Quảng Ngãi (51)");
});

test("a key whose code is on the other map only says which unit the code is there", () => {
  const trends = {unit: unitParam(bothMaps)};
  expect(readParams(trends, "?unit=001%7C2025").invalid[0]!.reason).toEqual({
    vi: "Mã 001 không có trên địa giới mới (từ 01/07/2025); trên địa giới cũ (đến 30/06/2025) là Quận Ba Đình (001)",
    en: "Code 001 is not on the new map (from 1 July 2025); on the old map (until 30 June 2025) it is Ba Đình District (001)"
  });
  expect(readParams(trends, "?unit=03980%7Cpre2025").invalid[0]!.reason.vi).toBe(
    "Mã 03980 không có trên địa giới cũ (đến 30/06/2025); trên địa giới mới (từ 01/07/2025) là Xã Bạch Thông (03980)"
  );
  expect(readParams(trends, "?unit=99%7C2025").invalid[0]!.reason.vi).toBe("Không có địa bàn nào mang mã này");
});

test("a period whose last year comes before its first is refused", () => {
  const period = {from: allYears, to: periodEndParam([2021, 2022, 2023, 2024, 2025, 2026])};
  expect(readParams(period, "?from=2025&to=2021").invalid).toEqual([
    expect.objectContaining({
      name: "to",
      reason: {vi: "năm cuối 2021 đứng trước năm đầu 2025", en: "the last year 2021 comes before the first year 2025"}
    })
  ]);
  expect(readParams(period, "?from=2021&to=2025").invalid).toEqual([]);
  expect(readParams(period, "?to=2021").invalid).toEqual([]);
});
