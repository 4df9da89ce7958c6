// Builds the Indonesian place gazetteer, config/lexicon/places-id.json, from the official
// administrative areas of the npm package idn-area-data (code MIT; the area data ODbL 1.0, so
// this derived list is ODbL too). Nobody edits that file by hand: every province, regency/city
// (and district, unless --districts no) is mapped to the island-region entity of entities.json its
// province lies in, the same way for every region.
//
//   node --import tsx scripts/build-places.ts [--cut S] [--districts yes|no] [--stream FILE] [--out FILE]
//
// Names are lowercased official names without their "Kabupaten"/"Kota" prefix ("kabupaten
// malang" -> "malang"). A name also counts in its qualified forms ("kota malang", "kab malang",
// "pemkot malang", "bupati malang"). The bare name counts alone only when it cannot be read as
// something else (the collision rule, applied to every name alike):
//  - a name two regions share (for a district, also a village name elsewhere), or the name of another entity or part of one of its aliases
//    ("natuna", "jakarta selatan"), counts only qualified;
//  - a name made of ordinary words (Sastrawi root words or words of words-id-en.json: "batu",
//    "metro", "buru", "batu bara") counts alone only if the Kompas/detik stream uses it as a
//    place: a share of at least S (--cut) of the headlines naming it have "di"/"ke"/"dari" (in,
//    to, from) just before it (smoothed, so a name the stream hardly shows counts). "Polda Metro Jaya" keeps "metro" a police name, "di Medan" makes
//    "medan" (also a root word, "field") a city. S is read from scripts/place-name-curve.ts.
// A regency named after a compass part of a larger area ("Lombok Barat", "Tapanuli Tengah")
// also gives the area's name ("lombok", "tapanuli"), under the same rule.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LEXICON_DIR, PROJECT_ROOT } from '../src/adapters/project-paths.ts';
import { tokenize } from '../src/core/text/tokenize.ts';
import { PLACE_QUALIFIERS, PLACE_REGION_BY_PROVINCE, readAreaCsv as readCsv, type PlacesFile } from '../src/adapters/places-file.ts';

const { values } = parseArgs({
  options: {
    cut: { type: 'string', default: '0.3' },
    districts: { type: 'string', default: 'yes' },
    stream: { type: 'string', default: join(PROJECT_ROOT, '../shared/eval/stream-id-headlines.jsonl') },
    out: { type: 'string', default: join(LEXICON_DIR, 'places-id.json') },
    quiet: { type: 'boolean', default: false },
  },
});
const cut = Number(values.cut);
if (!Number.isFinite(cut) || cut < 0 || cut > 1) throw new Error('--cut takes a share between 0 and 1');
if (values.districts !== 'yes' && values.districts !== 'no') throw new Error(`--districts takes yes or no, not ${values.districts}`);

const LOCATIVES = new Set(['di', 'ke', 'dari']);
const COMPASS = ['barat daya', 'barat laut', 'barat', 'timur', 'utara', 'selatan', 'tengah', 'tenggara'];
const COMPASS_EN: [string, string][] = [['barat daya', 'southwest'], ['barat', 'west'], ['timur', 'east'], ['utara', 'north'], ['selatan', 'south'], ['tengah', 'central'], ['tenggara', 'southeast']];

type Level = 'province' | 'regency' | 'city' | 'district';
interface Candidate {
  name: string; // bare, tokenized and joined by spaces
  region: string;
  level: Level;
  /** The official name this one comes from (for the compass rule, the regency). */
  from: string;
}

const norm = (text: string): string => tokenize(text).join(' ');

// What else the lexicon already calls a name or a word.
const entities = (JSON.parse(readFileSync(join(LEXICON_DIR, 'entities.json'), 'utf8')) as { entities: { id: string; aliases: string[] }[] }).entities;
const regionIds = new Set(Object.values(PLACE_REGION_BY_PROVINCE));
const otherAliases = entities.filter((e) => !regionIds.has(e.id)).flatMap((e) => e.aliases.map(norm));
const ownAliases = new Map(entities.filter((e) => regionIds.has(e.id)).flatMap((e) => e.aliases.map((a) => [norm(a), e.id] as const)));
const groups = (JSON.parse(readFileSync(join(LEXICON_DIR, 'words-id-en.json'), 'utf8')) as { groups: { id: string[]; en: string[] }[] }).groups;
const ordinaryWords = new Set<string>([
  ...(JSON.parse(readFileSync(join(PROJECT_ROOT, 'src/core/text/indonesian-stemmer/root-words.json'), 'utf8')) as string[]),
  ...groups.flatMap((g) => g.id.flatMap((w) => tokenize(w))),
]);
const containsRun = (outer: string, inner: string): boolean => ` ${outer} `.includes(` ${inner} `);
const isOrdinary = (name: string): boolean => name.split(' ').every((token) => ordinaryWords.has(token));

