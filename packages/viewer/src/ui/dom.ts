/** What `el` accepts besides children: a class, a tooltip, a click handler, plain attributes. */
export interface ElementProps {
  className?: string;
  title?: string;
  onclick?: (event: MouseEvent) => void;
  attrs?: Record<string, string>;
}

/**
 * Creates an element whose string children are text nodes. Article text (names, sentences,
 * titles) goes through here, so it can never become markup, whatever it contains.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
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
