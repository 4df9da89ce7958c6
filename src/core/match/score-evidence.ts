/** Sum of the weights of the profile keys present in an item's evidence. */
export function scoreEvidence(evidence: ReadonlySet<string>, weights: ReadonlyMap<string, number>): { raw: number; hits: string[] } {
  let raw = 0;
  const hits: string[] = [];
  for (const key of evidence) {
    const weight = weights.get(key);
    if (weight === undefined) continue;
    raw += weight;
    hits.push(key);
  }
  return { raw, hits };
}
