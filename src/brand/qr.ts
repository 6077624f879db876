/** QR codes that point at a public profile, for badges, slides and printed agendas. */
import QRCode from 'qrcode';

// M recovers ~15% damage (crumpled badges, glare) without making the code too dense to scan from a phone.
const ERROR_CORRECTION = 'M' as const;
const MARGIN = 2;

export async function renderQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: ERROR_CORRECTION, margin: MARGIN });
}

/** PNG at 8 pixels per module so it stays sharp when printed. */
export async function renderQrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: ERROR_CORRECTION, margin: MARGIN, scale: 8 });
}
