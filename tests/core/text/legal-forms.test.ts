import { describe, expect, it } from 'vitest';
import { isLegalForm } from '../../../src/core/text/legal-forms.ts';

describe('company legal forms', () => {
  it('knows the forms a company name is written with, in any case and with a full stop', () => {
    for (const word of ['PT', 'pt', 'Tbk', 'Persero', 'Perum', 'CV', 'Inc.', 'Ltd', 'PLC']) expect(isLegalForm(word)).toBe(true);
  });

  it('knows no name or ordinary word as one', () => {
    for (const word of ['ASDP', 'Sritex', 'Direktur', 'Kopdes', 'perusahaan', 'company', 'P.T.', '']) expect(isLegalForm(word)).toBe(false);
  });
});
