// Numbers as the page's language writes them (Intl): 100 000 in Russian, 100,000 in English, 33,3 % or 33.3%.

export type NumberFormats = {
  count: (n: number) => string;
  percent: (count: number, total: number) => string;
};

export function numberFormats(locale: string): NumberFormats {
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  return {
    count: (n) => count.format(n),
    percent: (c, total) => (total > 0 ? percent.format(c / total) : "—"),
  };
}
