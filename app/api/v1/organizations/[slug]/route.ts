import { apiRoute } from "@/lib/api/http/route";
import { cachedOrganizationEndpoint } from "@/lib/api/cached-endpoints";

export const dynamic = "force-dynamic";
export const { GET, HEAD, OPTIONS } = apiRoute(cachedOrganizationEndpoint);
