import { apiRoute } from "@/lib/api/http/route";
import { listEventsEndpoint } from "@/lib/api/events";

export const dynamic = "force-dynamic";
export const { GET, HEAD, OPTIONS } = apiRoute(listEventsEndpoint);
