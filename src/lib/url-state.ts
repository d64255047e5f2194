// Filters live in the URL (?unit=62|pre2025&year=2024&lang=vi), so a copied link reproduces the view; they
// are read by url-params.ts.

/** Updates the address bar without reloading (the browser's back button keeps working). */
export function writeParams(values: Record<string, string>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(values)) url.searchParams.set(name, value);
  history.replaceState(null, "", url);
}
