"use client";

import { useRef, useState, useSyncExternalStore } from "react";

type Labels = { label: string; zoomIn: string; zoomOut: string; reset: string; hint: string };
type Props = {
  width: number;
  height: number;
  /** Where the first step in from the whole map aims: where the organizations are, not the middle of the sea. */
  home?: [number, number];
  labels: Labels;
  children: React.ReactNode;
};
type View = { zoom: number; cx: number; cy: number };

const MAX_ZOOM = 16;
/** A drag shorter than this (CSS px) is a tap on a country or city, not a pan. */
const DRAG_THRESHOLD = 6;
const noSubscribe = () => () => {};

/** The viewBox of a zoom around a centre, kept inside the drawing so the map never slides out of its frame. */
export function viewBoxOf({ zoom, cx, cy }: View, width: number, height: number): [number, number, number, number] {
  const w = width / zoom;
  const h = height / zoom;
  const x = Math.min(Math.max(cx - w / 2, 0), width - w);
  const y = Math.min(Math.max(cy - h / 2, 0), height - h);
  return [x, y, w, h];
}

/**
 * The server-drawn map in an SVG whose viewBox zooms and pans: buttons, keys (+ − 0 and arrows, once the map has
 * focus) and a drag. Without script the map is the whole world, as before; the buttons appear with it.
 * City dots shrink as the map grows (--dot-scale), so close cities come apart instead of swelling together.
 */
export function MapZoom({ width, height, home, labels, children }: Props) {
  const whole = { zoom: 1, cx: width / 2, cy: height / 2 };
  const [view, setView] = useState<View>(whole);
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; view: View; moved: boolean } | null>(null);
  const [x, y, w, h] = viewBoxOf(view, width, height);
  const clampCentre = (v: View): View => {
    const [nx, ny, nw, nh] = viewBoxOf(v, width, height);
    return { zoom: v.zoom, cx: nx + nw / 2, cy: ny + nh / 2 };
  };
  const zoomBy = (factor: number, at?: [number, number]) =>
    setView((v) => {
      const zoom = Math.min(MAX_ZOOM, Math.max(1, v.zoom * factor));
      if (v.zoom === 1 && !at && home) return clampCentre({ zoom, cx: home[0], cy: home[1] });
      // Zooming at a point keeps that point under the pointer.
      const [px, py] = at ?? [v.cx, v.cy];
      const k = v.zoom / zoom;
      return clampCentre({ zoom, cx: px + (v.cx - px) * k, cy: py + (v.cy - py) * k });
    });
  const panBy = (dx: number, dy: number) =>
    setView((v) => clampCentre({ ...v, cx: v.cx + (dx * width) / v.zoom, cy: v.cy + (dy * height) / v.zoom }));
  /** Map units per CSS pixel at the current zoom. */
  const unitsPerPixel = () => w / (svg.current?.getBoundingClientRect().width || width);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const step = 0.2;
    const actions: Record<string, () => void> = {
      "+": () => zoomBy(2),
      "=": () => zoomBy(2),
      "-": () => zoomBy(0.5),
      "0": () => setView(whole),
      ArrowLeft: () => panBy(-step, 0),
      ArrowRight: () => panBy(step, 0),
      ArrowUp: () => panBy(0, -step),
      ArrowDown: () => panBy(0, step),
    };
    const action = actions[event.key];
    // Arrows scroll the page as usual while there is nothing to pan.
    if (!action || (event.key.startsWith("Arrow") && view.zoom === 1)) return;
    event.preventDefault();
    action();
  };

  const button =
    "grid size-11 place-items-center rounded border border-stone-400 bg-white text-xl leading-none text-stone-900 hover:bg-stone-100 disabled:text-stone-400";
  return (
    <div>
      {/* Above the map, not over it: on a phone the whole world is under 200 px high. */}
      {hydrated ? (
        <>
          <p id="map-zoom-hint" className="sr-only">
            {labels.hint}
          </p>
          <div className="mb-2 flex justify-end gap-2">
            <button
              type="button"
              className={button}
              aria-label={labels.zoomIn}
              disabled={view.zoom >= MAX_ZOOM}
              onClick={() => zoomBy(2)}
            >
              +
            </button>
            <button
              type="button"
              className={button}
              aria-label={labels.zoomOut}
              disabled={view.zoom <= 1}
              onClick={() => zoomBy(0.5)}
            >
              −
            </button>
            <button
              type="button"
              className={`${button} text-sm`}
              aria-label={labels.reset}
              disabled={view.zoom <= 1}
              onClick={() => setView(whole)}
            >
              ⟲
            </button>
          </div>
        </>
      ) : null}
      <svg
        ref={svg}
        viewBox={`${x} ${y} ${w} ${h}`}
        className="block h-auto w-full"
        style={{ touchAction: view.zoom > 1 ? "none" : "pan-y", ["--dot-scale" as string]: 1 / Math.sqrt(view.zoom) }}
        role="group"
        aria-label={labels.label}
        aria-describedby={hydrated ? "map-zoom-hint" : undefined}
        tabIndex={hydrated ? 0 : undefined}
        data-zoom={view.zoom}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          if (view.zoom === 1 || event.button !== 0) return;
          drag.current = { x: event.clientX, y: event.clientY, view, moved: false };
        }}
        onPointerMove={(event) => {
          const d = drag.current;
          if (!d) return;
          const dx = event.clientX - d.x;
          const dy = event.clientY - d.y;
          if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
          if (!d.moved) svg.current?.setPointerCapture(event.pointerId);
          d.moved = true;
          const u = unitsPerPixel();
          setView(clampCentre({ ...d.view, cx: d.view.cx - dx * u, cy: d.view.cy - dy * u }));
        }}
        onPointerUp={() => {
          // A drag that ended on a link must not follow it: the click that comes next is swallowed.
          if (!drag.current?.moved) drag.current = null;
          else
            setTimeout(() => {
              drag.current = null;
            });
        }}
        onClickCapture={(event) => {
          if (drag.current?.moved) return event.preventDefault();
          // A merged city dot (city-dots.tsx) zooms in on itself; its href, the city table, is for no script.
          const cluster = (event.target as Element).closest("[data-cluster]")?.getAttribute("data-cluster");
          if (!cluster) return;
          event.preventDefault();
          const [cx, cy] = cluster.split(" ").map(Number) as [number, number];
          setView((v) => clampCentre({ zoom: Math.min(MAX_ZOOM, v.zoom * 2), cx, cy }));
          // The dot is gone once split: focus stays on the map instead of falling to the page.
          svg.current?.focus();
        }}
      >
        {children}
      </svg>
    </div>
  );
}
