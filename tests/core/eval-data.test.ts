import { describe, expect, it } from 'vitest';
import { EvalDataError } from '../../src/core/errors.ts';
import { parseEvalJsonl } from '../../src/core/eval/parse-eval-data.ts';

const line = (fields: Record<string, unknown>) =>
  JSON.stringify({ id: 'a1', title: 'Kim bertemu Putin', summary: 'Ringkasan.', label: 1, ...fields });

describe('parseEvalJsonl', () => {
  it('parses a good file with blank lines, empty texts and optional fields', () => {
    const text = [
      line({ lang: 'id', link: 'https://example.com/a1', source: 'kompas', published: '2024-06-19', kind: 'core' }),
      '',
      line({ id: 'b2', title: '', summary: '', label: 0, lang: 'fr' }),
      '   ',
      line({ id: 'c3', lang: 'en', link: null }),
      '',
    ].join('\n');
    expect(parseEvalJsonl(text, 'dev.jsonl')).toEqual([
      {
        id: 'a1', title: 'Kim bertemu Putin', summary: 'Ringkasan.', label: 1, lang: 'id',
        link: 'https://example.com/a1', source: 'kompas', published: '2024-06-19', kind: 'core',
      },
      { id: 'b2', title: '', summary: '', label: 0 },
      { id: 'c3', title: 'Kim bertemu Putin', summary: 'Ringkasan.', label: 1, lang: 'en' },
    ]);
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const items = parseEvalJsonl(`\uFEFF${line({})}\r\n${line({ id: 'b2' })}\r\n`, 'dev.jsonl');
    expect(items.map((i) => i.id)).toEqual(['a1', 'b2']);
  });

  it.each([
    ['not JSON', '{"id": "x",', 'line 2: not valid JSON ('],
    ['an array', '[1, 2]', 'line 2: not a JSON object, got [1,2]'],
    ['null', 'null', 'line 2: not a JSON object, got null'],
    ['missing id', JSON.stringify({ title: 't', summary: 's', label: 1 }), 'line 2: missing field "id"'],
    ['empty id', line({ id: '  ' }), 'line 2: field "id" must be a non-empty string, got "  "'],
    ['numeric id', line({ id: 7 }), 'line 2: field "id" must be a non-empty string, got 7'],
    ['missing title', JSON.stringify({ id: 'x', summary: 's', label: 1 }), 'line 2: missing field "title"'],
    ['null summary', line({ id: 'x', summary: null }), 'line 2: field "summary" must be a string, got null'],
    ['missing label', JSON.stringify({ id: 'x', title: 't', summary: 's' }), 'line 2: missing field "label"'],
    ['label "yes"', line({ id: 'x', label: 'yes' }), 'line 2: field "label" must be 0 or 1, got "yes"'],
    ['label true', line({ id: 'x', label: true }), 'line 2: field "label" must be 0 or 1, got true'],
    ['label 2', line({ id: 'x', label: 2 }), 'line 2: field "label" must be 0 or 1, got 2'],
    ['numeric link', line({ id: 'x', link: 5 }), 'line 2: field "link" must be a string, got 5'],
    ['duplicate id', line({}), 'line 2: duplicate id "a1" (first on line 1)'],
  ])('rejects %s, naming the file and line', (_case, bad, message) => {
    const text = `${line({})}\n${bad}\n${line({ id: 'z9' })}\n`;
    expect(() => parseEvalJsonl(text, 'dev.jsonl')).toThrow(EvalDataError);
    expect(() => parseEvalJsonl(text, 'dev.jsonl')).toThrow(`eval: dev.jsonl ${message}`);
  });

  it('counts blank lines when naming the line', () => {
    expect(() => parseEvalJsonl(`${line({})}\n\n\nnope\n`, 'dev.jsonl')).toThrow('eval: dev.jsonl line 4: not valid JSON');
  });

  it.each([
    ['an empty file', ''],
    ['only blank lines', '\n  \n\n'],
  ])('rejects %s', (_case, text) => {
    expect(() => parseEvalJsonl(text, 'test.jsonl')).toThrow('eval: test.jsonl: no items');
  });
});
