import sharp from 'sharp';

/** A plain PNG of the given size, with a text chunk a re-encode must drop. */
export async function pngImage(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 0, g: 128, b: 110 },
    },
  })
    .png()
    .withMetadata({ exif: { IFD0: { Copyright: 'geheim-metadata' } } })
    .toBuffer();
}

export async function jpegImage(
  width: number,
  height: number,
): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: '#336699' },
  })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: 'geheim-metadata' } } })
    .toBuffer();
}

export const SVG_LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
);
