// Fixes to the HTML that Framework 1.13 writes, each for a WCAG 2 A/AA failure found by axe-core.
const fixes: {why: string; apply: (html: string) => string}[] = [
  {
    why: "Framework emits <html> with no lang (WCAG 3.1.1)",
    apply: (html) => html.replace(/<html(?![^>]*\blang=)/, '<html lang="vi"')
  },
  {
    why: "maximum-scale=1 stops people from zooming (WCAG 1.4.4)",
    apply: (html) => html.replace(/(<meta name="viewport" content="[^"]*?),\s*maximum-scale=1"/, '$1"')
  },
  {
    why: "the sidebar puts its close <label> inside an <ol>, which may only hold <li> (WCAG 1.3.1)",
    apply: (html) => html.replace(/<ol>(\s*)(<label id="observablehq-sidebar-close"[^>]*><\/label>)/, "$2$1<ol>")
  }
];

export function fixFrameworkHtml(html: string): string {
  return fixes.reduce((result, fix) => fix.apply(result), html);
}
