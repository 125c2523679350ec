import { el } from "../ui/dom.js";
import type { SearchHit } from "./index.js";

/** What the search box needs from the page: the search itself and what choosing a hit does. */
export interface SearchBoxOptions {
  find: (query: string) => SearchHit[];
  choose: (hit: SearchHit) => void;
}

/**
 * Wires a search input to a result list: results as you type, ↑/↓ move, Enter chooses (the
 * first result when none is highlighted), Escape closes; a click chooses too.
 */
export function attachSearchBox(input: HTMLInputElement, list: HTMLUListElement, options: SearchBoxOptions): void {
  let hits: SearchHit[] = [];
  let active = -1;
  const close = () => {
    hits = [];
    active = -1;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };
  const choose = (hit: SearchHit) => {
    close();
    input.value = hit.label;
    options.choose(hit);
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((item, i) => {
      item.classList.toggle("active", i === active);
      item.setAttribute("aria-selected", String(i === active));
    });
    const item = list.children[active];
    if (item) {
      input.setAttribute("aria-activedescendant", item.id);
      item.scrollIntoView({ block: "nearest" });
    }
  };
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.addEventListener("input", () => {
    hits = options.find(input.value);
    active = -1;
    list.replaceChildren(
      ...hits.map((hit, i) =>
        el("li", { attrs: { role: "option", id: `${list.id}-${i}`, "data-node": hit.node, "aria-selected": "false" }, onclick: () => choose(hit) },
          el("span", { className: "label" }, hit.label), hit.context ? el("span", { className: "context" }, hit.context) : null),
      ),
    );
    input.setAttribute("aria-expanded", String(hits.length > 0));
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length) highlight((active + (event.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      const hit = hits[Math.max(0, active)];
      if (hit) choose(hit);
    } else if (event.key === "Escape") {
      close();
    }
  });
}
