// fast-check arbitraries for hostile input: the values a form field, a query parameter or a path segment may
// carry when someone types, pastes or scripts garbage. Two families:
// - `invalid*`: values a field of that kind must refuse (a property may require rejection);
// - `noise`: anything at all, some of it valid-looking (mixed scripts, SQL fragments), to run alongside.
import fc from "fast-check";

/** 100 KB and more: past every limit of the app's text fields. */
export const huge = fc
  .constantFrom(100_000, 150_000)
  .chain((n) => fc.constantFrom("x", "ж", "Ա", "ა", "😀", "<", "'").map((c) => c.repeat(n / c.length)));

const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter(
  (c) => c !== "\t" && c !== "\n" && c !== "\r",
);
/** A C0 control character other than tab and line breaks, or DEL. */
export const controlChar = fc.constantFrom(...C0, "\u007F");
/** Bidirectional overrides and isolates, and the byte-order mark. */
export const bidiChar = fc.constantFrom(
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\uFEFF",
);
/** Half of a UTF-16 surrogate pair, alone: not representable in UTF-8, so PostgreSQL would store something else. */
export const loneSurrogate = fc.constantFrom("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D");
/** Right-to-left and zero-width marks: legitimate in mixed-script text. */
export const directionMark = fc.constantFrom("\u200E", "\u200F", "\u061C", "\u200B", "\u200D");

export const SQL = [
  "' OR '1'='1",
  '\'; DROP TABLE "Organization"; --',
  "1; SELECT pg_sleep(10)",
  "\\'",
  "%' AND 1=1 --",
  "$1",
  "\\x00",
  "E'\\\\'",
  "admin'--",
  '1 UNION SELECT * FROM "User"',
];
export const HTML = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "<svg/onload=alert(1)>",
  "</title><b>",
  "<!--",
  '<?xml version="1.0"?>',
  "<a href='//evil'>x</a>",
];
const WORDS = [
  "Армения",
  "Hayastan",
  "Հայաստան",
  "საქართველო",
  "Qazaqstan",
  "Қазақстан",
  "Oʻzbekiston",
  "Тоҷикистон",
  "Беларусь",
  "Україна",
  "Lietuva",
  "Eesti",
  "Ռուսաստան-Russia",
  "тест",
  "ünïcödé",
  "中文",
  "עברית",
  "العربية",
  "👨‍👩‍👧",
  "e\u0301",
];

/** Text mixing Cyrillic, Latin, Armenian, Georgian and more, with RTL marks and zero-width joiners between. */
export const mixedScript = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), directionMark, fc.constantFrom(" ", "-", "'", ".")), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(""));

/**
 * Text with something in it no field of the app accepts: control characters, bidi overrides, markup. (Lone
 * surrogates are not among them: FormData and URLs turn them into U+FFFD, a legitimate character, before the app
 * sees them; they reach the app only through JSON, see `loneSurrogate`.)
 */
export const poisonedText = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.oneof(controlChar, bidiChar, fc.constantFrom(...HTML)),
    fc.string({ maxLength: 20 }),
  )
  // Between two visible characters, so trimming cannot take it away.
  .map(([a, bad, b]) => `${a}x${bad}x${b}`);

/** Text no bounded text field accepts: poisoned, or longer than any limit. */
export const invalidText = fc.oneof(poisonedText, huge);

/** Anything a text input may send. */
export const noise = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  mixedScript,
  fc.constantFrom(
    ...SQL,
    ...HTML,
    "",
    " ",
    "null",
    "undefined",
    "NaN",
    "-1",
    "0",
    "1e309",
    "[object Object]",
    "true",
    "../../etc/passwd",
    "%00",
    "%ZZ",
  ),
  poisonedText,
  huge,
);

