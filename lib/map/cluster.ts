// City dots merged where they would overlap at a zoom level, so a crowded region shows one dot with a total
// instead of a pile of dots nobody can tap. Pure: the map draws one set per zoom level (city-dots.tsx).

/** The zoom levels the map's buttons and keys step through (map-zoom.tsx doubles and halves). */
export const ZOOM_LEVELS = [1, 2, 4, 8, 16] as const;

export type Dot = { x: number; y: number; r: number; count: number };
export type Cluster<D extends Dot> = { x: number; y: number; r: number; count: number; members: D[] };

/**
 * Largest dots first, each joins the first cluster it would overlap at `zoom` (dots are drawn at 1/√zoom of their
 * size while distances grow with zoom), else starts its own. A cluster sits at its members' count-weighted centre,
 * its area the sum of theirs, at most twice its largest member's radius.
 */
export function clusterDots<D extends Dot>(dots: readonly D[], zoom: number): Cluster<D>[] {
  const shrink = 1 / Math.sqrt(zoom);
  const clusters: (Cluster<D> & { largest: number })[] = [];
  for (const dot of [...dots].sort((a, b) => b.count - a.count)) {
    const near = clusters.find((c) => Math.hypot(c.x - dot.x, c.y - dot.y) < (c.r + dot.r) * shrink);
    if (!near) {
      clusters.push({ x: dot.x, y: dot.y, r: dot.r, count: dot.count, members: [dot], largest: dot.r });
      continue;
    }
    const count = near.count + dot.count;
    near.x = (near.x * near.count + dot.x * dot.count) / count;
    near.y = (near.y * near.count + dot.y * dot.count) / count;
    near.count = count;
    near.r = Math.min(Math.hypot(near.r, dot.r), 2 * near.largest);
    near.members.push(dot);
  }
  return clusters.map(({ largest: _, ...c }) => c);
}
