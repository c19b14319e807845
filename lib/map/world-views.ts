/** The whole world, or a closer view of Europe and Central Asia, where most diaspora organizations are. */
export const MAP_VIEWS = ["world", "region"] as const;
export type MapView = (typeof MAP_VIEWS)[number];
