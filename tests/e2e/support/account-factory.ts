// Accounts for end-to-end tests, made by one process that runs for the whole run, through the code path of
// `npm run user:create` (the same checks, then createUser): a spec no longer starts an `npm` process per account,
// which took seconds each on a busy machine. The CLI itself stays tested by auth.spec.ts. Started by
// playwright.config.ts (node --conditions=react-server, like the CLI) against the running app's database; specs
// call it through createAccount (./accounts.ts).
import { createServer } from "node:http";
import { createUser } from "../../../lib/auth/create-user";
import { authOrigins } from "../../../lib/auth/origins";
import { ROLES, type Role } from "../../../lib/auth/permissions";
import { inviteSchema } from "../../../lib/auth/schemas";
import { createDatabase } from "../../../lib/db/connect";
import { Conflict } from "../../../lib/errors";
import { routing } from "../../../lib/i18n/routing";
import { databaseUrlOf } from "./database";
import { ACCOUNTS_PORT, APP_PORT } from "./ports";

export type AccountRequest = {
  email: string;
  role: string;
  password: string;
  name?: string;
  diasporas?: string[];
  global?: boolean;
  locale?: string;
  /** The app whose database gets the account (./ports.ts); the run's main app when left out. */
  appPort?: number;
};

const databases = new Map<number, ReturnType<typeof createDatabase>>();
const databaseOf = (appPort: number) => {
  if (!databases.has(appPort)) databases.set(appPort, createDatabase(databaseUrlOf(appPort), { max: 1 }));
  return databases.get(appPort)!;
};

async function create(request: AccountRequest): Promise<string> {
  const db = databaseOf(request.appPort ?? APP_PORT);
  const role = request.role.toUpperCase() as Role;
  if (!ROLES.includes(role)) throw new Error(`role must be one of ${ROLES.join(", ").toLowerCase()}`);
  const slugs = request.diasporas ?? [];
  const diasporas = await db.diaspora.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const unknown = slugs.filter((slug) => !diasporas.some((d) => d.slug === slug));
  if (unknown.length) throw new Error(`unknown diaspora: ${unknown.join(", ")}`);
  const parsed = inviteSchema.safeParse({
    email: request.email,
    name: request.name,
    role,
    global: request.global ?? false,
    diasporaIds: diasporas.map((d) => d.id),
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; "));
  const { email, name, ...scope } = parsed.data;
  try {
    const result = await createUser(db, {
      email,
      name,
      scope,
      password: request.password,
      locale: request.locale ?? routing.defaultLocale,
      origin: authOrigins().baseURL,
    });
    if (result.kind !== "created") throw new Error("expected an account, got an invitation");
    return `Created ${role.toLowerCase()} ${email}; they can sign in now.`;
  } catch (error) {
    if (error instanceof Conflict) throw new Error(`refused: ${error.code}`);
    throw error;
  }
}

const server = createServer(async (req, res) => {
  if (req.method === "GET" && req.url === "/health") return void res.end("ok");
  if (req.method !== "POST" || req.url !== "/accounts") return void res.writeHead(404).end();
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const message = await create(JSON.parse(Buffer.concat(chunks).toString("utf8")) as AccountRequest);
    res.writeHead(200, { "content-type": "text/plain" }).end(message);
  } catch (error) {
    res.writeHead(400, { "content-type": "text/plain" }).end(error instanceof Error ? error.message : String(error));
  }
});
server.listen(ACCOUNTS_PORT, "127.0.0.1");
const stop = () =>
  server.close(
    () => void Promise.allSettled([...databases.values()].map((db) => db.$disconnect())).finally(() => process.exit(0)),
  );
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
