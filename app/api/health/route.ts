import { checkHealth } from "@/lib/health/check-health";
import { withRequestLog } from "@/lib/observability/route-log";

export const dynamic = "force-dynamic";

// For load balancers and monitoring: 200 while the database answers, 503 (with Retry-After) while it does not.
export const GET = withRequestLog(async () => {
  const health = await checkHealth();
  const ok = health.status === "ok";
  return Response.json(health, {
    status: ok ? 200 : 503,
    headers: { "cache-control": "no-store", ...(ok ? {} : { "retry-after": "5" }) },
  });
});
