import { apiRoute } from "@/lib/api/http/route";
import { searchEndpoint } from "@/lib/api/search";

export const dynamic = "force-dynamic";
export const { GET, HEAD, OPTIONS } = apiRoute(searchEndpoint);
