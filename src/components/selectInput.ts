// A labelled <select> that works with Framework's view(): it has a value and fires "input".
export interface SelectOption {
  value: string;
  label: string;
  group?: string;
}

export function selectInput({
  label,
  options,
  value,
  document = globalThis.document
}: {
  label: string;
  options: SelectOption[];
  value: string;
  document?: Document;
}) {
  const wrapper = document.createElement("div") as HTMLDivElement & {value: string};
  wrapper.className = "select-input";
  const id = `select-${Math.random().toString(36).slice(2)}`;
  const labelElement = document.createElement("label");
  labelElement.htmlFor = id;
  labelElement.textContent = label;
  const select = document.createElement("select");
  select.id = id;
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const option of options) {
    const element = document.createElement("option");
    element.value = option.value;
    element.textContent = option.label;
    if (option.group) {
      let group = groups.get(option.group);
      if (!group) {
        group = document.createElement("optgroup");
        group.label = option.group;
        groups.set(option.group, group);
        select.append(group);
      }
      group.append(element);
    } else select.append(element);
  }
  select.value = options.some((o) => o.value === value) ? value : (options[0]?.value ?? "");
  wrapper.append(labelElement, select);
  wrapper.value = select.value;
  select.addEventListener("input", () => {
    wrapper.value = select.value;
    wrapper.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return wrapper;
}
