// Invented headlines for the topic-memory tests: North Korean troops fighting in Kursk, each a
// match for the default topic, and the same fighting told without North Korea, which the profile
// turns down for a missing facet (only the memory can take it).
export const KURSK_MATCHED_TITLES = [
  'Tentara Korea Utara Tewas di Kursk',
  'Ratusan Tentara Korea Utara Tewas dalam Pertempuran di Kursk',
  'Korea Utara Kirim Tambahan Tentara ke Kursk Setelah Banyak yang Tewas',
  'Ukraina: Tentara Korea Utara di Kursk Banyak yang Tewas',
  'Intelijen: Lebih dari Seribu Tentara Korea Utara Tewas di Kursk',
  'Jenazah Tentara Korea Utara yang Tewas di Kursk Dipulangkan',
] as const;

export const KURSK_WITHOUT_KOREA = 'Pertempuran Sengit di Kursk, Ratusan Tentara Tewas';
