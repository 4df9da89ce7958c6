import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../src/core/normalize/html-to-text.ts';
import { repairMojibake } from '../../../src/core/normalize/mojibake.ts';

describe('repairMojibake', () => {
  it.each([
    ['C1 controls as windows-1252', 'don\u0092t \u0093q\u0094', 'don’t “q”'],
    ['UTF-8 read as windows-1252 (3 bytes)', 'itâ€™s â€œfineâ€\u009d', 'it’s “fine”'],
    ['UTF-8 read as windows-1252 (2 bytes)', 'cafÃ© SÃ£o', 'café São'],
    ['UTF-8 read as Latin-1 with a C1 byte', '\u00e2\u0080\u00a6', '…'],
  ])('puts back %s', (_what, text, expected) => {
    expect(repairMojibake(text)).toBe(expected);
  });

  it.each([
    ['Portuguese', 'SÃO PAULO – Ação, coração, à noite'],
    ['French', 'À bientôt, déjà « vu » – très ça'],
    ['German', 'Größe, Übermaß, Öl'],
    ['symbols', '© 2025 · 5 € · ±3 °C'],
    ['Indonesian', 'Rp 5.000 — “Jakarta”'],
  ])('leaves %s text alone', (_what, text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('runs inside htmlToPlainText, before and after entities are decoded', () => {
    expect(htmlToPlainText('don&#146;t')).toBe('don’t');
    expect(htmlToPlainText('<p>&#226;&#128;&#166; and &acirc;&#128;&brvbar;</p>')).toBe('… and …');
  });
});
