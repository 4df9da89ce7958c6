import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { IdfTable, itemFeatures } from '../../../src/core/dedup/item-features.ts';
import { analyzeText } from '../../../src/core/text/analyze.ts';
import { countBackground } from '../../../src/core/profile/count-background.ts';
import { recentDocument } from '../../../src/core/profile/recent-df.ts';
import { makeBackground } from '../../../src/core/profile/background.ts';
import { evidenceKeys } from '../../../src/core/text/evidence.ts';
import { compileLexicon, isPlaceKey } from '../../../src/core/text/lexicon.ts';

// A place named within a region entity ("Bupati Pati": Java) also gives a place key of its own
// (#pati), which the story index weighs: two stories in one region share the region, not the place.
// Topics read the region as before: the place keys are apart from the keys.

const small = compileLexicon({
  entities: [
    { id: 'java', type: 'place', label: 'Java', country: 'id', aliases: ['jawa', 'pati', 'bupati pati', 'kudus', 'kota banda aceh', 'banda aceh'], places: ['pati', 'bupati pati', 'kudus', 'kota banda aceh', 'banda aceh'] },
  ],
  groups: [],
  placeQualifiers: ['bupati', 'kota', 'wali kota'],
});

describe('place keys', () => {
  it('names the place an alias within a region names, without its qualifier', () => {
    expect(analyzeText('Bupati Pati Sudewo ditahan', small, 'id', { places: true }).places).toEqual(['#pati']);
    expect(analyzeText('Warga Pati dan Kudus berunjuk rasa', small, 'id', { places: true }).places).toEqual(['#pati', '#kudus']);
    // Only the qualifier goes: "Kota Banda Aceh" is Banda Aceh, not Aceh.
    expect(analyzeText('Kota Banda Aceh berbenah', small, 'id', { places: true }).places).toEqual(['#banda aceh']);
  });

  it('leaves the keys as topics read them, and gives no place keys unless asked', () => {
    const asked = analyzeText('Bupati Pati Sudewo ditahan', small, 'id', { places: true });
    const plain = analyzeText('Bupati Pati Sudewo ditahan', small, 'id');
    expect(asked.keys).toEqual(plain.keys);
    expect(plain.keys).toContain('@java');
    expect(plain.places).toEqual([]);
    // The region's own name is no place within it.
    expect(analyzeText('Banjir di Jawa', small, 'id', { places: true }).places).toEqual([]);
  });

  it('drops a qualifier only where the rest names the place (by itself or behind another qualifier)', () => {
    const towns = compileLexicon({
      entities: [{ id: 'sumatra', type: 'place', label: 'Sumatra', country: 'id', aliases: ['sumatra', 'aceh', 'kota agung', 'kecamatan kota agung', 'bupati pidie', 'kabupaten pidie', 'gubernur aceh', 'provinsi aceh'], places: ['kota agung', 'kecamatan kota agung', 'bupati pidie', 'kabupaten pidie', 'gubernur aceh', 'provinsi aceh'] }],
      groups: [],
      placeQualifiers: ['kota', 'kecamatan', 'bupati', 'kabupaten', 'gubernur', 'provinsi'],
    });
    const placesIn = (text: string) => analyzeText(text, towns, 'id', { places: true }).places;
    expect(placesIn('Warga Kota Agung')).toEqual(['#kota agung']);
    expect(placesIn('Kecamatan Kota Agung')).toEqual(['#kota agung']);
    expect(placesIn('Bupati Pidie')).toEqual(['#pidie']);
    // The region's own alias that names one of its places gives that place too.
    expect(placesIn('Banjir di Aceh')).toEqual(['#aceh']);
    expect(placesIn('Banjir di Sumatra')).toEqual([]);
  });

  it('comes from the generated gazetteer in the shipped lexicon', () => {
    const lexicon = loadLexicon();
    expect(analyzeText('KPK tahan Bupati Pati Sudewo', lexicon, 'id', { places: true }).places).toEqual(['#pati']);
    expect(analyzeText('Kecamatan Sibolangit terendam banjir', lexicon, 'id', { places: true }).places).toEqual(['#sibolangit']);
  });

  it('are weighed in the story vector, so one region is not one place', () => {
    const lexicon = loadLexicon();
    const idf = new IdfTable(loadBackground());
    const features = (title: string) => itemFeatures({ id: title, title, summary: '', lang: 'id' }, lexicon, idf);
    const cosine = (a: ReturnType<typeof features>, b: ReturnType<typeof features>) =>
      a.vector.keys.reduce((sum, key, i) => sum + a.vector.weights[i]! * (b.vector.weights[b.vector.keys.indexOf(key)] ?? 0), 0);
    const bogor = features('Banjir rendam tiga desa di Kabupaten Bogor');
    expect(bogor.vector.keys).toEqual(expect.arrayContaining(['#bogor', '@java']));
    // Bogor and Bekasi are both Java: only the place keys tell the two floods apart.
    const sameTown = cosine(bogor, features('Banjir di Bogor, warga mengungsi ke balai desa'));
    const otherTown = cosine(bogor, features('Banjir di Bekasi, warga mengungsi ke balai desa'));
    expect(sameTown).toBeGreaterThan(otherTown + 0.1);
    // A place key is no lead name (the region is) and leaves the near-duplicate fingerprint alone.
    expect(bogor.lead).not.toContain('#bogor');
  });

  it('are counted as ordinary news uses them, apart from the phrases topics read', () => {
    const lexicon = loadLexicon();
    const docs = ['Banjir rendam Kabupaten Bogor', 'Macet parah di Bogor', 'Wali Kota Bogor resmikan taman', 'Hujan deras di Bekasi'];
    const data = countBackground({ idDocuments: docs, lexiconHash: 'test', sources: [] }, lexicon);
    expect(data.idDf['#bogor']).toBe(3);
    expect(data.idDf['@java']).toBe(4);
    // No phrase joins a place key to its neighbour: the keys topics read are counted as before.
    const analysed = analyzeText(docs[0]!, lexicon, 'id', { places: true });
    expect([...evidenceKeys(analysed.keys)].filter((key) => key.includes('#'))).toEqual([]);
    // The worker's recent table leaves them out (a key cap it shares with the words topics read),
    // and a blended background gives them the shipped rate.
    expect([...recentDocument({ title: 'Banjir rendam Kabupaten Bogor', summary: '', lang: 'id' }, lexicon).keys].filter(isPlaceKey)).toEqual([]);
    const recent = { version: 1 as const, day: 0, docs: { id: 1000, en: 0 }, df: { id: { '#bogor': 900, banjir: 900 }, en: {} } };
    expect(makeBackground(data, recent).probability('#bogor', 'id')).toBe(makeBackground(data).probability('#bogor', 'id'));
    expect(makeBackground(data, recent).probability('banjir', 'id')).toBeGreaterThan(makeBackground(data).probability('banjir', 'id'));
  });
});
