// Unicode tokenizer: letters and digits of any script, lowercased after NFKC so that
// full-width forms, ligatures and composed accents compare equal.
const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;
const HAS_DIGIT = /\p{N}/u;
const HYPHEN = /[-‐‑]/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Splits text into lowercase word tokens. Hyphenated forms are handled the Indonesian way:
 * a reduplication ("negara-negara", "besar-besaran") stands for its base word, any other
 * compound ("Kim Jong-un", "Rusia-Ukraina") is split into its parts. Tokens holding a digit
 * are dropped: dates and counts say nothing about a topic.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  // NFKC is the costliest step and a no-op on plain ASCII, which most news copy is; so is the
  // Unicode word pattern, which a scan of character codes replaces there (same tokens).
  if (ASCII_ONLY.test(text)) {
    tokenizeAscii(text.toLowerCase(), tokens);
    return tokens;
  }
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(WORD)) addWord(tokens, match[0]);
  return tokens;
}

const isAsciiAlnum = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** WORD over lowercase ASCII: runs of letters and digits, joined by single hyphens. */
function tokenizeAscii(lower: string, tokens: string[]): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiAlnum(lower.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isAsciiAlnum(lower.charCodeAt(i))) i += 1;
      if (i + 1 < n && lower.charCodeAt(i) === 45 && isAsciiAlnum(lower.charCodeAt(i + 1))) {
        i += 1;
        continue;
      }
      break;
    }
    addWord(tokens, lower.slice(start, i));
  }
}

function addWord(tokens: string[], word: string): void {
  if (!HYPHEN.test(word)) {
    pushWord(tokens, word);
    return;
  }
  const parts = word.split(HYPHEN);
  const first = parts[0] ?? '';
  if (parts.length === 2 && isReduplication(first, parts[1] ?? '')) {
    pushWord(tokens, first);
  } else {
    for (const part of parts) pushWord(tokens, part);
  }
}

function isReduplication(first: string, second: string): boolean {
  return first.length > 1 && (second === first || (second.startsWith(first) && second.length - first.length <= 3));
}

function pushWord(tokens: string[], word: string): void {
  // Possessive "'s" is split off by the word pattern; single letters carry nothing.
  if (word.length < 2 || HAS_DIGIT.test(word)) return;
  tokens.push(word);
}
