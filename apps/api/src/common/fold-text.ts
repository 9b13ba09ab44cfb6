/** Letters that Unicode does not decompose into a base letter plus accent. */
const SPECIAL: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};

/** Lower-case without diacritics: "José Yılmaz" -> "jose yilmaz". Search and sorting compare these. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[ıøæœßłđþ]/g, (c) => SPECIAL[c] ?? c)
    .trim();
}
