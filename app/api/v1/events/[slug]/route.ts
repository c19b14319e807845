import { apiRoute } from "@/lib/api/http/route";
import { getEventEndpoint } from "@/lib/api/events";

export const dynamic = "force-dynamic";
export const { GET, HEAD, OPTIONS } = apiRoute(getEventEndpoint);