export const malformedDate = fc.constantFrom(
  "2023-02-30",
  "2021-02-29",
  "99999-01-01",
  "0000-00-00",
  "2024-13-01",
  "2024-00-10",
  "2024-1-5",
  "20240105",
  "2024/01/05",
  "05.01.2024",
  "2024-01-05T25:00",
  "",
  " ",
  "yesterday",
  "2024-W01",
  "-2024-01-01",
  "1e3",
  "2024-01-32",
  "２０２４-01-01",
);
export const malformedUuid = fc.oneof(
  fc.constantFrom(
    "",
    "0",
    "not-a-uuid",
    "00000000-0000-0000-0000-00000000000",
    "00000000-0000-0000-0000-0000000000000",
    "g0000000-0000-4000-8000-000000000000",
    "{00000000-0000-4000-8000-000000000000}",
    "00000000000040008000000000000000",
    "00000000-0000-4000-8000-000000000000\u0000",
    " 00000000-0000-4000-8000-00000000000z",
  ),
  fc.uuid().map((u) => `${u}x`),
  fc.uuid().map((u) => u.slice(0, -1)),
  fc.uuid().map((u) => u.replace(/-/g, "_")),
  fc.constantFrom(...SQL),
);
export const malformedSlug = fc.oneof(
  fc.constantFrom(
    "",
    "-",
    "a--b",
    "-a",
    "a-",
    "A",
    "Ab-c",
    "a b",
    "a_b",
    "a/b",
    "../a",
    "a.b",
    "аbc",
    "ա",
    "a\u0000",
    "a\u202E",
    "%20",
  ),
  fc.string({ minLength: 81, maxLength: 200 }).map((s) => `a${s.replace(/[^a-z0-9]/g, "a")}`.padEnd(81, "a")),
  fc.constantFrom(...SQL, ...HTML),
  poisonedText,
);

/** A value as a form field may carry it: a string, several strings (a repeated field), or a file. */
export type FieldValue = string | string[] | File;
/** Non-string shapes a form field can take: repeated values and files. */
export const wrongShape: fc.Arbitrary<FieldValue> = fc.oneof(
  fc.array(noise, { minLength: 2, maxLength: 4 }),
  fc.constantFrom(
    new File(["x"], "x.txt"),
    new File([], "empty.bin"),
    new File(["<script>"], "a\u202E.csv", { type: "text/csv" }),
  ),
);

/** Names of fields no form has, to be ignored. */
export const extraFieldName = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "admin",
    "role",
    "isAdmin",
    "status_",
    "id[]",
    "name.xx",
    "name.",
    "channel.99.url",
    "channel.-1.url",
    "$ACTION_ID",
    "a".repeat(300),
  ),
  fc.string({ minLength: 1, maxLength: 20 }).map((s) => `extra_${s}`),
);
export const extraFields = fc.dictionary(extraFieldName, fc.oneof(noise, wrongShape), { maxKeys: 3 });

/** A record of form values as FormData: arrays as repeated fields, files as files. */
export function toFormData(values: Record<string, FieldValue | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) data.append(key, v);
    else data.append(key, value);
  }
  return data;
}

/**
 * A valid form broken on purpose: at least one of `broken`'s fields carries a value it must refuse; every other
 * field keeps its valid value, takes noise or another shape, or is left out; extra fields come along. A correct
 * action refuses every such form.
 */
export function brokenForm(
  valid: Record<string, FieldValue>,
  broken: Record<string, fc.Arbitrary<FieldValue>>,
): fc.Arbitrary<Record<string, FieldValue | undefined>> {
  const names = Object.keys(broken);
  const others = Object.keys(valid).filter((k) => !names.includes(k));
  return fc
    .record({
      bad: fc
        .subarray(names, { minLength: 1 })
        .chain((chosen) => fc.record(Object.fromEntries(chosen.map((n) => [n, broken[n]!])))),
      rest: fc.record(
        Object.fromEntries(
          others.map((k) => [
            k,
            fc.oneof(
              { weight: 4, arbitrary: fc.constant(valid[k]) },
              { weight: 1, arbitrary: noise },
              { weight: 1, arbitrary: wrongShape },
              { weight: 1, arbitrary: fc.constant(undefined) },
            ),
          ]),
        ),
      ),
      extra: extraFields,
    })
    .map(({ bad, rest, extra }) => ({ ...extra, ...valid, ...rest, ...bad }) as Record<string, FieldValue | undefined>);
}
