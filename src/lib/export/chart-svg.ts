// A chart as a file that stands on its own: title, unit and year, the chart, its legend, the source line,
// the date and a "demo data" mark where it applies, with the Vietnamese font embedded so the letters
// survive in Word, PowerPoint or an image viewer.
export interface ChartFileText {
  title: string;
  subtitle: string;
  source: string;
  /** e.g. "Tạo ngày 23/11/2026". */
  date: string;
  /** e.g. "DỮ LIỆU MINH HỌA": shown in the corner when set. */
  demo?: string;
}

const FONT = `"Be Vietnam Pro", "DejaVu Sans", Arial, sans-serif`;
const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;"})[c]!);

/**
 * An element as XML. HTML serialization writes U+00A0 as `&nbsp;`, an entity XML does not know: a Vietnamese
 * percentage ("30,5\u00a0%") made the whole file unreadable (no image, no PNG).
 */
const xml = (element: Element) => element.outerHTML.replaceAll("&nbsp;", "&#160;");

/** A line of 11-px text broken at spaces so that it fits `width` pixels (≈ 6 px a letter): SVG does not wrap. */
function wrapText(line: string, width: number): string[] {
  const perLine = Math.floor(width / 6);
  const lines: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current && current.length + 1 + word.length > perLine) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...lines, current];
}

/** The legend items of a Plot figure (swatch colour and label), to redraw them inside the SVG. */
function legendItems(chart: Element): {colour: string; label: string}[] {
  return [...chart.querySelectorAll(".plot-swatches > span, [class$='-swatch']")]
    .map((swatch) => ({
      colour:
        swatch.querySelector("svg rect, svg")?.getAttribute("fill") ??
        swatch.querySelector("rect")?.getAttribute("fill") ??
        "#999",
      label: swatch.textContent?.trim() ?? ""
    }))
    .filter((item) => item.label);
}

/**
 * The standalone SVG text for a chart element (a Plot <svg>, or a <figure> holding a legend and the
 * <svg>). `fontCss` is the @font-face CSS to embed (data: URLs).
 */
export function chartSvgFile(chart: Element, text: ChartFileText, {fontCss = ""}: {fontCss?: string} = {}): string {
  // A Plot figure holds its legends (swatches as HTML, a colour ramp as an <svg>) before the chart's <svg>.
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll(":scope > svg")];
  const svg = svgs.at(-1)!;
  const ramps = svgs.slice(0, -1);
  const width = Math.max(...svgs.map((s) => Number(s.getAttribute("width")) || 640));
  const height = Number(svg.getAttribute("height")) || 400;
  const legend = legendItems(chart);
  const rampHeight = ramps.reduce((sum, r) => sum + (Number(r.getAttribute("height")) || 50), 0);
  const top = 58 + (legend.length ? 22 : 0) + rampHeight;
  const source = wrapText(text.source, width);
  const total = top + height + 32 + 16 * source.length;
  const inner = svg.cloneNode(true) as Element;
  inner.setAttribute("x", "0");
  inner.setAttribute("y", String(top));
  inner.removeAttribute("style");
  let rampTop = 58 + (legend.length ? 22 : 0);
  const rampMarks = ramps
    .map((ramp) => {
      const copy = ramp.cloneNode(true) as Element;
      copy.setAttribute("x", "0");
      copy.setAttribute("y", String(rampTop));
      copy.removeAttribute("style");
      rampTop += Number(ramp.getAttribute("height")) || 50;
      return xml(copy);
    })
    .join("");
  let x = 0;
  const legendMarks = legend
    .map((item) => {
      const mark = `<rect x="${x}" y="${58}" width="12" height="12" fill="${escapeXml(item.colour)}"/><text x="${x + 16}" y="${68}" font-size="12">${escapeXml(item.label)}</text>`;
      x += 28 + item.label.length * 7;
      return mark;
    })
    .join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family='${FONT}'>`,
    `<style>${fontCss}\ntext{font-family:${FONT}}</style>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="0" y="22" font-size="18" font-weight="700">${escapeXml(text.title)}</text>`,
    `<text x="0" y="44" font-size="13" fill="#444">${escapeXml(text.subtitle)}</text>`,
    text.demo
      ? `<text x="${width}" y="22" font-size="12" font-weight="700" fill="#8a4b00" text-anchor="end">${escapeXml(text.demo)}</text>`
      : "",
    legendMarks,
    rampMarks,
    xml(inner),
    ...source.map(
      (line, i) => `<text x="0" y="${top + height + 22 + 16 * i}" font-size="11" fill="#444">${escapeXml(line)}</text>`
    ),
    `<text x="0" y="${top + height + 22 + 16 * source.length}" font-size="11" fill="#444">${escapeXml(text.date)}</text>`,
    `</svg>`
  ].join("\n");
}
