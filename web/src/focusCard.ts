/**
 * After a card list changed under the keyboard (a card removed, more loaded): focuses the name link
 * of the card now at `index` (or the last one), else `fallback` (the list's heading).
 */
export function focusCardAt(list: HTMLElement | null, index: number, fallback: HTMLElement | null): void {
  const links = list ? Array.from(list.querySelectorAll<HTMLElement>(':scope > li .member-card-name a')) : [];
  const target = links[Math.min(Math.max(index, 0), links.length - 1)] ?? fallback;
  target?.focus();
}
