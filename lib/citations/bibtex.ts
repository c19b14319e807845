// BibTeX output. Values are brace-delimited; the characters TeX treats specially are escaped so that any title
// (ampersands, percent signs, braces, backslashes) reads back unchanged. Non-Latin text stays UTF-8, which
// biber and BibTeX 0.99d+ accept.

const SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** A text value for a brace-delimited field: TeX specials escaped, line breaks and control characters made spaces. */
export function escapeBibtex(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c]!);
}

/**
 * A URL for the url field, which biblatex reads verbatim: only braces, backslashes, spaces and percent signs
 * not already starting an escape could break it, so those are percent-encoded.
 */
export function bibtexUrl(url: string): string {
  return url.replace(
    /%(?![0-9A-Fa-f]{2})|[{}\\\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

export type BibtexField = [name: string, value: string, kind?: "text" | "protected" | "verbatim"];

/**
 * One entry. `text` values are escaped; `protected` ones are also wrapped in an extra pair of braces so that
 * styles keep their capitalisation (titles, a corporate author); `verbatim` ones (url) are written as they are.
 */
export function bibtexEntry(type: string, key: string, fields: BibtexField[]): string {
  const width = Math.max(...fields.map(([name]) => name.length));
  const lines = fields.map(([name, value, kind = "text"]) => {
    const body =
      kind === "verbatim" ? bibtexUrl(value) : kind === "protected" ? `{${escapeBibtex(value)}}` : escapeBibtex(value);
    return `  ${name.padEnd(width)} = {${body}}`;
  });
  return `@${type}{${key},\n${lines.join(",\n")}\n}\n`;
}
