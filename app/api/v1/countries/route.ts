import { apiRoute } from "@/lib/api/http/route";
import { cachedListEndpoint } from "@/lib/api/cached-endpoints";

export const dynamic = "force-dynamic";
export const { GET, HEAD, OPTIONS } = apiRoute(cachedListEndpoint("countries"));
