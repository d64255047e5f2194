// Number and date formatting for the two interface languages. Vietnamese writes 1.234,5 and 31/12/2024.
// d3-format has no vi-VN locale, so it is defined here; formatters are built per language instead of
// changing d3's global default, so a chart renders the same in the browser, in tests and in exports.
import {formatLocale, timeFormatLocale, type FormatLocaleDefinition, type TimeLocaleDefinition} from "d3";

export type Lang = "vi" | "en";

const numberLocales: Record<Lang, FormatLocaleDefinition> = {
  vi: {decimal: ",", thousands: ".", grouping: [3], currency: ["", "\u00a0₫"], minus: "\u2212", percent: "\u00a0%"},
  en: {decimal: ".", thousands: ",", grouping: [3], currency: ["", "\u00a0VND"], minus: "\u2212"}
};

const timeLocales: Record<Lang, TimeLocaleDefinition> = {
  vi: {
    dateTime: "%A, %-d tháng %-m năm %Y, %X",
    date: "%d/%m/%Y",
    time: "%H:%M:%S",
    periods: ["SA", "CH"],
    days: ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"],
    shortDays: ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
    months: [
      "Tháng 1",
      "Tháng 2",
      "Tháng 3",
      "Tháng 4",
      "Tháng 5",
      "Tháng 6",
      "Tháng 7",
      "Tháng 8",
      "Tháng 9",
      "Tháng 10",
      "Tháng 11",
      "Tháng 12"
    ],
    shortMonths: ["Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12"]
  },
  en: {
    dateTime: "%a %b %e %X %Y",
    date: "%d/%m/%Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December"
    ],
    shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  }
};

export interface Formatters {
  /** Whole numbers with thousands separators: 1.234 (vi), 1,234 (en). */
  integer(value: number): string;
  /** A number with up to `digits` decimals: 3,25 (vi). */
  decimal(value: number, digits?: number): string;
  /** A fraction as a percentage: 0.305 → 30,5 % (vi). */
  percent(value: number, digits?: number): string;
  /** A date as dd/mm/yyyy (both languages use the Vietnamese order in this product). */
  date(value: Date): string;
  /** A large count in few characters, for axis ticks: 1,5 tr, 500 N (vi); 1.5M, 500k (en). */
  compact(value: number): string;
}

// Thousands and millions: "nghìn" and "triệu" abbreviated as Vietnamese tables do.
const compactUnits: Record<Lang, [million: string, thousand: string]> = {vi: ["\u00a0tr", "\u00a0N"], en: ["M", "k"]};

export function formatters(lang: Lang): Formatters {
  const numbers = formatLocale(numberLocales[lang]);
  const times = timeFormatLocale(timeLocales[lang]);
  const integer = numbers.format(",d");
  const date = times.utcFormat("%d/%m/%Y");
  const decimal = (value: number, digits = 1) => numbers.format(`,.${digits}~f`)(value);
  const [million, thousand] = compactUnits[lang];
  return {
    integer: (value) => integer(Math.round(value)),
    decimal,
    percent: (value, digits = 1) => numbers.format(`.${digits}~%`)(value),
    date: (value) => date(value),
    compact: (value) =>
      value >= 1e6
        ? `${decimal(value / 1e6)}${million}`
        : value >= 1e3
          ? `${decimal(value / 1e3)}${thousand}`
          : decimal(value, 0)
  };
}
