import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * WeCom's side of callback encryption (WXBizMsgCrypt), written here from the protocol rather
 * than taken from the SDK the adapter uses, so a mistake in one does not hide in the other:
 * AES-256-CBC, key = base64(EncodingAESKey + "="), IV = its first 16 bytes, PKCS#7 to 32 bytes,
 * plaintext = 16 random bytes · 4-byte length · message · receive id; signature = sha1 of the
 * sorted token, timestamp, nonce and ciphertext.
 */

export const TEST_TOKEN = 'wecomBotTestToken';
/** 43 characters, as the admin console generates them. */
export const TEST_AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

const keyOf = (aesKey: string): Buffer => Buffer.from(`${aesKey}=`, 'base64');

export function sign(token: string, timestamp: string, nonce: string, ciphertext: string): string {
  return createHash('sha1').update([token, timestamp, nonce, ciphertext].sort().join('')).digest('hex');
}

export function seal(plain: string, aesKey = TEST_AES_KEY): string {
  const key = keyOf(aesKey);
  const message = Buffer.from(plain, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(message.length);
  const raw = Buffer.concat([randomBytes(16), length, message]);
  const pad = 32 - (raw.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([raw, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
}

export function unseal(ciphertext: string, aesKey = TEST_AES_KEY): string {
  const key = keyOf(aesKey);
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]);
  const raw = padded.subarray(0, padded.length - (padded[padded.length - 1] as number));
  return raw.subarray(20, 20 + raw.readUInt32BE(16)).toString('utf8');
}

/** The query string WeCom adds to a callback, signed over `ciphertext` at `now`. */
export function signedQuery(ciphertext: string, options: { now?: Date; token?: string } = {}): URLSearchParams {
  const timestamp = String(Math.floor((options.now ?? new Date()).getTime() / 1000));
  const nonce = randomBytes(6).toString('hex');
  return new URLSearchParams({ msg_signature: sign(options.token ?? TEST_TOKEN, timestamp, nonce, ciphertext), timestamp, nonce });
}
