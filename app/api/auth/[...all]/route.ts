import { getAuth } from "@/lib/auth/auth";

// better-auth counts every request in RateLimit under a key made of the client's address and the path, before it
// looks the path up: a path longer than any endpoint's would only fail that key's index (a 500). No endpoint's
// path comes near this length.
const MAX_PATH_LENGTH = 256;

// better-auth's HTTP endpoints (/api/auth/*): the same rate limits, origin checks and hooks as the forms use.
const handle = (request: Request) =>
  new URL(request.url).pathname.length > MAX_PATH_LENGTH
    ? new Response(null, { status: 404 })
    : getAuth().handler(request);

export { handle as GET, handle as POST };
