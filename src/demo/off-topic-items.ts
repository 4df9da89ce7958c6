// Off-topic items written for the demo (not copied from any outlet): everyday news, and two
// that name North Korea and Russia without the war, which the matcher must also skip.
export const DEMO_OFF_TOPIC_ITEMS = {
  id: [
    {
      title: 'Harga Cabai Rawit Naik Jelang Natal di Pasar Tradisional Jakarta',
      summary: 'Pedagang di sejumlah pasar tradisional Jakarta mengeluhkan pasokan cabai rawit yang berkurang akibat hujan deras di sentra produksi.',
    },
    {
      title: 'Timnas Indonesia U-23 Menang 2-0 atas Vietnam',
      summary: 'Dua gol di babak kedua membawa tim asuhan pelatih muda itu ke puncak klasemen grup.',
    },
    {
      title: 'Turis Rusia Mulai Berlibur ke Resor Pantai Wonsan Korea Utara',
      summary: 'Rombongan wisatawan asal Rusia tiba di resor pantai Wonsan-Kalma yang baru dibuka, menurut agen perjalanan di Vladivostok.',
    },
  ],
  en: [
    {
      title: 'Central bank holds interest rates as inflation eases',
      summary: 'Policymakers kept the benchmark rate unchanged for a third meeting and signalled cuts could come next year.',
    },
    {
      title: 'Russia and North Korea resume passenger train service',
      summary: 'Trains between Moscow and Pyongyang will run twice a month as tourism between the two countries grows, railway officials said.',
    },
    {
      title: 'Russian drones strike Kyiv power station overnight',
      summary: 'Ukraine said dozens of drones and missiles hit energy sites, leaving parts of the capital without electricity.',
    },
  ],
};

/** On-topic English items written for the demo, so the Atom feed shows an English match. */
export const DEMO_ON_TOPIC_ENGLISH = [
  {
    title: 'North Korean troops killed in Kursk fighting, Kyiv says',
    summary: 'Ukraine said dozens of North Korean soldiers sent to help Russia were killed or wounded in fighting in the Kursk region this week.',
  },
];
