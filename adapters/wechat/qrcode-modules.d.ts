// Minimal typings for the two QR packages (they ship none, and no @types package is installed).

declare module 'qrcode' {
  export interface QRCodeToBufferOptions {
    type?: 'png';
    width?: number;
    margin?: number;
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  }
  export function toBuffer(text: string, options?: QRCodeToBufferOptions): Promise<Buffer>;
}

declare module 'qrcode-terminal' {
  const qrcodeTerminal: {
    generate(input: string, options: { small?: boolean }, callback: (rendered: string) => void): void;
  };
  export default qrcodeTerminal;
}
