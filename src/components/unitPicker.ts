// The unit picker: a type-ahead over every unit of both maps (ARIA 1.2 combobox with a list box). Works
// with Framework's view(): its value is the chosen unit's key and it fires "input" only when a unit is
// chosen. The names are asked for on first use, so a page that is only read never loads them.
import {translator} from "../lib/i18n.js";
import type {Lang} from "../lib/locale.js";
import {findUnits, type SearchableName} from "../contract/unit-directory.js";

/** The line under a name that tells namesakes apart: level, where it lies, which map. */
export function unitContext(unit: {key: string; level: string; parent: string | null}, lang: Lang): string {
  const t = translator(lang);
  const level = {country: t("levelCountry"), province: t("levelProvince"), district: t("levelDistrict")}[unit.level];
  const map = unit.key.endsWith("|2025") ? t("mapNew") : unit.key.endsWith("|pre2025") ? t("mapOld") : null;
  return [level ?? t("levelCommune"), unit.parent, map].filter(Boolean).join(" · ");
}

let pickers = 0;

export function unitPicker({
  label,
  value,
  text,
  loadNames,
  lang,
  document = globalThis.document
}: {
  label: string;
  /** The chosen unit's key ("" for none). */
  value: string;
  /** What the box shows for it. */
  text: string;
  loadNames: () => Promise<SearchableName[]>;
  lang: Lang;
  document?: Document;
}) {
  const t = translator(lang);
  const id = `unit-picker-${++pickers}`;
  const wrapper = document.createElement("div") as HTMLDivElement & {value: string};
  wrapper.className = "unit-picker";
  wrapper.value = value;
  const labelElement = document.createElement("label");
  labelElement.htmlFor = `${id}-input`;
  labelElement.textContent = label;
  const input = document.createElement("input");
  Object.assign(input, {id: `${id}-input`, type: "text", value: text, autocomplete: "off", spellcheck: false});
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", `${id}-list`);
  input.setAttribute("aria-describedby", `${id}-hint`);
  const hint = document.createElement("span");
  hint.id = `${id}-hint`;
  hint.className = "unit-picker-hint";
  hint.textContent = t("unitPickerHint");
  const list = document.createElement("ul");
  list.id = `${id}-list`;
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", t("unitPickerList"));
  list.hidden = true;
  const status = document.createElement("p");
  status.className = "unit-picker-status";
  status.setAttribute("role", "status");
  wrapper.append(labelElement, input, hint, list, status);

  let options: SearchableName[] = [];
  let active = -1;
  let chosenText = text;
  let request = 0;

  const setActive = (index: number) => {
    active = index;
    for (const [i, item] of [...list.children].entries()) item.setAttribute("aria-selected", String(i === index));
    const item = list.children[index];
    if (item) {
      input.setAttribute("aria-activedescendant", item.id);
      item.scrollIntoView({block: "nearest"});
    } else input.removeAttribute("aria-activedescendant");
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  };
  const choose = (option: SearchableName) => {
    chosenText = option.name;
    input.value = option.name;
    close();
    status.textContent = "";
    if (wrapper.value === option.key) return;
    wrapper.value = option.key;
    wrapper.dispatchEvent(new Event("input", {bubbles: true}));
  };
  const show = async () => {
    const mine = ++request;
    const names = await loadNames();
    if (mine !== request) return; // a later keystroke has already answered
    const {matches, total} = findUnits(names, input.value);
    options = matches;
    list.replaceChildren(
      ...matches.map((option, i) => {
        const item = document.createElement("li");
        item.id = `${id}-option-${i}`;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        const name = document.createElement("span");
        name.className = "unit-picker-name";
        name.textContent = option.name;
        const context = document.createElement("span");
        context.className = "unit-picker-context";
        context.textContent = ` — ${unitContext(option, lang)}`;
        item.append(name, context);
        // mousedown, not click: the box keeps the focus
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(option);
        });
        return item;
      })
    );
    list.hidden = matches.length === 0;
    input.setAttribute("aria-expanded", String(matches.length > 0));
    setActive(-1);
    status.textContent = !input.value.trim()
      ? ""
      : total === 0
        ? t("unitPickerNone")
        : total > matches.length
          ? t("unitPickerMore").replace("{shown}", String(matches.length)).replace("{total}", String(total))
          : t("unitPickerCount").replace("{total}", String(total));
  };

  // Typing is not a choice: the page hears only choose()'s event.
  input.addEventListener("input", (event) => {
    event.stopPropagation();
    void show();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) return void show();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === "Enter" && !list.hidden && options[Math.max(active, 0)]) {
      event.preventDefault();
      choose(options[Math.max(active, 0)]!);
    } else if (event.key === "Escape") {
      if (list.hidden) input.value = chosenText;
      close();
    }
  });
  // the box shows the chosen unit: typing replaces it
  input.addEventListener("focus", () => input.select());
  input.addEventListener("blur", () => {
    close();
    input.value = chosenText;
  });
  return wrapper;
}
