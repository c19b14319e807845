// Development only: the last mails sent without SMTP, for the /dev/outbox page. Lives in the server process.
export type OutboxMail = { to: string; subject: string; text: string; sentAt: Date };

const LIMIT = 50;
const store = globalThis as unknown as { atlasOutbox?: OutboxMail[] };

export function addToOutbox(mail: OutboxMail): void {
  const list = (store.atlasOutbox ??= []);
  list.unshift(mail);
  list.length = Math.min(list.length, LIMIT);
}

/** Newest first. */
export function listOutbox(): OutboxMail[] {
  return [...(store.atlasOutbox ?? [])];
}
