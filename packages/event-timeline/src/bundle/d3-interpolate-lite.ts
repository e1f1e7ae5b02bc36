/**
 * Stands in for d3-interpolate in the standalone bundle only (see rollup.config.mjs). d3-zoom
 * imports just `interpolateZoom`, to animate zoom transitions; the element never starts one
 * (see d3-transition-lite.ts), so this is never called on its path. It is still a working
 * interpolator (linear in view centre and width, where d3's follows van Wijk and Nuij's
 * smooth path), so a transition started by other code would move rather than break. d3-interpolate
 * ships as one module whose top level builds colour interpolators, which keeps all of d3-color
 * (~3.5 KB gzipped) in any bundle that imports it.
 */
type View = [number, number, number];

export function interpolateZoom(a: View, b: View): ((t: number) => View) & { duration: number } {
  const i = (t: number): View => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
  return Object.assign(i, { duration: 250 });
}