const provinces = readCsv('provinces.csv');
const regionOf = new Map<string, string>();
for (const province of provinces) {
  const region = PLACE_REGION_BY_PROVINCE[province.code!.slice(0, 2)];
  if (region === undefined) throw new Error(`province ${province.code} ${province.name}: no region (update PLACE_REGION_BY_PROVINCE)`);
  regionOf.set(province.code!, region);
}

const candidates: Candidate[] = [];
const qualified = new Map<string, string>(); // qualified alias -> region
for (const province of provinces) {
  const region = regionOf.get(province.code!)!;
  const name = norm(province.name!.replace(/^(DKI|DAERAH ISTIMEWA)\s+/i, ''));
  candidates.push({ name, region, level: 'province', from: province.name! });
  if (name.startsWith('kepulauan ')) candidates.push({ name: name.slice('kepulauan '.length), region, level: 'province', from: province.name! });
  for (const prefix of PLACE_QUALIFIERS.province) qualified.set(`${prefix} ${name}`, region);
  // English news says "North Sumatra", "East Nusa Tenggara".
  for (const [direction, english] of COMPASS_EN) {
    if (name.endsWith(` ${direction}`)) {
      qualified.set(`${english} ${name.slice(0, -direction.length - 1).replace(/^sumatera\b/, 'sumatra').replace(/^jawa\b/, 'java')}`, region);
      break;
    }
  }
}
for (const regency of readCsv('regencies.csv')) {
  const region = regionOf.get(regency.province_code!)!;
  const isCity = /^KOTA\s/i.test(regency.name!);
  const name = norm(regency.name!.replace(/^(KABUPATEN|KOTA)(\s+ADMINISTRASI)?\s+/i, ''));
  const level: Level = isCity ? 'city' : 'regency';
  const names = [name];
  if (name.startsWith('kepulauan ')) names.push(name.slice('kepulauan '.length));
  for (const direction of COMPASS) {
    if (!name.endsWith(` ${direction}`)) continue;
    // Not when what is left is a common noun ("Pesisir Barat" does not make "pesisir" a place).
    const area = name.slice(0, -direction.length - 1);
    if (!isOrdinary(area)) names.push(area);
    break;
  }
  for (const bare of names) candidates.push({ name: bare, region, level, from: regency.name! });
  const prefixes = isCity ? PLACE_QUALIFIERS.city : PLACE_QUALIFIERS.regency;
  for (const prefix of prefixes) qualified.set(`${prefix} ${name}`, region);
}
const withDistricts = values.districts === 'yes';
if (withDistricts) {
  const regencyProvince = new Map(readCsv('regencies.csv').map((r) => [r.code!, r.province_code!]));
  for (const district of readCsv('districts.csv')) {
    // Abbreviated or numbered official spellings ("Gn. Bintang Awai", "2 x 11 Kayu Tanam") are
    // not how news writes a name.
    if (/[.\d/]/.test(district.name!)) continue;
    const region = regionOf.get(regencyProvince.get(district.regency_code!)!)!;
    const name = norm(district.name!);
    if (name === '') continue;
    candidates.push({ name, region, level: 'district', from: district.name! });
    for (const prefix of PLACE_QUALIFIERS.district) qualified.set(`${prefix} ${name}`, region);
  }
}

