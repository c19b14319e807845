import { getAuth } from "@/lib/auth/auth";

// better-auth's HTTP endpoints (/api/auth/*): the same rate limits, origin checks and hooks as the forms use.
const handle = (request: Request) => getAuth().handler(request);

export { handle as GET, handle as POST };
