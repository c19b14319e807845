// Axis and label geometry for the server-rendered SVG charts (no browser to measure text: estimates).

/** A round axis maximum ≥ max and its ticks, in steps of 1, 2 or 5 × 10ⁿ, at most `maxTicks` + 1 ticks. */
export function niceScale(max: number, maxTicks = 5): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(max / s) <= maxTicks);
    if (found) {
      step = found;
      break;
    }
  }
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { max: top, ticks };
}

/**
 * Roughly how wide `text` is at `fontSize` px in Noto Sans. Generous for Cyrillic, Armenian and Georgian, so a
 * label laid out by this estimate does not overrun.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " ") em += 0.28;
    else if (/[0-9.,%()\-–]/.test(ch)) em += 0.56;
    else if (/[\u0530-\u058F\u10A0-\u10FF\u1C90-\u1CBF]/.test(ch)) em += 0.66;
    else if (/[A-ZА-ЯЁІЇЄЎҒҚҢӨҮҰҺ]/.test(ch)) em += 0.7;
    else em += 0.6;
  }
  return em * fontSize;
}

/** A label broken into at most `maxLines` lines of at most `width` px; the last one ends in "…" when cut. */
export function wrapText(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize) <= width || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const fit = (line: string) => {
    if (textWidth(line, fontSize) <= width) return line;
    let cut = line;
    while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  };
  if (lines.length <= maxLines) return lines.map(fit);
  return [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(" ")].map(fit);
}
