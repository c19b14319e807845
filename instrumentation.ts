// Server start and server errors (Next's instrumentation hook). Errors of pages, route handlers and actions are
// logged as one JSON line with the request's id; one that came from a lost connection makes the database watcher
// check the database, so the following requests get the outage page instead of failing.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // In production every line of output is a JSON event; in development Next's readable output stays.
  if (process.env.NODE_ENV === "production") (await import("@/lib/observability/log")).routeConsoleToLog();
  if (!process.env.DATABASE_URL) return;
  const { watchDatabase } = await import("@/lib/db/availability");
  watchDatabase(process.env.DATABASE_URL);
  // The job queue (lib/jobs): started beside the server, not before it, and again a minute later if the database
  // was not there. `next build` loads this file too, and must not start it.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startAppJobs }, { log }] = await Promise.all([
    import("@/lib/jobs/app-runner"),
    import("@/lib/observability/log"),
  ]);
  const startJobs = () =>
    startAppJobs().catch((error) => {
      log("error", "job queue did not start; trying again in a minute", { error });
      setTimeout(startJobs, 60_000).unref();
    });
  void startJobs();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ log }, { requestIdOf }, { noteDatabaseError }] = await Promise.all([
    import("@/lib/observability/log"),
    import("@/lib/observability/request-id"),
    import("@/lib/db/availability"),
  ]);
  noteDatabaseError(error);
  log("error", "server error", {
    requestId: requestIdOf(request.headers),
    method: request.method,
    path: request.path,
    routePath: context.routePath,
    routeType: context.routeType,
    error,
  });
};
