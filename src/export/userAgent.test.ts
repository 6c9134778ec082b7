import { describe, expect, it } from 'vitest';
import { isWeChat } from './userAgent';

describe('isWeChat', () => {
  it('recognises WeChat on Android and iOS, and WeCom', () => {
    expect(
      isWeChat(
        'Mozilla/5.0 (Linux; Android 13; PGT-AN10 Build/HONORPGT-AN10; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5169 MMWEBSDK/20230805 MMWEBID/1234 MicroMessenger/8.0.42.2460(0x28002A58) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
      ),
    ).toBe(true);
    expect(
      isWeChat(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2c) NetType/WIFI Language/zh_CN',
      ),
    ).toBe(true);
    expect(
      isWeChat(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) wxwork/4.1.10 MicroMessenger/7.0.1 Chrome/98.0 Safari/537.36',
      ),
    ).toBe(true);
  });

  it('leaves ordinary browsers and other in-app browsers alone', () => {
    expect(isWeChat('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36')).toBe(
      false,
    );
    expect(
      isWeChat(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
      ),
    ).toBe(false);
    expect(
      isWeChat(
        'Mozilla/5.0 (Linux; Android 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0 Mobile Safari/537.36 AlipayClient/10.5.0',
      ),
    ).toBe(false);
    expect(isWeChat('')).toBe(false);
  });

  it('needs the token itself, not a word that merely contains it', () => {
    expect(isWeChat('NotMicroMessenger/1.0')).toBe(false);
  });
});
