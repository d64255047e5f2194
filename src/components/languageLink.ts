// A link to the same view in the other language (the language is part of the URL).
import {translator} from "../lib/i18n.js";
import type {Lang} from "../lib/locale.js";

export function languageLink({lang = "vi", document = globalThis.document}: {lang?: Lang; document?: Document} = {}) {
  const url = new URL(location.href);
  url.searchParams.set("lang", lang === "vi" ? "en" : "vi");
  const link = document.createElement("a");
  link.className = "language-link";
  link.href = `${url.pathname}${url.search}`;
  link.lang = lang === "vi" ? "en" : "vi";
  link.textContent = translator(lang)("language");
  return link;
}
