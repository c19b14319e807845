import { apiRoute } from "@/lib/api/http/route";
import { getOrganizationEndpoint } from "@/lib/api/organizations";

export const dynamic = "force-dynamic";
export const { GET, HEAD, OPTIONS } = apiRoute(getOrganizationEndpoint);
