// The `stopword` package ships no type declarations; only the lists newshound reads are typed.
declare module 'stopword' {
  export const ind: string[];
  export const eng: string[];
  const lists: { ind: string[]; eng: string[] };
  export default lists;
}
