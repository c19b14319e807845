// Drawing constants shared by the map's server parts and its legend.

export const CITY_COLOR = "#c2410c";
/** The site's focus outline (globals.css, unlayered, so a utility class cannot undo it) is drawn badly around SVG shapes. */
export const NO_OUTLINE = { outline: "none" } as const;
/** The zoom (map-zoom.tsx sets --dot-scale) shrinks city dots about their centres as it enlarges the map. */
export const DOT_SCALE = { scale: "var(--dot-scale, 1)", transformBox: "fill-box", transformOrigin: "center" } as const;
