// The Universal Feed Parser's test files state what they expect as a Python expression over
// feedparser's result ("Expect: not bozo and entries[0]['title'] == 'Item 1 title'"). This reads
// the subset those files use: clauses joined by `and`, each `not X`, `path == literal`,
// `path != literal` or a bare path; literals are Python strings (with \x, \u, \U escapes),
// numbers, tuples, lists, dicts, None, True, False. Anything else is reported as unreadable,
// so the conformance test can count it as skipped instead of guessing.

export type PyValue = string | number | boolean | null | PyValue[] | { [key: string]: PyValue };

export type PathStep = string | number;

export type Clause =
  | { kind: 'compare'; path: PathStep[]; op: '==' | '!='; value: PyValue }
  | { kind: 'truthy'; path: PathStep[]; negated: boolean }
  | { kind: 'unreadable'; text: string };

type Token = { type: 'str'; value: string } | { type: 'num'; value: number } | { type: 'name'; value: string } | { type: 'punct'; value: string };

export function readExpect(expression: string): Clause[] {
  let tokens: Token[];
  try {
    tokens = tokenize(expression);
  } catch {
    return [{ kind: 'unreadable', text: expression }];
  }
  // Split on top-level `and`; an `or` anywhere makes the clause unreadable.
  const clauses: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === 'punct' && '([{'.includes(token.value)) depth += 1;
    if (token.type === 'punct' && ')]}'.includes(token.value)) depth -= 1;
    if (depth === 0 && token.type === 'name' && token.value === 'and') clauses.push([]);
    else clauses.at(-1)!.push(token);
  }
  return clauses.map((clause) => readClause(clause) ?? { kind: 'unreadable', text: clause.map(show).join(' ') });
}

function show(token: Token): string {
  return token.type === 'str' ? JSON.stringify(token.value) : String(token.value);
}

function readClause(tokens: Token[]): Clause | undefined {
  if (tokens.some((t) => t.type === 'name' && (t.value === 'or' || t.value === 'in' || t.value === 'lambda'))) return undefined;
  let negated = false;
  let at = 0;
  while (tokens[at]?.type === 'name' && tokens[at]!.value === 'not') {
    negated = !negated;
    at += 1;
  }
  const path = readPath(tokens, at);
  if (!path) return undefined;
  at = path.next;
  if (at === tokens.length) return { kind: 'truthy', path: path.steps, negated };
  const op = tokens[at];
  if (negated || op?.type !== 'punct' || (op.value !== '==' && op.value !== '!=')) return undefined;
  const literal = readLiteral(tokens, at + 1);
  if (!literal || literal.next !== tokens.length) return undefined;
  return { kind: 'compare', path: path.steps, op: op.value, value: literal.value };
}

function readPath(tokens: Token[], start: number): { steps: PathStep[]; next: number } | undefined {
  const head = tokens[start];
  if (head?.type !== 'name') return undefined;
  const steps: PathStep[] = [head.value];
  let at = start + 1;
  for (;;) {
    const token = tokens[at];
    if (token?.type === 'punct' && token.value === '.' && tokens[at + 1]?.type === 'name') {
      steps.push(tokens[at + 1]!.value as string);
      at += 2;
    } else if (token?.type === 'punct' && token.value === '[') {
      const key = tokens[at + 1];
      if ((key?.type !== 'str' && key?.type !== 'num') || tokens[at + 2]?.type !== 'punct' || tokens[at + 2]!.value !== ']') return undefined;
      steps.push(key.value);
      at += 3;
    } else if (token?.type === 'punct' && token.value === '(') {
      return undefined; // a call: len(...), .get(...), datetime...(...)
    } else {
      return { steps, next: at };
    }
  }
}

