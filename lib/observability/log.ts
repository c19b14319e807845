// Structured logs: one JSON object per line on stdout (errors on stderr), so a collector can index them by
// request id. Not "server-only": proxy.ts logs too.

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
    stack: e.stack?.split("\n").slice(1, 6).map((line) => line.trim()),
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

export function log(level: LogLevel, msg: string, fields?: LogFields): void {
  const line = formatLogLine(level, msg, fields);
  if (level === "error") console.error(line);
  else console.log(line);
}

/**
 * better-auth's errors as our JSON lines (its own logger prints coloured, multi-line text; its warnings about failed
 * sign-ins would only repeat the audit log). Its extra arguments
 * may hold query details with e-mail addresses: only an error among them is kept.
 */
export const authLogger = {
  level: "error" as const,
  log(level: "debug" | "info" | "warn" | "error", message: string, ...args: unknown[]) {
    log(level === "error" || level === "warn" ? level : "info", `better-auth: ${message}`, { error: args.find((a) => a instanceof Error) });
  },
};
