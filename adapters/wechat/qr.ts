import { toBuffer } from 'qrcode';
import qrcodeTerminal from 'qrcode-terminal';
import { t } from '../../src/texts.js';

/** Renders the login QR code as terminal block characters (the operator scans it from the log console). */
function renderQrForTerminal(qr: string): Promise<string> {
  return new Promise((resolve) => qrcodeTerminal.generate(qr, { small: true }, resolve));
}

/** What the operator sees in the terminal: the code, then how to log in with it (and its link, should the art be cut). */
export async function terminalLoginText(qr: string): Promise<string> {
  return `\n${await renderQrForTerminal(qr)}\n${t('wechat.scan_to_login', { url: qr })}\n`;
}

/** The login QR code as a PNG, for the web console's "scan to log in" page. */
export function renderQrPng(qr: string): Promise<Buffer> {
  return toBuffer(qr, { type: 'png', width: 320, margin: 2, errorCorrectionLevel: 'M' });
}
