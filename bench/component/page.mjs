// The in-page half of the element benchmark. run.mjs drives it through Playwright: each exported
// measurement runs in this page and returns plain numbers. Everything is timed with
// performance.now(); no clock or time zone is read for the data.
import { generateEvents, toVisItems, toTimelinesChartData } from './generate.mjs';

const stage = document.getElementById('stage');
const now = () => performance.now();
const gc = () => (typeof globalThis.gc === 'function' ? globalThis.gc() : undefined);

/**
 * Resolves after the rendering steps (rAF callbacks, style, layout, paint) of the next frame have
 * run on the main thread: a message posted from the last rAF callback of a frame is delivered
 * after that frame's rendering task. Resolves to the time it was delivered.
 */
function afterNextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(now());
      channel.port2.postMessage(0);
    }),
  );
}

// Deferred work is found by its timers: setTimeout and requestIdleCallback are wrapped (before
// any component loads) to know which callbacks are pending and when the last one finished. This
// does not depend on machine load, unlike watching for gaps in the main thread's tasks.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realClearTimeout = globalThis.clearTimeout.bind(globalThis);
const pendingTimers = new Set();
let timersSettledAt = 0;
const settleTimer = (id) => {
  if (pendingTimers.delete(id) && pendingTimers.size === 0) timersSettledAt = now();
};
globalThis.setTimeout = (callback, delay, ...args) => {
  const id = realSetTimeout(() => {
    try {
      if (typeof callback === 'function') callback(...args);
    } finally {
      settleTimer(id);
    }
  }, delay);
  pendingTimers.add(id);
  return id;
};
globalThis.clearTimeout = (id) => {
  realClearTimeout(id);
  settleTimer(id);
};
if (typeof globalThis.requestIdleCallback === 'function') {
  const realIdle = globalThis.requestIdleCallback.bind(globalThis);
  const realCancelIdle = globalThis.cancelIdleCallback.bind(globalThis);
  globalThis.requestIdleCallback = (callback, options) => {
    const id = `idle${realIdle((deadline) => {
      try {
        callback(deadline);
      } finally {
        settleTimer(id);
      }
    }, options)}`;
    pendingTimers.add(id);
    return Number(id.slice(4));
  };
  globalThis.cancelIdleCallback = (id) => {
    realCancelIdle(id);
    settleTimer(`idle${id}`);
  };
}
const sleep = (ms) => new Promise((resolve) => realSetTimeout(resolve, ms));

/**
 * Resolves once no timer or idle callback of the page is pending, to the time the last one
 * finished (which may be before the call); `undefined` after `maxMs`.
 */
async function timersSettled({ maxMs = 60_000 } = {}) {
  const started = now();
  while (pendingTimers.size > 0) {
    if (now() - started > maxMs) return undefined;
    await sleep(5);
  }
  return timersSettledAt;
}

/**
 * Times `action` up to the end of the frame that shows its result.
 * - wall: from the start of the action to the end of that frame's rendering (includes waiting
 *   for the frame, up to one vsync interval);
 * - busy: the main-thread work only: the synchronous action plus its microtasks, plus the
 *   rendering of that frame from its first rAF callback to its end (idle time excluded).
 */
async function timeToPaint(action, settled) {
  let frameStart = -1;
  // Registered first, so it runs first among this frame's rAF callbacks.
  requestAnimationFrame(() => (frameStart = now()));
  const t0 = now();
  action();
  await settled();
  const tSync = now();
  const tEnd = await afterNextPaint();
  const inFrame = frameStart >= tSync;
  const busy = inFrame ? tSync - t0 + (tEnd - frameStart) : tEnd - t0;
  // script: the action and its update; render: the frame's rAF callbacks, style, layout and paint.
  return { wall: tEnd - t0, busy, script: tSync - t0, render: inFrame ? tEnd - frameStart : tEnd - tSync };
}

// Long Animation Frames (> 50 ms) as an independent cross-check of the frame timings. Entries
// arrive late, so each phase counts those that started within it.
const longFrames = [];
if (PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) {
  new PerformanceObserver((list) => longFrames.push(...list.getEntries())).observe({ type: 'long-animation-frame' });
}
const longFramesBetween = (from, to) => longFrames.filter((e) => e.startTime >= from && e.startTime < to).length;

const datasets = new Map();
/** Generates (once per page) the synthetic events of one size. */
function eventsOf(n, seed) {
  const key = `${n}:${seed}`;
  if (!datasets.has(key)) datasets.set(key, generateEvents(n, { seed }));
  return datasets.get(key);
}

async function loadOurs() {
  await import('/packages/event-timeline/dist/event-timeline.bundle.js');
  await customElements.whenDefined('event-timeline');
}

function loadScript(src, global) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => (globalThis[global] ? resolve() : reject(new Error(`${src} did not define ${global}`)));
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

async function freshElement() {
  stage.replaceChildren();
  const el = document.createElement('event-timeline');
  el.style.height = '500px';
  stage.append(el);
  await el.updateComplete;
  await afterNextPaint();
  return el;
}

