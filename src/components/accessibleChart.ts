// Plot labels every mark group with aria-label, which axe reports as prohibited on a <g> with no role.
// A chart here is one image with a name; its numbers are in the data table next to it.
export function accessibleChart<T extends Element>(chart: T, name: string): T {
  // With a legend, Plot returns a <figure> holding the legends (swatches, or a colour ramp that is
  // itself an <svg>) followed by the chart's own <svg>: the chart is the last one.
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : [...chart.querySelectorAll(":scope > svg")].at(-1);
  if (svg) {
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", name);
    for (const element of svg.querySelectorAll("[aria-label]")) element.removeAttribute("aria-label");
    for (const element of svg.querySelectorAll("[aria-description]")) element.removeAttribute("aria-description");
  }
  return chart;
}
