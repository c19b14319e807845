// A name as another curator might type it: transliterated by another scheme, without Turkic letters, or
// with one letter wrong. Used to measure the duplicate warning on the seed data.

// Russian (and Kazakh) Cyrillic in the common passport/BGN style, which differs from our skeleton rules
// (й → y, ы → y, ё → yo, щ → shch, х → kh, ь → ').
const CYRILLIC_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "'",
  э: "e",
  ю: "yu",
  я: "ya",
  қ: "q",
  ә: "ä",
  ғ: "gh",
  ң: "ng",
  ө: "ö",
  ұ: "u",
  ү: "ü",
  һ: "h",
  і: "i",
};

export function cyrillicToLatin(name: string): string {
  return [...name]
    .map((c) => {
      const lower = c.toLowerCase();
      const latin = CYRILLIC_LATIN[lower];
      if (latin === undefined) return c;
      return c === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join("");
}

const PLAIN: Record<string, string> = {
  ə: "e",
  Ə: "E",
  ü: "u",
  Ü: "U",
  ö: "o",
  Ö: "O",
  ş: "s",
  Ş: "S",
  ç: "c",
  Ç: "C",
  ğ: "g",
  ı: "i",
  İ: "I",
  қ: "к",
  Қ: "К",
  ә: "а",
  ғ: "г",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
};

/** Turkic letters typed on a keyboard without them (Azərbaycan → Azerbaycan, Қазақстан → Казакстан). */
export function withoutTurkicLetters(name: string): string {
  return [...name].map((c) => PLAIN[c] ?? c).join("");
}

const longestWord = (name: string) =>
  [...name.matchAll(/\p{L}+/gu)].reduce<RegExpExecArray | null>(
    (a, b) => (!a || b[0].length > a[0].length ? b : a),
    null,
  );

/** The length of the name's longest word: a typo is only expected to be forgiven in a word of 5+ letters. */
export const longestWordLength = (name: string) => longestWord(name)?.[0].length ?? 0;

/** One letter in the middle of the longest word replaced by another vowel or common consonant of its script. */
export function withTypo(name: string): string {
  const word = longestWord(name);
  if (!word) return name;
  const at = word.index + Math.floor(word[0].length / 2);
  const letters = /[\u0400-\u04ff]/.test(name[at]!) ? "оаеинтср" : "oaeintsr";
  const around = [name[at - 1], name[at], name[at + 1]].map((c) => c?.toLowerCase());
  const other = [...letters].find((c) => !around.includes(c))!;
  return name.slice(0, at) + other + name.slice(at + 1);
}
