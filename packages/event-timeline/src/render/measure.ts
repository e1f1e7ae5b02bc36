let context: CanvasRenderingContext2D | null | undefined;
/** Widths by font and text: the axis's major labels are a few dozen distinct texts, measured once each. */
const measured = new Map<string, number>();

/** The width in px of `text` in the CSS `font`; an estimate where there is no canvas. */
export function measureText(text: string, font: string): number {
  const key = `${font}|${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    if (context === undefined) context = document.createElement('canvas').getContext('2d');
    if (!context) return text.length * 6.6;
    // Setting the font parses it and resolves its face (~1 ms in a software canvas): only when it changes.
    if (context.font !== font) context.font = font;
    if (measured.size > 1000) measured.clear();
    measured.set(key, (width = context.measureText(text).width));
  }
  return width;
}
