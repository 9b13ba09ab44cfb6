import type Sharp from 'sharp';

let sharpModule: typeof Sharp | undefined;

/**
 * sharp (libvips, a native library of about 20 MB once mapped) is loaded on
 * the first logo upload, not at start: logos change rarely and nothing else
 * in the API uses it.
 */
function loadSharp(): typeof Sharp {
  sharpModule ??= require('sharp') as typeof Sharp;
  return sharpModule;
}

/** The letterhead's room for a logo: larger images are scaled down to fit. */
export const LOGO_MAX_WIDTH = 600;
export const LOGO_MAX_HEIGHT = 200;
/** Refuses decompression bombs: a 1 MB file may claim gigapixels. */
const MAX_INPUT_PIXELS = 40_000_000;

export type LogoKind = 'png' | 'jpeg';

/** What the bytes are, from their first bytes; the Content-Type header is only a claim. */
export function sniffImage(bytes: Buffer): LogoKind | null {
  if (
    bytes.length >= 8 &&
    bytes
      .subarray(0, 8)
      .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'png';
  if (
    bytes.length >= 3 &&
    bytes[0] === 0xff &&
    bytes[1] === 0xd8 &&
    bytes[2] === 0xff
  )
    return 'jpeg';
  return null;
}

export interface EncodedLogo {
  image: Buffer;
  width: number;
  height: number;
}

/**
 * Decodes and draws the image anew as PNG, at most 600×200, turned upright
 * by its EXIF orientation: what is stored and served is pixels only, never
 * the uploaded file's metadata (camera, location) or any other chunk.
 * Throws when the bytes do not decode.
 */
export async function reencodeLogo(bytes: Buffer): Promise<EncodedLogo> {
  const sharp = loadSharp();
  const { data, info } = await sharp(bytes, {
    limitInputPixels: MAX_INPUT_PIXELS,
    failOn: 'error',
    animated: false,
  })
    .rotate()
    .resize(LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT, {
      fit: 'inside',
      withoutEnlargement: true,
    })
    .png({ compressionLevel: 9 })
    .toBuffer({ resolveWithObject: true });
  return { image: data, width: info.width, height: info.height };
}
