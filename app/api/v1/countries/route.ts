import { apiRoute } from "@/lib/api/http/route";
import { listCountriesEndpoint } from "@/lib/api/countries";

export const dynamic = "force-dynamic";
export const { GET, HEAD, OPTIONS } = apiRoute(listCountriesEndpoint);
