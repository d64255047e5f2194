// The interface language lives in the URL (?lang=en) so a shared link opens in the same language.
import type {Lang} from "./locale.js";

export function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get("lang") === "en" ? "en" : "vi";
}
