// next-intl's locale-aware navigation. Import from ./navigation, whose Link prefetches on intent (./link.tsx).
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
