// A long list shown a page at a time (previous/next buttons and "1–20 of 2,880"), so a page with
// thousands of rows stays short. `render` draws one page (usually the data table).
export interface PagedOptions {
  pageSize?: number;
  labels: {previous: string; next: string; of: string};
  formatCount?: (n: number) => string;
  document?: Document;
}

export function paged<T>(rows: T[], render: (page: T[]) => HTMLElement, options: PagedOptions): HTMLElement {
  const {pageSize = 20, labels, formatCount = String, document = globalThis.document} = options;
  const container = document.createElement("div");
  container.className = "paged";
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  let page = 0;
  const nav = document.createElement("div");
  nav.className = "pager";
  const button = (text: string, step: number) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", () => {
      page = Math.min(pages - 1, Math.max(0, page + step));
      draw();
    });
    return b;
  };
  const previous = button(`‹ ${labels.previous}`, -1);
  const next = button(`${labels.next} ›`, 1);
  const position = document.createElement("span");
  position.setAttribute("aria-live", "polite");
  nav.append(previous, position, next);
  const draw = () => {
    const first = page * pageSize;
    const shown = rows.slice(first, first + pageSize);
    container.replaceChildren(render(shown), ...(pages > 1 ? [nav] : []));
    position.textContent = `${formatCount(first + 1)}–${formatCount(first + shown.length)} ${labels.of} ${formatCount(rows.length)}`;
    previous.disabled = page === 0;
    next.disabled = page === pages - 1;
  };
  draw();
  return container;
}

/** A section closed until asked for: its summary says what is inside (and how many). */
export function collapsible(summary: string, content: Node, {document = globalThis.document} = {}): HTMLElement {
  const details = document.createElement("details");
  details.className = "collapsible";
  const title = document.createElement("summary");
  title.textContent = summary;
  details.append(title, content);
  return details;
}
