import { describe, expect, it } from 'vitest';
import { terminalLoginText } from '../../adapters/wechat/qr.js';

describe('the login QR code in the terminal', () => {
  it('draws the code and says in Chinese how to log in, with the link for a cut-off drawing', async () => {
    const url = 'https://login.weixin.qq.com/l/Abc123==';
    const text = await terminalLoginText(url);
    expect(text).toMatch(/[▄▀█]/);
    expect(text).toContain('扫描');
    expect(text).toContain(url);
    expect(text).not.toMatch(/scan|log in/i);
  });
});
