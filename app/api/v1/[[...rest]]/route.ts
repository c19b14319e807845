import { apiRoute } from "@/lib/api/http/route";
import { unknownEndpoint } from "@/lib/api/openapi/endpoint";

export const dynamic = "force-dynamic";
export const { GET, HEAD, OPTIONS } = apiRoute(unknownEndpoint, { needsDatabase: false });
