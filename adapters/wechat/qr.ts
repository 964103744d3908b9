import { toBuffer } from 'qrcode';
import qrcodeTerminal from 'qrcode-terminal';

/** Renders the login QR code as terminal block characters (the operator scans it from the log console). */
export function renderQrForTerminal(qr: string): Promise<string> {
  return new Promise((resolve) => qrcodeTerminal.generate(qr, { small: true }, resolve));
}

/** The login QR code as a PNG, for the web console's "scan to log in" page. */
export function renderQrPng(qr: string): Promise<Buffer> {
  return toBuffer(qr, { type: 'png', width: 320, margin: 2, errorCorrectionLevel: 'M' });
}
