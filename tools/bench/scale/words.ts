/** Deterministic pseudo-random numbers (mulberry32): the same seed, the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

// Diacritics on purpose: search must find "Zoë" when someone types "zoe".
export const FIRST_NAMES = [
  'Jan',
  'Sanne',
  'Daan',
  'Lotte',
  'Sem',
  'Fenna',
  'Thijs',
  'Bram',
  'Femke',
  'Eline',
  'Ruben',
  'Jeroen',
  'Mohamed',
  'Fatima',
  'Youssef',
  'Ayşe',
  'Emre',
  'Gülşen',
  'Özlem',
  'Łukasz',
  'Zoltán',
  'Ingrid',
  'Kees',
  'Henk',
  'Wim',
  'Annelies',
  'Maaike',
  'Noor',
  'Sophie',
  'Julia',
  'Lieke',
  'Floor',
  'Tess',
  'Luuk',
  'Joëlle',
  'Hélène',
  'François',
  'Raphaël',
  'Michiel',
  'José',
  'Zoë',
  'Chloë',
  'Anaïs',
  'Inès',
  'Renée',
  'Céline',
  'Jürgen',
  'Björn',
  'Søren',
  'Marloes',
  'Geert',
  'Anouk',
  'Niels',
  'Iris',
  'Stijn',
  'Esmée',
  'Noël',
  'Chaïma',
  'Siham',
  'Dewi',
  'Priya',
  'Mei',
  'Wouter',
  'Hanneke',
  'Gerrit',
] as const;

export const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'van der Linden',
  'Kok',
  'Jacobs',
  'de Haan',
  'Vermeulen',
  'van den Heuvel',
  'van der Veen',
  'van den Broek',
  'de Bruijn',
  'van der Heijden',
  'Schouten',
  'van Beek',
  'Willems',
  'van Vliet',
  'van de Ven',
  'Hoekstra',
  'Maas',
  'Verhoeven',
  'Koster',
  'van Dam',
  'van der Wal',
  'Prins',
  'Blom',
  'Huisman',
  'Yılmaz',
  'Öztürk',
  'Çelik',
  'El Amrani',
  'Müller',
  'Sánchez',
  'Gonçalves',
  'Nguyễn',
  'Kowalczyk',
  'Østergaard',
  'Ruïz',
  'Hoëvenaars',
  'Ben Saïd',
  'Şahin',
  'Doğan',
  'Kaçar',
  'Brandão',
  'Dubois',
  'Lefèvre',
  'Groß',
  'Novák',
  'Wiśniewski',
  'Bouzidi',
] as const;

export const PAIN_LOCATIONS = [
  'onderrug',
  'onderrug en bil',
  'lage rug, links',
  'rug en nek',
  'bovenrug',
  'onderrug, uitstralend naar been',
] as const;
export const PAIN_DURATIONS = [
  '3 maanden',
  '6 maanden',
  '1 jaar',
  '2 jaar',
  '3 jaar',
  'meer dan 5 jaar',
] as const;
export const REFERRERS = [
  'huisarts',
  'fysiotherapeut',
  'bedrijfsarts',
  'zelf',
] as const;
export const GPS = [
  'Dr. Smit',
  'Dr. Bakker',
  'Dr. Öztürk',
  'Dr. van Dijk',
  'Dr. Peeters',
] as const;
export const TAGS = [
  'werk',
  'sport',
  'ploegendienst',
  'mantelzorg',
  'zwanger',
  'student',
] as const;

const SENTENCES = [
  'Cliënt vertelt dat de pijn in de ochtend het sterkst is en na het opstaan langzaam afneemt.',
  'We hebben de ademhalingsoefening van vorige week herhaald; die lukt nu zonder hulp.',
  'Slaapt sinds twee weken beter, gemiddeld zes uur per nacht, met minder vaak wakker worden.',
  'Stress op het werk blijft hoog door een reorganisatie; we bespraken grenzen aangeven.',
  'Wandelt drie keer per week twintig minuten, de rug voelt daarna soepeler aan.',
  'Voeding: ontbijt wordt vaak overgeslagen; afgesproken om te beginnen met een vast ontbijt.',
  'Pijnscore aan het begin van de sessie was zes, aan het eind vier na de oefeningen.',
  'Verkoudheid van vorige week is over; energie komt langzaam terug.',
  'De cliënt merkt dat piekeren in de avond het inslapen moeilijker maakt.',
  'Huiswerk: dagelijks vijf minuten buikademhaling voor het slapengaan en een korte wandeling.',
  'Tillen op het werk gaat beter sinds de aanpassing van de werkplek.',
  'We hebben gekeken naar het verband tussen slecht slapen en meer pijn de volgende dag.',
  'Motivatie is goed; de cliënt houdt zelf een dagboek bij van pijn en activiteit.',
  'Bij lang zitten neemt de pijn toe; elk half uur even opstaan werkt volgens de cliënt.',
  'Besproken dat terugval normaal is en geen reden om te stoppen met de oefeningen.',
  'Volgende keer evalueren we de focusdomeinen en kijken we of de volgorde nog klopt.',
] as const;

/** A session note of about `length` characters, built from plain Dutch sentences. */
export function noteText(random: () => number, length = 500): string {
  let text = '';
  while (text.length < length)
    text += (text ? ' ' : '') + pick(random, SENTENCES);
  return text;
}
