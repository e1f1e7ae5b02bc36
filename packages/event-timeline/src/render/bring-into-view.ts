/**
 * Scrolls `el` into the viewport when it is not wholly in it: on a phone, a part the user just
 * opened (the detail panel, the list) lands below the fold. The least scroll that shows it
 * (`block: 'nearest'`: a part taller than the screen shows its top), smooth unless the reader
 * asked for reduced motion. Call it only on a user's action: code never scrolls the page.
 */
export function bringIntoView(el: Element | null | undefined): void {
  const r = el?.getBoundingClientRect();
  if (!el || !r || (r.top >= 0 && r.bottom <= window.innerHeight)) return;
  el.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}