/** What the element drew: enough to tell "rendered" from "rendered nothing". */
function drawnSummary(el) {
  const root = el.shadowRoot;
  if (!root) return { nodes: 0, canvases: 0 };
  return { nodes: root.querySelectorAll('*').length, canvases: root.querySelectorAll('canvas').length };
}

/**
 * Times `action` like timeToPaint(), then keeps waiting frame by frame while `changed()` reports
 * that something was redrawn since the last frame, so a component that finishes drawing in later
 * frames or tasks is timed to its last redraw. Extra frames count whole into both times.
 */
async function timeToQuietPaint(action, settled, changed) {
  const t0 = now();
  const first = await timeToPaint(action, settled);
  changed();
  let end = t0 + first.wall;
  let busy = first.busy;
  let extraFrames = 0;
  for (let guard = 0; guard < 600; guard++) {
    const before = now();
    const t = await afterNextPaint();
    if (!changed()) break;
    busy += t - before;
    end = t;
    extraFrames++;
  }
  return { wall: end - t0, busy, extraFrames, script: first.script, render: first.render, t0 };
}

/** A change detector over a DOM subtree: true when it mutated since the last call. */
function mutationsOf(root, options = { subtree: true, childList: true, attributes: true, characterData: true }) {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  if (root) observer.observe(root, options);
  let seen = 0;
  const changed = () => {
    const moved = count !== seen;
    seen = count;
    return moved;
  };
  changed.stop = () => observer.disconnect();
  return changed;
}

/** First render of `n` events in a fresh element, `runs` times. */
async function oursRender(n, runs, seed = 42) {
  await loadOurs();
  const base = eventsOf(n, seed);
  const results = [];
  for (let i = 0; i < runs; i++) {
    const el = await freshElement();
    const data = structuredClone(base); // a new array of new objects: no cache can be reused
    gc();
    await afterNextPaint();
    const changed = mutationsOf(el.shadowRoot);
    const t = await timeToQuietPaint(() => (el.events = data), () => el.updateComplete, changed);
    changed.stop();
    // Work the element defers past its first paint (e.g. a full validation in time slices).
    const idleAt = await timersSettled();
    results.push({ ...t, untilIdle: idleAt === undefined ? null : Math.max(t.wall, idleAt - t.t0), ...drawnSummary(el) });
  }
  stage.replaceChildren();
  return results;
}

/** The point the user's wheel or pointer would hit: the element's drawing surface at its centre. */
function surfaceAt(el, x, y) {
  return el.shadowRoot?.elementFromPoint(x, y) ?? el;
}

const DAY = 86_400_000;
const extent = (events) => {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, Date.parse(e.time.start));
    hi = Math.max(hi, Date.parse(e.time.end));
  }
  return [lo, hi];
};

/**
 * Zoom and pan frames at `n` events.
 * zoom: `steps` wheel events (deltaY ∓100, pixel mode) at the centre of the drawing, half in, half out;
 * drag: a mouse drag of `steps` moves of 24 px (half left, half right) at that zoom;
 * pan: `steps` zoomTo() calls moving a window of 1/8 of the data's span by 4% of its width each.
 * Every step is followed by the frame that shows it; each frame is timed with timeToPaint().
 */