function readLiteral(tokens: Token[], at: number): { value: PyValue; next: number } | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  if (token.type === 'str') {
    // Adjacent string literals concatenate.
    let value = token.value;
    let next = at + 1;
    while (tokens[next]?.type === 'str') value += (tokens[next++] as { value: string }).value;
    return { value, next };
  }
  if (token.type === 'num') return { value: token.value, next: at + 1 };
  if (token.type === 'punct' && token.value === '-' && tokens[at + 1]?.type === 'num') {
    return { value: -(tokens[at + 1] as { value: number }).value, next: at + 2 };
  }
  if (token.type === 'name') {
    const names: Record<string, PyValue> = { None: null, True: true, False: false };
    return token.value in names ? { value: names[token.value]!, next: at + 1 } : undefined;
  }
  if (token.value === '(' || token.value === '[') return readSequence(tokens, at + 1, token.value === '(' ? ')' : ']');
  if (token.value === '{') return readDict(tokens, at + 1);
  return undefined;
}

function readSequence(tokens: Token[], start: number, close: string): { value: PyValue; next: number } | undefined {
  const items: PyValue[] = [];
  let at = start;
  while (!(tokens[at]?.type === 'punct' && tokens[at]!.value === close)) {
    const item = readLiteral(tokens, at);
    if (!item) return undefined;
    items.push(item.value);
    at = item.next;
    if (tokens[at]?.type === 'punct' && tokens[at]!.value === ',') at += 1;
    else if (!(tokens[at]?.type === 'punct' && tokens[at]!.value === close)) return undefined;
  }
  return { value: items, next: at + 1 };
}

function readDict(tokens: Token[], start: number): { value: PyValue; next: number } | undefined {
  const dict: Record<string, PyValue> = {};
  let at = start;
  while (!(tokens[at]?.type === 'punct' && tokens[at]!.value === '}')) {
    const key = readLiteral(tokens, at);
    if (!key || typeof key.value !== 'string' || tokens[key.next]?.value !== ':') return undefined;
    const value = readLiteral(tokens, key.next + 1);
    if (!value) return undefined;
    dict[key.value] = value.value;
    at = value.next;
    if (tokens[at]?.type === 'punct' && tokens[at]!.value === ',') at += 1;
  }
  return { value: dict, next: at + 1 };
}

const PUNCT = ['==', '!=', '<=', '>=', '(', ')', '[', ']', '{', '}', ',', ':', '.', '-', '<', '>', '+', '%', '*'];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const c = text[at]!;
    if (/\s/.test(c)) {
      at += 1;
      continue;
    }
    const prefixed = /^([uUbBrR]{0,2})(['"])/.exec(text.slice(at, at + 4));
    if (prefixed && (prefixed[1] === '' || /^[a-zA-Z]+$/.test(prefixed[1]!))) {
      const raw = /r/i.test(prefixed[1]!);
      const { value, next } = readString(text, at + prefixed[1]!.length, raw);
      tokens.push({ type: 'str', value });
      at = next;
      continue;
    }
    const number = /^\d+(?:\.\d+)?/.exec(text.slice(at));
    if (number) {
      tokens.push({ type: 'num', value: Number(number[0]) });
      at += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(at));
    if (name) {
      tokens.push({ type: 'name', value: name[0] });
      at += name[0].length;
      continue;
    }
    const punct = PUNCT.find((p) => text.startsWith(p, at));
    if (!punct) throw new Error(`unexpected "${c}"`);
    tokens.push({ type: 'punct', value: punct });
    at += punct.length;
  }
  return tokens;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0' };

function readString(text: string, start: number, raw: boolean): { value: string; next: number } {
  const quote = text[start]!;
  let at = start + 1;
  let value = '';
  while (at < text.length && text[at] !== quote) {
    const c = text[at]!;
    if (c !== '\\' || raw) {
      value += c;
      at += 1;
      continue;
    }
    const e = text[at + 1]!;
    const hexLength = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLength) {
      value += String.fromCodePoint(Number.parseInt(text.slice(at + 2, at + 2 + hexLength), 16));
      at += 2 + hexLength;
    } else if (e in SIMPLE_ESCAPES) {
      value += SIMPLE_ESCAPES[e];
      at += 2;
    } else {
      value += `\\${e}`;
      at += 2;
    }
  }
  if (at >= text.length) throw new Error('unterminated string');
  return { value, next: at + 1 };
}