// How the stream uses each bare name: headlines naming it, and those with a locative before it.
const usage = new Map<string, { seen: number; locative: number }>();
for (const c of candidates) usage.set(c.name, { seen: 0, locative: 0 });
const maxLength = Math.max(...candidates.map((c) => c.name.split(' ').length));
for (const line of readFileSync(values.stream, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const tokens = tokenize((JSON.parse(line) as { title?: string }).title ?? '');
  const found = new Map<string, boolean>();
  for (let i = 0; i < tokens.length; i += 1) {
    let run = '';
    for (let n = 1; n <= maxLength && i + n <= tokens.length; n += 1) {
      run = n === 1 ? tokens[i]! : `${run} ${tokens[i + n - 1]!}`;
      if (!usage.has(run)) continue;
      const locative = i > 0 && LOCATIVES.has(tokens[i - 1]!);
      found.set(run, (found.get(run) ?? false) || locative);
    }
  }
  for (const [run, locative] of found) {
    const u = usage.get(run)!;
    u.seen += 1;
    if (locative) u.locative += 1;
  }
}

// The regions whose villages carry each name (only read with the districts).
const villageRegions = new Map<string, Set<string>>();
if (withDistricts) {
  for (const village of readCsv('villages.csv')) {
    const name = norm(village.name!);
    if (!usage.has(name)) continue;
    const region = regionOf.get(village.district_code!.slice(0, 2))!;
    if (!villageRegions.has(name)) villageRegions.set(name, new Set());
    villageRegions.get(name)!.add(region);
  }
}

// Decide each bare name. A name given at a higher level (province, regency/city) is not also
// taken from a lower one (a district "Bandung" elsewhere does not move Bandung).
const rank: Record<Level, number> = { province: 0, regency: 1, city: 1, district: 2 };
const byName = new Map<string, Candidate[]>();
for (const c of candidates) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
const bareAliases = new Map<string, string>();
const dropped: { name: string; why: string }[] = [];
for (const [name, list] of byName) {
  if (name === '') continue;
  const top = Math.min(...list.map((c) => rank[c.level]));
  const regions = new Set(list.filter((c) => rank[c.level] === top).map((c) => c.region));
  const u = usage.get(name)!;
  // Laplace's rule of succession: a name the stream never shows is as likely a place as not, one
  // seen hundreds of times is judged by what it was.
  const share = (u.locative + 1) / (u.seen + 2);
  let why: string | undefined;
  // A district is usually named after a village, and village names repeat across the country
  // ("Kampung Melayu" is a district in Bengkulu and a neighbourhood of Jakarta).
  if (top === rank.district) for (const region of villageRegions.get(name) ?? []) regions.add(region);
  if (regions.size > 1) why = `in ${[...regions].join(' and ')}`;
  else if (name.length < 3) why = 'too short';
  else if (otherAliases.some((alias) => containsRun(alias, name))) why = 'part of another entity\'s alias';
  else if (isOrdinary(name) && share < cut) why = `ordinary word(s), place use ${u.locative}/${u.seen}`;
  if (why !== undefined) { dropped.push({ name, why }); continue; }
  bareAliases.set(name, [...regions][0]!);
}

// Collect per region, leaving out what the hand-written entry already says.
const aliasesByRegion = new Map<string, Set<string>>();
const add = (alias: string, region: string) => {
  if (ownAliases.has(alias) || otherAliases.includes(alias)) return;
  if (!aliasesByRegion.has(region)) aliasesByRegion.set(region, new Set());
  aliasesByRegion.get(region)!.add(alias);
};
for (const [alias, region] of bareAliases) add(alias, region);
for (const [alias, region] of qualified) add(alias, region);

const out: PlacesFile = {
  note: 'Generated by scripts/build-places.ts from idn-area-data (area data: ODbL 1.0); do not edit by hand.',
  cut,
  districts: withDistricts,
  entities: [...aliasesByRegion].sort(([a], [b]) => a.localeCompare(b)).map(([id, set]) => ({ id, aliases: [...set].sort() })),
};
writeFileSync(values.out, `${JSON.stringify(out, null, 1)}\n`);
if (!values.quiet) {
  for (const e of out.entities) console.log(`${e.id.padEnd(14)} ${e.aliases.length} aliases`);
  console.log(`bare names kept ${bareAliases.size}, qualified only ${dropped.length}:`);
  for (const d of dropped.filter((d) => !d.why.startsWith('in ') || !withDistricts).slice(0, 400)) console.log(`  ${d.name}: ${d.why}`);
  console.log(`wrote ${values.out}`);
}
