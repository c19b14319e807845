import { apiRoute } from "@/lib/api/http/route";
import { listDiasporasEndpoint } from "@/lib/api/diasporas";

export const dynamic = "force-dynamic";
export const { GET, HEAD, OPTIONS } = apiRoute(listDiasporasEndpoint);