async function oursFrames(n, steps, seed = 42) {
  await loadOurs();
  const base = eventsOf(n, seed);
  const el = await freshElement();
  el.events = structuredClone(base);
  await el.updateComplete;
  await afterNextPaint();
  // Frames are measured in steady state, after any deferred work of the first render.
  await timersSettled();
  await afterNextPaint();
  const rect = el.getBoundingClientRect();
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + Math.min(rect.height / 2, 120);
  let rangeEvents = 0;
  el.addEventListener('timeline-range-change', () => rangeEvents++);
  const settled = () => el.updateComplete ?? Promise.resolve();

  // The visible span, when the element exposes it: proves the wheel steps really zoomed.
  const span = () => (el.visibleRange ? el.visibleRange.end - el.visibleRange.start : NaN);
  const spanBefore = span();
  let spanInnermost = spanBefore;
  const zoomFrom = now();
  const zoom = [];
  for (let i = 0; i < steps; i++) {
    const deltaY = i < steps / 2 ? -100 : 100;
    if (i === Math.ceil(steps / 2)) spanInnermost = span();
    const target = surfaceAt(el, cx, cy);
    const wheel = new WheelEvent('wheel', {
      deltaY, deltaMode: 0, clientX: cx, clientY: cy, bubbles: true, cancelable: true, composed: true, view: window,
    });
    zoom.push(await timeToPaint(() => target.dispatchEvent(wheel), settled));
  }
  const zoomUntil = now();
  // d3-zoom ends a wheel gesture 150 ms after the last wheel event; wait for that, so the
  // zoomTo() calls below are not taken as part of the user's gesture.
  await sleep(200);
  const wheelRangeEvents = rangeEvents;

  // Drag pan: a mouse drag across the drawing (press on the surface, moves and release on the
  // window), one move of 24 px per frame, as pointer events (what <event-timeline> and Hammer in
  // vis-timeline listen to) and as mouse events (what d3-zoom listens to); each listens to one.
  const mouse = (type, x, node) => {
    const init = { clientX: x, clientY: cy, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, composed: true, view: window };
    node.dispatchEvent(new PointerEvent(type.replace('mouse', 'pointer'), { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
    node.dispatchEvent(new MouseEvent(type, init));
  };
  const dragFrom = now();
  const drag = [];
  let x = cx;
  drag.push(await timeToPaint(() => mouse('mousedown', x, surfaceAt(el, cx, cy)), settled));
  for (let i = 1; i < steps; i++) {
    x += i < steps / 2 ? -24 : 24;
    drag.push(await timeToPaint(() => mouse('mousemove', x, window), settled));
  }
  mouse('mouseup', x, window);
  const dragUntil = now();
  await sleep(200);
  const dragRangeEvents = rangeEvents - wheelRangeEvents;

  // Programmatic pan: zoomTo() moving a window of 1/8 of the span by 4 % per step.
  const [lo, hi] = extent(base);
  const width = Math.max(DAY, (hi - lo) / 8);
  const startAt = lo + (hi - lo) / 2 - width;
  const hasZoomTo = typeof el.zoomTo === 'function';
  const pan = [];
  if (hasZoomTo) {
    el.zoomTo(new Date(startAt), new Date(startAt + width));
    await settled();
    await afterNextPaint();
  }
  const before = rangeEvents;
  const panFrom = now();
  if (hasZoomTo) {
    for (let i = 1; i <= steps; i++) {
      const s = startAt + i * width * 0.04;
      pan.push(await timeToPaint(() => el.zoomTo(new Date(s), new Date(s + width)), settled));
    }
  }
  const panTo = now();
  // Let the observer deliver the entries of the last frames.
  await sleep(100);
  const zoomLong = longFramesBetween(zoomFrom, zoomUntil);
  const panLong = longFramesBetween(panFrom, panTo);
  const dragLong = longFramesBetween(dragFrom, dragUntil);
  const programmaticRangeEvents = rangeEvents - before;
  stage.replaceChildren();
  return {
    zoom, drag, pan, hasZoomTo, wheelRangeEvents, dragRangeEvents, programmaticRangeEvents,
    zoomedInBy: Number.isFinite(spanBefore / spanInnermost) ? Math.round((spanBefore / spanInnermost) * 10) / 10 : null,
    longAnimationFrames: { zoom: zoomLong, drag: dragLong, pan: panLong, supported: PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame') ?? false },
    wheelTarget: surfaceAt(el, cx, cy)?.localName ?? null,
  };
}

/**
 * vis-timeline's first render of the same events (standalone build: vis-data and its CSS inside):
 * from handing it the items to the end of the frame after its last redraw ('changed' event).
 */
async function visRender(n, seed = 42) {
  if (!globalThis.vis) await loadScript('/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', 'vis');
  const items = toVisItems(structuredClone(eventsOf(n, seed)));
  stage.replaceChildren();
  const box = document.createElement('div');
  stage.append(box);
  gc();
  await afterNextPaint();
  let redraws = 0;
  let seen = 0;
  const changed = () => {
    const moved = redraws !== seen;
    seen = redraws;
    return moved;
  };
  let timeline;
  const t = await timeToQuietPaint(() => {
    timeline = new globalThis.vis.Timeline(box, new globalThis.vis.DataSet(items), { height: '500px', width: '1200px' });
    timeline.on('changed', () => redraws++);
  }, () => Promise.resolve(), changed);
  const result = { ...t, nodes: box.querySelectorAll('.vis-item').length, redraws };
  timeline.destroy();
  stage.replaceChildren();
  return result;
}

/** timelines-chart (SVG swimlanes), for reference: first render with animations off, one lane per type. */
async function timelinesChartRender(n, seed = 42) {
  if (!globalThis.TimelinesChart) await loadScript('/node_modules/timelines-chart/dist/timelines-chart.min.js', 'TimelinesChart');
  const data = toTimelinesChartData(structuredClone(eventsOf(n, seed)));
  stage.replaceChildren();
  const box = document.createElement('div');
  stage.append(box);
  gc();
  await afterNextPaint();
  const changed = mutationsOf(box);
  const t = await timeToQuietPaint(() => {
    globalThis.TimelinesChart()(box).width(1200).maxHeight(500).useUtc(true).zQualitative(true).enableAnimations(false).data(data);
  }, () => new Promise((resolve) => setTimeout(resolve, 0)), changed);
  changed.stop();
  const result = { ...t, nodes: box.querySelectorAll('rect').length };
  stage.replaceChildren();
  return result;
}

globalThis.bench = { oursRender, oursFrames, visRender, timelinesChartRender, ready: true };
