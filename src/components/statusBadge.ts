// A status as a word with a shape, never colour alone (Okabe–Ito colours, readable for colour-blind
// readers and printed in grey).
import type {ReviewStatus, Status} from "../contract/indicators.js";
import {translateDynamic} from "../lib/i18n.js";
import type {Lang} from "../lib/locale.js";

export const STATUS_STYLE: Record<Status | ReviewStatus, {colour: string; symbol: string}> = {
  on_track: {colour: "#009E73", symbol: "✓"},
  achieved: {colour: "#009E73", symbol: "✓"},
  at_risk: {colour: "#E69F00", symbol: "▲"},
  off_track: {colour: "#D55E00", symbol: "✕"},
  not_achieved: {colour: "#D55E00", symbol: "✕"},
  not_enough_evidence: {colour: "#777777", symbol: "?"},
  no_data: {colour: "#999999", symbol: "–"},
  partial: {colour: "#777777", symbol: "½"},
  no_target: {colour: "#999999", symbol: "·"},
  not_applicable: {colour: "#999999", symbol: "·"}
};

export function statusBadge(
  status: Status | ReviewStatus,
  {lang = "vi", document = globalThis.document}: {lang?: Lang; document?: Document} = {}
) {
  const style = STATUS_STYLE[status] ?? STATUS_STYLE.no_data;
  const badge = document.createElement("span");
  badge.className = `status-badge status-${status}`;
  badge.style.borderLeftColor = style.colour;
  const symbol = document.createElement("span");
  symbol.setAttribute("aria-hidden", "true");
  symbol.style.color = style.colour;
  symbol.textContent = `${style.symbol} `;
  badge.append(symbol, translateDynamic(lang, "status", status));
  return badge;
}
