import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../src/core/normalize/html-to-text.ts';

describe('htmlToPlainText', () => {
  it.each([
    ['<p>Hello <b>world</b></p>', 'Hello world'],
    ['Lihat <a href="https://e.example/x">tautan ini</a> dulu', 'Lihat tautan ini dulu'],
    ['<img src="a.jpg" alt="Foto: Reuters">Keterangan', 'Keterangan'],
    ['Tom &amp; Jerry&#8217;s &quot;show&quot;&nbsp;&mdash; today', 'Tom & Jerry\u2019s "show" \u2014 today'],
    ['<h2>Judul Kecil</h2><p>isi</p>', 'Judul Kecil isi'],
    ['<p>baris satu<br>baris dua</p>\n\n<p>   paragraf   dua </p>', 'baris satu baris dua paragraf dua'],
    ['<script>alert(1)</script><style>p { color: red }</style>teks', 'teks'],
    ['<ul><li>satu</li><li>dua</li></ul>', 'satu dua'],
    ['<table><tr><td>kiri</td><td>kanan</td></tr></table>', 'kiri kanan'],
    ['<iframe src="https://video.example/"></iframe>Setelah video', 'Setelah video'],
    ['plain text, no tags', 'plain text, no tags'],
    ['A < B and C > D', 'A < B and C > D'],
    ['Satu&#13;\nDua\t\tTiga', 'Satu Dua Tiga'],
    ['<p>Unclosed <b>bold', 'Unclosed bold'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (html, expected) => {
    expect(htmlToPlainText(html)).toBe(expected);
  });

  it('leaves no tags, brackets or line breaks behind', () => {
    const text = htmlToPlainText('<div><p>Satu <a href="https://e.example/">dua</a></p><img src="x.png"><br/><p>tiga</p></div>');
    expect(text).toBe('Satu dua tiga');
    expect(text).not.toMatch(/[<>\[\]\n]/);
  });

  it.each([
    ['<p>Intro</p><iframe src="https://v.example/e"/><p>Body text.</p>', 'Intro Body text.'],
    ['<video src="a.mp4" /> Caption and story', 'Caption and story'],
    ['<p>One</p><SCRIPT src="x.js"/><p>Two</p>', 'One Two'],
    ['Why <script> tags block rendering', 'Why tags block rendering'],
    ['Apple adds <video> support', 'Apple adds support'],
    ['<p>a</p><video src="v.mp4">Your browser cannot play this</video><p>b</p>', 'a b'],
    ['<p>a</p><script>var x = "<p>";</script><p>b</p>', 'a b'],
  ])('a self-closed or never closed skipped element does not take the words after it: %j', (html, expected) => {
    expect(htmlToPlainText(html)).toBe(expected);
  });
});
