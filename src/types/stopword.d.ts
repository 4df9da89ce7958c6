// The `stopword` package ships no type declarations; only the two lists newshound reads are
// typed, imported from their own modules so the other sixty languages are never loaded.
declare module 'stopword/src/stopwords_ind.js' {
  export const ind: string[];
}
declare module 'stopword/src/stopwords_eng.js' {
  export const eng: string[];
}
