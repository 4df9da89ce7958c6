// sastrawijs ships types that its package.json "exports" hides from NodeNext resolution.
declare module 'sastrawijs' {
  export class Stemmer {
    constructor(dictionary?: string[]);
    stem(word: string): string;
  }
}
