import { describe, expect, it } from 'vitest';
import { backPointer, refersBack } from '../../../src/core/summarize/back-pointers.ts';

describe('refersBack', () => {
  it.each([
    ['It became the biggest protest in a decade.', 'en'],
    ['This was the third attempt.', 'en'],
    ['He said the plan would go ahead.', 'en'],
    ['But the rules do not apply to everyone.', 'en'],
    ['"They were there," she said.', 'en'],
    ['Hal itu disampaikan Menteri Pertanian.', 'id'],
    ['Hal tersebut disampaikannya saat melepas ekspor.', 'id'],
    ['Dia mengatakan rencana itu berjalan.', 'id'],
    ['Ia ditangkap di rumahnya.', 'id'],
    ['Namun, polisi belum menetapkan tersangka.', 'id'],
    ['Sementara itu, harga cabai turun.', 'id'],
    ['Kasus tersebut kini ditangani polisi.', 'id'],
    ['Dalam insiden tersebut, satu rumah tertimbun.', 'id'],
    ['Pada hari itu, hujan turun deras.', 'id'],
  ] as const)('%s', (sentence, lang) => {
    expect(refersBack(sentence, lang)).toBe(true);
  });

  it.each([
    ['Italy beat France on Sunday.', 'en'],
    ['Itinerary changes were announced.', 'en'],
    ['Thermal imaging showed the fire.', 'en'],
    ['Presiden Joko Widodo meresmikan jalan tol.', 'id'],
    ['Indonesia menang 2-0.', 'id'],
    ['Dialog digelar di Jakarta.', 'id'],
    ['Tahun ini harga beras naik.', 'id'],
    ['Pemerintah kota meresmikan taman itu pada Senin.', 'id'],
  ] as const)('not pointing back: %s', (sentence, lang) => {
    expect(refersBack(sentence, lang)).toBe(false);
  });
});

describe('backPointer: how strongly an opening leans back', () => {
  it.each([
    // Connectives, phrases naming what was said, and pronouns that speak or continue: never first.
    ['Hal itu disampaikan Menteri Pertanian.', 'id'],
    ['Hal tersebut disampaikannya saat melepas ekspor.', 'id'],
    ['Dia mengatakan rencana itu berjalan.', 'id'],
    ['Ia juga meminta warga waspada.', 'id'],
    ['Menurutnya, harga beras akan turun.', 'id'],
    ['Namun, polisi belum menetapkan tersangka.', 'id'],
    ['Kasus tersebut kini ditangani polisi.', 'id'],
    ['It became the biggest protest in a decade.', 'en'],
    ['This comes after the government raised fuel prices.', 'en'],
    ['It follows a similar attack last month.', 'en'],
    ['He said the plan would go ahead.', 'en'],
    ['"She told reporters she would stay."', 'en'],
    ['However, the rules do not apply to everyone.', 'en'],
    ['According to him, the talks failed.', 'en'],
  ] as const)('always: %s', (sentence, lang) => {
    expect(backPointer(sentence, lang)).toBe('always');
  });

  it.each([
    // A pronoun or demonstrative that a feature's first sentence may point forward with.
    ['They may not be "Star Trek"-type extraterrestrials, but we may be close.', 'en'],
    ['This is the moment a paedophile was caught by police.', 'en'],
    ["It's well known that exercise can make your muscles bigger.", 'en'],
    ['She may be a First Daughter, but Sasha is still a teenager.', 'en'],
    ['Such is the demand that tickets sold out in minutes.', 'en'],
    ['Ia ditangkap di rumahnya.', 'id'],
    ['Mereka sudah mempersiapkan tim dengan matang.', 'id'],
  ] as const)('unless first: %s', (sentence, lang) => {
    expect(backPointer(sentence, lang)).toBe('unless-first');
  });

  it.each([
    ['This week is the 100th anniversary of the genocide.', 'en'],
    ['Those who survived were taken to hospital.', 'en'],
    ['Her Majesty the Queen opened the bridge.', 'en'],
    ['Then-President Barack Obama signed the law.', 'en'],
    ['So-called legal highs were found in the cells.', 'en'],
    ['In addition to fines, the bill includes compensation.', 'en'],
    ['Mereka yang pernah menderita kanker berisiko kambuh.', 'id'],
    ['Ini dia lima fakta tentang gerhana bulan.', 'id'],
    ['Tahun ini harga beras naik.', 'id'],
  ] as const)('none: %s', (sentence, lang) => {
    expect(backPointer(sentence, lang)).toBe('none');
  });
});
