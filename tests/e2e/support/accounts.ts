// Factories for end-to-end tests: accounts, unique per run, made through the code path an operator's
// `npm run user:create` takes (createAccount: the account factory, one process for the whole run; createUserWithCli:
// the CLI itself, a process per account), and the mail the app sent to the SMTP catcher.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { currentAppPort, currentDatabaseUrl } from "./app";
import { ACCOUNTS_PORT, MAILBOX_PORT } from "./ports";

export const uniqueEmail = (who: string) =>
  `${who}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@e2e.test`;

type AccountArgs = {
  email: string;
  role: string;
  password: string;
  name?: string;
  extra?: string[];
  /** The app whose database gets the account (./ports.ts); the running test's when left out (./app.ts). */
  appPort?: number;
};

/** Runs `npm run user:create -- --email … --role … --password-stdin` against the running app's database. */
export function createUserWithCli(args: AccountArgs): Promise<string> {
  const cli = [
    "run",
    "-s",
    "user:create",
    "--",
    "--email",
    args.email,
    "--role",
    args.role,
    "--password-stdin",
    ...(args.name ? ["--name", args.name] : []),
    ...(args.extra ?? []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("npm", cli, {
      env: {
        ...process.env,
        DATABASE_URL: currentDatabaseUrl(),
      },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`user:create failed (${code}): ${output}`)),
    );
    child.stdin.end(`${args.password}\n`);
  });
}

/**
 * Makes an account as `npm run user:create -- --email … --role … --password-stdin` does (same arguments; `extra`
 * takes --diaspora <slug> (repeatable), --global and --locale <locale>), through the account factory
 * (./account-factory.ts) instead of a new process. Returns the CLI's line ("Created … they can sign in now.").
 */
export async function createAccount(args: AccountArgs): Promise<string> {
  const extra = args.extra ?? [];
  const diasporas: string[] = [];
  let global = false;
  let locale: string | undefined;
  for (let i = 0; i < extra.length; i++) {
    if (extra[i] === "--diaspora") diasporas.push(extra[++i]!);
    else if (extra[i] === "--global") global = true;
    else if (extra[i] === "--locale") locale = extra[++i];
    else throw new Error(`createAccount: unknown argument ${extra[i]}`);
  }
  const response = await fetch(`http://127.0.0.1:${ACCOUNTS_PORT}/accounts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email: args.email,
      role: args.role,
      password: args.password,
      name: args.name,
      diasporas,
      global,
      locale,
      appPort: args.appPort ?? currentAppPort(),
    }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`createAccount failed (${response.status}): ${text}`);
  return text;
}

type CaughtMail = { to: string[]; subject: string; text: string; headers: Record<string, string> };

/** Waits for the catcher to hold a mail to this address and returns the newest one. */
export async function mailTo(address: string): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await fetch(`http://127.0.0.1:${MAILBOX_PORT}/messages`)).json()) as CaughtMail[];
        found = mails.filter((m) => m.to.includes(address.toLowerCase())).at(-1);
        return Boolean(found);
      },
      { message: `a mail to ${address}` },
    )
    .toBe(true);
  return found!;
}

const SIGN_IN_LABELS = {
  en: { email: "Email", password: "Password", submit: "Sign in" },
  ru: { email: "Электронная почта", password: "Пароль", submit: "Войти" },
  az: { email: "E-poçt", password: "Şifrə", submit: "Daxil ol" },
};

/**
 * Each account signs in from its own client address, as real curators do: the sign-in limit counts attempts per
 * address, and every spec signing in from 127.0.0.1 would share one budget. The app trusts the loopback as its proxy
 * in these runs (TRUSTED_PROXIES in playwright.config.ts), so X-Forwarded-For names that address.
 */
export function clientAddressOf(email: string): string {
  const [a, b, c] = createHash("sha256").update(email).digest();
  return `10.${a}.${b}.${c! || 1}`;
}

export async function signIn(page: Page, locale: keyof typeof SIGN_IN_LABELS, email: string, password: string) {
  const labels = SIGN_IN_LABELS[locale];
  await page.setExtraHTTPHeaders({ "x-forwarded-for": clientAddressOf(email) });
  await page.goto(`/${locale}/sign-in`);
  await page.getByRole("textbox", { name: labels.email }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole("main").getByRole("button", { name: labels.submit }).click();
}
