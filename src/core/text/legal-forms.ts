// The words a company's legal form is written with beside its name: "PT ASDP Indonesia Ferry
// (Persero)", "PT Sri Rejeki Isman Tbk", "Apple Inc.". Articles write them; headlines drop them
// ("Eks Dirut ASDP Divonis"). So such a word before a name makes no longer name of it, and is no
// name of its own: "Persero" is every state company's. General Indonesian and English, not any topic's.
const LEGAL_FORMS = new Set(['pt', 'cv', 'ud', 'tbk', 'persero', 'perum', 'perumda', 'inc', 'corp', 'ltd', 'llc', 'plc']);

/** Whether a word (any case, a trailing full stop allowed: "Inc.") is a company's legal form. */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word.toLowerCase().replace(/\.$/, ''));
}
