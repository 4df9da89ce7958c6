import { describe, expect, it } from 'vitest';
import { conditionalHeaders } from '../../../src/core/fetch/conditional-headers.ts';

describe('conditionalHeaders', () => {
  it.each([
    ['nothing known', {}, {}],
    ['only an ETag', { etag: '"abc"' }, { 'if-none-match': '"abc"' }],
    ['a weak ETag kept as is', { etag: 'W/"abc"' }, { 'if-none-match': 'W/"abc"' }],
    [
      'only Last-Modified',
      { lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT' },
      { 'if-modified-since': 'Wed, 21 Oct 2015 07:28:00 GMT' },
    ],
    [
      'both (server gives If-None-Match precedence)',
      { etag: '"abc"', lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT' },
      { 'if-none-match': '"abc"', 'if-modified-since': 'Wed, 21 Oct 2015 07:28:00 GMT' },
    ],
    ['empty validators are not sent', { etag: '', lastModified: '  ' }, {}],
  ])('%s', (_name, validators, expected) => {
    expect(conditionalHeaders(validators)).toEqual(expected);
  });
});
