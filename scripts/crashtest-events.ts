// The news of the crash test: invented events on the default topic (North Korea helping Russia
// in its war on Ukraine), each reported by one to three outlets. Every event carries invented
// names and places (made-up words no background table knows), so two events never read as one
// story and the reports of one event always do. Nothing here is any outlet's text.

export interface CrashReport {
  event: number;
  /** 0 for the first outlet to report the event, then 1, 2. */
  report: number;
  /** Which outlet (feed) carries it. */
  outlet: number;
  title: string;
  summary: string;
  slug: string;
}

const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const CODAS = ['', 'n', 'r', 'k', 'v', 'sk', 'l'];

/** A deterministic made-up word from `n`: three syllables, capitalised. */
function inventedWord(n: number, salt: number): string {
  let x = (n * 2_654_435_761 + salt * 40_503) >>> 0;
  const pick = <T>(list: readonly T[]): T => {
    x = (Math.imul(x ^ (x >>> 15), 2_246_822_519) + 0x9e37_79b9) >>> 0;
    return list[x % list.length]!;
  };
  const word = `${pick(ONSETS)}${pick(VOWELS)}${pick(ONSETS)}${pick(VOWELS)}${pick(ONSETS)}${pick(VOWELS)}${pick(CODAS)}`;
  return word[0]!.toUpperCase() + word.slice(1);
}

interface Names {
  envoy: string;
  place: string;
  unit: string;
  cargo: string;
}

type Template = (n: Names) => { title: string; summary: string };

// Titles and summaries of the first report, by kind of event.
const TEMPLATES: Template[] = [
  (n) => ({
    title: `Kim Jong Un Terima Utusan Rusia ${n.envoy} di ${n.place}`,
    summary: `Pemimpin Korea Utara Kim Jong Un menerima utusan Rusia ${n.envoy} di ${n.place} untuk membahas bantuan militer bagi perang Rusia di Ukraina, termasuk kiriman ${n.cargo}.`,
  }),
  (n) => ({
    title: `Korea Utara Kirim ${n.cargo} ke Rusia Lewat Pelabuhan ${n.place}`,
    summary: `Intelijen Korea Selatan menyebut Pyongyang mengirim ${n.cargo} ke Rusia melalui pelabuhan ${n.place} sebagai bantuan militer Kim Jong Un bagi perang Rusia di Ukraina, kata pejabat ${n.envoy}.`,
  }),
  (n) => ({
    title: `Tentara Korea Utara dari Brigade ${n.unit} Terlihat di ${n.place}`,
    summary: `Komandan Ukraina ${n.envoy} mengatakan tentara Korea Utara dari brigade ${n.unit} bertempur bersama pasukan Rusia di sekitar ${n.place}, wilayah Kursk, sebagai bantuan militer Kim Jong Un bagi perang Rusia di Ukraina.`,
  }),
  (n) => ({
    title: `Rusia dan Korea Utara Latihan Gabungan ${n.unit} di ${n.place}`,
    summary: `Pasukan Rusia dan Korea Utara menggelar latihan gabungan bersandi ${n.unit} di ${n.place}, sebagai bagian dari bantuan militer bagi perang Rusia di Ukraina; Kim Jong Un disebut mengirim ${n.envoy} sebagai pengamat.`,
  }),
  (n) => ({
    title: `Ukraina Tangkap Dua Tentara Kiriman Kim Jong Un untuk Rusia di ${n.place}`,
    summary: `Dinas keamanan Ukraina menangkap dua tentara Korea Utara dari unit ${n.unit} di ${n.place}; juru bicara ${n.envoy} menyebut Kim Jong Un mengirim mereka sebagai bantuan militer bagi perang Rusia di Ukraina.`,
  }),
  (n) => ({
    title: `Putin Kirim Menteri ${n.envoy} ke Pyongyang Bahas ${n.cargo}`,
    summary: `Presiden Rusia Vladimir Putin mengutus menteri ${n.envoy} ke Pyongyang menemui Kim Jong Un untuk membahas pasokan ${n.cargo} sebagai bantuan militer Korea Utara bagi perang Rusia di Ukraina, dengan transit di ${n.place}.`,
  }),
];

// How a later outlet retells the same event: the same names, other words around them.
const RETELLINGS: Array<(first: { title: string; summary: string }, n: Names) => { title: string; summary: string }> = [
  (first, n) => ({ title: `${n.envoy}: ${first.title}`, summary: `${first.summary} Laporan itu dikonfirmasi ${n.envoy} kepada wartawan di ${n.place}.` }),
  (first, n) => ({ title: `${first.title}, Kata Sumber`, summary: `Menurut sumber di ${n.place}, ${first.summary.charAt(0).toLowerCase()}${first.summary.slice(1)}` }),
];

/**
 * `events` events; event i is reported by `1 + (i mod 3)` outlets (of `outlets`), first by
 * outlet i mod outlets, then by the next ones.
 */
export function crashEvents(events: number, outlets = 3): CrashReport[] {
  const reports: CrashReport[] = [];
  for (let event = 0; event < events; event += 1) {
    const names: Names = {
      envoy: `${inventedWord(event, 1)} ${inventedWord(event, 2)}`,
      place: inventedWord(event, 3),
      unit: inventedWord(event, 4),
      cargo: inventedWord(event, 5).toLowerCase(),
    };
    const first = TEMPLATES[event % TEMPLATES.length]!(names);
    const count = Math.min(outlets, 1 + (event % 3));
    for (let report = 0; report < count; report += 1) {
      const text = report === 0 ? first : RETELLINGS[(report - 1) % RETELLINGS.length]!(first, names);
      reports.push({ event, report, outlet: (event + report) % outlets, ...text, slug: `e${event}-r${report}` });
    }
  }
  return reports;
}

/** The event a post's link belongs to (`…/berita/e12-r1` → 12), if it is one of ours. */
export function eventOfLink(url: string | undefined): number | undefined {
  const match = url === undefined ? null : /\/berita\/e(\d+)-r\d+$/.exec(url);
  return match === null ? undefined : Number(match[1]);
}
