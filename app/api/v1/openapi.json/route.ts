import { apiRoute } from "@/lib/api/http/route";
import { openApiEndpoint } from "@/lib/api/openapi/endpoint";

export const dynamic = "force-dynamic";
export const { GET, HEAD, OPTIONS } = apiRoute(openApiEndpoint, { needsDatabase: false });
