// npm run user:create -- --email admin@example.org --role admin [--name "Ana Admin"] [--password-stdin]
//   curators and scoped moderators: --diaspora armenian (repeatable); global moderators: --global
// With --password-stdin the password is read from standard input; otherwise a one-time link to set it is printed.
// Runs with the react-server condition (see package.json) so the app's server-only modules load here too.
import { parseArgs } from "node:util";
import { authOrigins } from "../../lib/auth/origins";
import { createUser } from "../../lib/auth/create-user";
import { ROLES, type Role } from "../../lib/auth/permissions";
import { inviteSchema } from "../../lib/auth/schemas";
import { createDatabase } from "../../lib/db/connect";
import { applyMigrations } from "../../lib/db/schema-engine";
import { Conflict } from "../../lib/errors";
import { routing } from "../../lib/i18n/routing";
import { openScriptDatabase, runScript } from "../db/database";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "admin" },
    diaspora: { type: "string", multiple: true, default: [] },
    global: { type: "boolean", default: false },
    locale: { type: "string", default: routing.defaultLocale },
    "password-stdin": { type: "boolean", default: false },
  },
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

await runScript(async () => {
  const role = values.role.toUpperCase() as Role;
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(", ").toLowerCase()}`);
  if (!(routing.locales as readonly string[]).includes(values.locale))
    throw new Error(`--locale must be one of ${routing.locales.join(", ")}`);
  const password = values["password-stdin"] ? await readStdin() : undefined;
  const database = await openScriptDatabase();
  const db = createDatabase(database.url, { max: 1 });
  try {
    await applyMigrations(database.url);
    const diasporas = await db.diaspora.findMany({
      where: { slug: { in: values.diaspora } },
      select: { id: true, slug: true },
    });
    const unknown = values.diaspora.filter((slug) => !diasporas.some((d) => d.slug === slug));
    if (unknown.length) throw new Error(`unknown diaspora: ${unknown.join(", ")}`);
    const parsed = inviteSchema.safeParse({
      email: values.email ?? "",
      name: values.name,
      role,
      global: values.global,
      diasporaIds: diasporas.map((d) => d.id),
    });
    if (!parsed.success)
      throw new Error(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; "));
    const { email, name, ...scope } = parsed.data;
    const result = await createUser(db, {
      email,
      name,
      scope,
      password,
      locale: values.locale,
      origin: authOrigins().baseURL,
    });
    if (result.kind === "created") console.log(`Created ${role.toLowerCase()} ${email}; they can sign in now.`);
    else
      console.log(
        `Invited ${role.toLowerCase()} ${email}. One-time link to set the password (valid until ${result.expiresAt.toISOString()}):\n${result.link}`,
      );
  } catch (error) {
    if (error instanceof Conflict) throw new Error(`refused: ${error.code}`);
    throw error;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
