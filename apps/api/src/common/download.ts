import { foldText } from './fold-text';

/** "José van der Berg" -> "jose-van-der-berg": safe in any file system. */
export function fileSlug(text: string): string {
  return (
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'bestand'
  );
}

/**
 * `attachment` with a plain ASCII name and the exact UTF-8 name (RFC 6266),
 * so every browser saves the file under a sensible name.
 */
export function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
