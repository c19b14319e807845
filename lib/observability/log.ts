// Structured logs: one JSON object per line on stdout (errors on stderr), so a collector can index them by
// request id. Not "server-only": proxy.ts logs too.
import { inspect } from "node:util";

export type LogLevel = "info" | "warn" | "error";

export type LogFields = {
  requestId?: string | null;
  method?: string;
  path?: string;
  status?: number;
  durationMs?: number;
  error?: unknown;
  [field: string]: unknown;
};

/** An error as loggable fields: name, message, code and digest, and the stack's first frames; never the whole object. */
export function serializeError(error: unknown): Record<string, unknown> | undefined {
  if (error === undefined || error === null) return undefined;
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: unknown; digest?: unknown };
  return {
    name: e.name,
    message: e.message,
    ...(e.code !== undefined ? { code: String(e.code) } : {}),
    ...(e.digest !== undefined ? { digest: String(e.digest) } : {}),
    stack: e.stack
      ?.split("\n")
      .slice(1, 6)
      .map((line) => line.trim()),
  };
}

export function formatLogLine(level: LogLevel, msg: string, fields: LogFields = {}, now = new Date()): string {
  const { error, ...rest } = fields;
  const line: Record<string, unknown> = { time: now.toISOString(), level, msg };
  for (const [key, value] of Object.entries(rest)) if (value !== undefined && value !== null) line[key] = value;
  const serialized = serializeError(error);
  if (serialized) line.error = serialized;
  return JSON.stringify(line);
}

/** Writes straight to the streams, not through console (which routeConsoleToLog replaces in the server). */
export function log(level: LogLevel, msg: string, fields?: LogFields): void {
  const line = `${formatLogLine(level, msg, fields)}\n`;
  if (level === "error") process.stderr.write(line);
  else process.stdout.write(line);
}

const CONSOLE_LEVELS = { log: "info", info: "info", warn: "warn", error: "error" } as const;

/**
 * Makes what libraries and Next itself print (a render error's "⨯ Error …" with its stack, over many lines) one
 * JSON line each, so the server's output stays one event per line. The error is also logged, with its request
 * id, by instrumentation.ts; this keeps the rest readable by the same collector.
 */
export function routeConsoleToLog(): void {
  const marked = console as Console & { atlasJson?: boolean };
  if (marked.atlasJson) return;
  marked.atlasJson = true;
  for (const [method, level] of Object.entries(CONSOLE_LEVELS) as [keyof typeof CONSOLE_LEVELS, LogLevel][]) {
    console[method] = (...args: unknown[]) => {
      const error = args.find((a) => a instanceof Error);
      const text = args
        .filter((a) => a !== error)
        .map((a) => (typeof a === "string" ? a : inspect(a, { depth: 2, breakLength: Infinity })))
        .join(" ");
      log(level, text.replace(/\s+/g, " ").trim().slice(0, 2_000) || "console", { source: "console", error });
    };
  }
}

/**
 * better-auth's errors as our JSON lines (its own logger prints coloured, multi-line text; its warnings about failed
 * sign-ins would only repeat the audit log). Its extra arguments
 * may hold query details with e-mail addresses: only an error among them is kept.
 */
export const authLogger = {
  level: "error" as const,
  log(level: "debug" | "info" | "warn" | "error", message: string, ...args: unknown[]) {
    log(level === "error" || level === "warn" ? level : "info", `better-auth: ${message}`, {
      error: args.find((a) => a instanceof Error),
    });
  },
};
