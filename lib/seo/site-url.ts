// The public origin, without next-intl's navigation, so route handlers and scripts outside React can use it.
import { env } from "@/lib/env";

/** The public origin: SITE_URL in production, the local server otherwise. */
export function siteUrl(): string {
  return env.SITE_URL ?? `http://localhost:${env.PORT}`;
}
