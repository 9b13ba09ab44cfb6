import { create } from 'qrcode';
import { qrPath } from './qr-code';

describe('qrPath', () => {
  it('draws every dark module inside a four-module quiet zone', () => {
    const url = 'https://praktijk.nl/intake/abcdefghijklmnop';
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    const { size, path } = qrPath(url);
    let dark = 0;
    for (let i = 0; i < modules.size * modules.size; i++) {
      if (modules.data[i]) dark++;
    }
    expect(size).toBe(modules.size + 8);
    expect(path.match(/M/g)).toHaveLength(dark);
    // The top-left finder pattern starts right after the quiet zone.
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true);
  });
});
