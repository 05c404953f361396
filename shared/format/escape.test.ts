import { describe, it, expect } from 'vitest';
import { escapeXml } from './escape';

describe('escapeXml', () => {
  it('escapes markup characters so text stays text', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
  it('keeps Korean and emoji, drops characters XML forbids', () => {
    expect(escapeXml('네이버\u0000클라우드 ☁️ 😀')).toBe('네이버클라우드 ☁️ 😀');
    expect(escapeXml('a\ud800b')).toBe('ab');
    expect(escapeXml('tab\tnew\nline')).toBe('tab\tnew\nline');
  });
});
