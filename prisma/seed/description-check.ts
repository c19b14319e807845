// Issue #13, item 9: a description is a directory entry about the organization, not a note on the article that
// mentions it, and entries share no boilerplate. Pure checks over the seed's organization descriptions.

/** The sentences of a text: split after . ! ? … where the next sentence starts with a capital letter or quote. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}«“"„(])/u)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s.length > 0);
}

/** A sentence that only says where the article mentions the organization ("Named by the article among …"). */
const MENTION = [
  /^(named|mentioned|cited|listed|referred to) (by|in) the (article|source)\b/i,
  /^(назван|названа|названо|названы|упоминается|упомянут|упомянута|приводится)(?!\p{L})[^.]*(?<!\p{L})в стать/iu,
];

/** An opening whose subject is the article rather than the organization ("The article discusses …", «По данным статьи …»). */
const ARTICLE_AS_SUBJECT = [
  ...MENTION,
  /^(the|this) article\b/i,
  /^according to the (article|source)\b/i,
  /^(статья|в статье|по данным статьи|согласно статье)(?!\p{L})/iu,
];

/** Whether a description opens with the article as its subject. */
export function opensWithArticle(description: string): boolean {
  const first = sentencesOf(description)[0] ?? "";
  return ARTICLE_AS_SUBJECT.some((pattern) => pattern.test(first));
}

/** Whether any sentence of a description is a note that the article mentions the organization. */
export function hasMentionNote(description: string): boolean {
  return sentencesOf(description).some((sentence) => MENTION.some((pattern) => pattern.test(sentence)));
}

/** Sentences that more than one entry's description holds in the same language: "sentence" → the entries' keys. */
export function sharedSentences(descriptions: { key: string; text: string }[]): Map<string, string[]> {
  const holders = new Map<string, Set<string>>();
  for (const { key, text } of descriptions)
    for (const sentence of sentencesOf(text)) {
      const normal = sentence.toLowerCase();
      holders.set(normal, (holders.get(normal) ?? new Set()).add(key));
    }
  return new Map([...holders].filter(([, keys]) => keys.size > 1).map(([s, keys]) => [s, [...keys]]));
}
