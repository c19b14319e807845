"use client";
// Carries the explanation of a refused edit from the entry's layout, which knows the entry, to its forbidden.tsx,
// which Next renders without props when the page calls forbidden().
import { createContext, useContext, type ReactNode } from "react";

const RefusalContext = createContext<ReactNode>(null);

export function RefusalProvider({ refusal, children }: { refusal: ReactNode; children: ReactNode }) {
  return <RefusalContext value={refusal}>{children}</RefusalContext>;
}

/** The layout's explanation, else `fallback` (a refusal the layout did not foresee). */
export function RefusalSlot({ fallback }: { fallback: ReactNode }) {
  return useContext(RefusalContext) ?? fallback;
}
