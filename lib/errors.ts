// Domain errors: lib/ throws these; actions turn the expected ones into messages and log the rest.

/** The actor may not do this (or is not signed in). assertCan records it in the audit log before throwing. */
export class Forbidden extends Error {
  override name = "Forbidden";
  constructor(readonly permission: string) {
    super(`Forbidden: ${permission}`);
  }
}

export class NotFound extends Error {
  override name = "NotFound";
}

/** The request clashes with what is stored (an existing account, a used invitation). `code` is shown translated. */
export class Conflict extends Error {
  override name = "Conflict";
  constructor(readonly code: string) {
    super(`Conflict: ${code}`);
  }
}
