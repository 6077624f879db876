import { describe, expect, it } from 'vitest';
import { renderQrPng, renderQrSvg } from './qr.ts';

const URL_TO_ENCODE = 'https://sinergia.example.org/p/ana-garcia';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('renderQrSvg', () => {
  it('returns an SVG document with the QR modules', async () => {
    const svg = await renderQrSvg(URL_TO_ENCODE);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toMatch(/<path[^>]+d="M/);
    // Version 3 (29 modules) + margin 2 on each side.
    expect(svg).toContain('viewBox="0 0 33 33"');
  });

  it('changes with the URL', async () => {
    expect(await renderQrSvg(URL_TO_ENCODE)).not.toBe(await renderQrSvg(`${URL_TO_ENCODE}-2`));
  });
});

describe('renderQrPng', () => {
  it('returns a square PNG of printable size', async () => {
    const png = await renderQrPng(URL_TO_ENCODE);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // The IHDR chunk comes first: length (4), type (4), then width and height.
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(height);
    expect(width).toBe(33 * 8);
  });
});
