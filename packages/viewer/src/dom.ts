/**
 * Element creation where every string is a text node: article text (names, sentences,
 * titles) can never become markup, whatever it contains.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; title?: string; onclick?: (event: MouseEvent) => void; attrs?: Record<string, string> } = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.title) element.title = props.title;
  if (props.onclick) element.addEventListener("click", props.onclick as EventListener);
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** 6000000 → 600万元, 259200000 → 2.592亿元. */
export function formatYuan(yuan: number, approximate = false): string {
  const prefix = approximate ? "约" : "";
  if (yuan >= 1e8) return `${prefix}${+(yuan / 1e8).toFixed(4)}亿元`;
  if (yuan >= 1e4) return `${prefix}${+(yuan / 1e4).toFixed(2)}万元`;
  return `${prefix}${yuan}元`;
}
