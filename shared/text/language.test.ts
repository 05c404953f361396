import { describe, it, expect } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('recognises Korean, even with Latin acronyms mixed in', () => {
    expect(detectLanguage('네이버클라우드는 올해 CSAP 인증을 다시 받았다.')).toBe('ko');
    expect(detectLanguage('AWS, MS, GCP 등 해외 CSP가 공공 시장에 들어온다')).toBe('ko');
  });

  it('recognises English', () => {
    expect(detectLanguage('Microsoft Azure passed the Korean public cloud certification this week.')).toBe('en');
  });

  it('recognises decomposed (NFD) Korean', () => {
    expect(detectLanguage('클라우드 보안 인증'.normalize('NFD'))).toBe('ko');
  });

  it('says other for other scripts, mostly-number text and empty text', () => {
    expect(detectLanguage('東京でデータセンターを開設した')).toBe('other');
    expect(detectLanguage('2024-12-02 10:00 1,234')).toBe('other');
    expect(detectLanguage('')).toBe('other');
  });

  it('says other when English is a minority among other letters', () => {
    expect(detectLanguage('Cloud 云计算服务市场份额持续增长')).toBe('other');
  });
});
