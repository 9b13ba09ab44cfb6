import { nameSortKey } from '@herstelkompas/domain';

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

export function searchTextFor(client: {
  firstName: string;
  lastName: string;
  email: string;
}): string {
  return foldText(`${client.firstName} ${client.lastName} ${client.email}`);
}

export function sortNameFor(client: {
  firstName: string;
  lastName: string;
}): string {
  return foldText(nameSortKey(client));
}
