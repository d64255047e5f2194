// The interface language lives in the URL (?lang=en) so a shared link opens in the same language.
import type {Lang} from "./locale.js";
import {langParam, readParams} from "./url-params.js";

export function langFromSearch(search: string): Lang {
  return readParams({lang: langParam}, search).values.lang;
}
