/**
 * The identity's colours where CSS variables cannot reach: the favicon, the app icon and the social card are drawn
 * outside the page. They are the same values as the ink, paper and accent scales in app/globals.css
 * (identity.test.ts keeps the two in step).
 */
export const BRAND = {
  paper: "#faf8f3",
  ink: "#1b1916", // ink-900
  inkSoft: "#413c34", // ink-700
  accent: "#17675f", // accent-600: the points on paper
  accentDeep: "#0f4c45", // accent-800: links and buttons
  accentLight: "#6fb8ae", // accent-300: the points on ink
} as const;
