import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/core/errors.ts';
import { charsetFromContentType, decodeFeedBody } from '../../../src/core/parse/decode-body.ts';

const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const prolog = (encoding: string, body: string): string => `<?xml version="1.0" encoding="${encoding}"?><t>${body}</t>`;

describe('decodeFeedBody', () => {
  it.each([
    ['UTF-8 by default', utf8('<t>café</t>'), undefined, '<t>café</t>'],
    ['the Content-Type charset', latin1('<t>café</t>'), 'application/rss+xml; charset=ISO-8859-1', '<t>café</t>'],
    ['a quoted Content-Type charset', latin1('<t>Müller</t>'), 'text/xml; charset="iso-8859-1"', '<t>Müller</t>'],
    ['the XML declaration', latin1(prolog('ISO-8859-1', 'café')), undefined, prolog('ISO-8859-1', 'café')],
    ['a single-quoted XML declaration', latin1(prolog('latin1', 'é').replace(/"/g, "'")), undefined, prolog('latin1', 'é').replace(/"/g, "'")],
    ['the header over the XML declaration (RFC 7303)', utf8(prolog('ISO-8859-1', 'café')), 'text/xml; charset=utf-8', prolog('ISO-8859-1', 'café')],
  ])('follows %s', (_what, bytes, contentType, expected) => {
    expect(decodeFeedBody(bytes, contentType)).toBe(expected);
  });

  it('reads windows-1252 curly quotes, dashes and the euro sign (bytes 0x80-0x9F)', () => {
    const bytes = new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x85]);
    expect(decodeFeedBody(bytes, 'text/xml; charset=windows-1252')).toBe('\u201cA\u201d \u2013 \u20ac5 \u2026');
    // WHATWG reads "iso-8859-1" as windows-1252, so the same bytes labelled latin1 read the same.
    expect(decodeFeedBody(bytes, 'text/xml; charset=iso-8859-1')).toBe('\u201cA\u201d \u2013 \u20ac5 \u2026');
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<t>ok</t>')]);
    expect(decodeFeedBody(bytes)).toBe('<t>ok</t>');
  });

  it.each([
    ['UTF-16LE', 'utf16le', [0xff, 0xfe]],
    ['UTF-16BE', 'utf16be', [0xfe, 0xff]],
  ])('reads %s by its byte-order mark, even against a wrong header', (_name, encoding, bom) => {
    const le = Buffer.from('<t>Jakarta – café</t>', 'utf16le');
    const body = encoding === 'utf16be' ? Buffer.from(le).swap16() : le;
    const bytes = new Uint8Array([...bom, ...body]);
    expect(decodeFeedBody(bytes, 'text/xml; charset=iso-8859-1')).toBe('<t>Jakarta – café</t>');
  });

  it('ignores an XML declaration claiming UTF-16 in bytes that are plainly ASCII-based', () => {
    expect(decodeFeedBody(utf8(prolog('UTF-16', 'café')))).toBe(prolog('UTF-16', 'café'));
  });

  it.each([
    ['Content-Type header', utf8('<t/>'), 'text/xml; charset=x-klingon'],
    ['XML declaration', utf8(prolog('x-klingon', '')), undefined],
  ])('names an unknown charset from %s', (witness, bytes, contentType) => {
    const call = () => decodeFeedBody(bytes, contentType);
    expect(call).toThrow(ParseError);
    expect(call).toThrow(`parser: unknown charset: "x-klingon" (from the ${witness})`);
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/xml', undefined],
    ['text/xml; charset=UTF-8', 'UTF-8'],
    ['text/xml;charset="windows-1252"; foo=bar', 'windows-1252'],
    ['text/xml; CHARSET = iso-8859-1', 'iso-8859-1'],
    ['text/xml; charset=', undefined],
  ])('%s → %s', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });
});
