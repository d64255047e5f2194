// The label every page showing demo data carries.
import {translator} from "../lib/i18n.js";
import type {Lang} from "../lib/locale.js";

export function demoNotice({lang = "vi", document = globalThis.document}: {lang?: Lang; document?: Document} = {}) {
  const t = translator(lang);
  const note = document.createElement("p");
  note.className = "demo-notice";
  const badge = document.createElement("strong");
  badge.className = "demo-badge";
  badge.textContent = t("demoData");
  note.append(badge, ` ${t("demoNote")}`);
  return note;
}
