import type { Lang } from '../model.ts';
import { better, type Rejection, type Verdict } from './story-reasons.ts';

/**
 * Whether a headline reports what was said about an event or explains it, rather than a new act.
 *
 * The story days' labelling policy (../shared/eval/STORIES.md, and the Indonesian days' README)
 * joins statements, reactions, explainers, analysis and opinion to the event they are about, and
 * makes a new act (a decision, a strike, a vote, a court filing) a story of its own. A report of
 * what someone said ("Austin says world 'surprised'...", "Kata Pramono soal ...") or a question or
 * explainer ("Who is Syria's rebel leader?", "Begini Kronologi ...") is therefore more often the
 * story its words meet than an act told at the same similarity: over the development days' items
 * and their nearest earlier item (plain TF-IDF), at cosine 0.3-0.4 such headlines are the same
 * story 0.96 of the time in English (act headlines 0.69) and 0.73 in Indonesian (0.69)
 * (`scripts/story-about-curve.ts --probe` prints it). The index may meet them at a lower cut
 * (MATCH_CUTS.aboutPieceCutFactor).
 *
 * The words are each language's attribution verbs (as headlines write them), question words and
 * the names of kinds of piece; no topic's words. Read on the lower-cased title's words. English forms
 * that are as often nouns ("asylum claims", "a recall", "fears", "thanks to") are left out.
 */
const SAID: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(
    (
      'say says said saying warn warns warned urge urges urged slam slams slammed praise praises praised condemn condemns condemned ' +
      'deny denies denied react reacts reacted reaction reactions respond responds responded vow vows vowed claimed ' +
      'insist insists insisted tell tells told hail hails hailed welcomes welcomed blame blames blamed admit admits admitted ' +
      'argue argues argued criticise criticises criticised criticize criticizes criticized defend defends defended thanked ' +
      'laments lamented predicts predicted reflects reflected explains explained describes described'
    ).split(' '),
  ),
  id: new Set(
    (
      'kata katanya sebut menyebut disebut ungkap mengungkap ungkapkan mengungkapkan ucap ucapan tegaskan menegaskan klaim mengklaim ' +
      'bantah membantah jawab menjawab respons merespons tanggapi menanggapi tanggapan reaksi komentari mengomentari komentar ' +
      'singgung menyinggung sindir menyindir kritik mengkritik puji memuji kecam mengecam sesalkan menyesalkan apresiasi mengapresiasi ' +
      'soroti menyoroti akui mengakui curhat cerita bercerita harap berharap imbau mengimbau desak mendesak ingatkan mengingatkan ' +
      'nilai menilai pesan berpesan janji berjanji soal'
    ).split(' '),
  ),
};

/** Question words opening a headline, and the names of kinds of piece that explain or comment. */
const ASKS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set('what how why who where when will can could should does do did is are explainer analysis opinion live updates timeline profile inside'.split(' ')),
  id: new Set('apa apakah kenapa mengapa siapa bagaimana begini kronologi profil sosok fakta deretan sederet alasan penjelasan analisis opini'.split(' ')),
};

/** English question words count only opening the title ("Why Syria fell"), not inside it ("What Syria Needs" does; "who" in a clause does not). */
const EN_OPENERS_ONLY: ReadonlySet<string> = new Set('what how why who where when will can could should does do did is are'.split(' '));

export function isAboutPiece(title: string, lang: Lang): boolean {
  if (title.includes('?')) return true;
  const words = title.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const said = SAID[lang];
  const asks = ASKS[lang];
  return words.some((word, i) => said.has(word) || (asks.has(word) && (lang !== 'en' || i === 0 || !EN_OPENERS_ONLY.has(word))));
}

export interface AboutPieceOptions {
  /** The same-language cut is multiplied by this for an item whose title reports what was said or explains (MATCH_CUTS; 1: off). */
  aboutPieceCutFactor: number;
}

/**
 * The joins the cuts accepted for one item, and which of them stands. A join met only at the cut
 * lowered for a report of what was said or an explainer (Verdict.aboutOnly) stands only when no
 * other story meets the item at a cut as low: a statement about one of several events told in the
 * same words (a topic's own window, where every story names the same sides) is not told apart by
 * what kind of piece it is. Else the best join met at the plain cut stands, or none.
 */
export class AboutJoins {
  private accepted = 0;
  private plain: Verdict | undefined;

  constructor(private readonly scored: boolean) {}

  see(verdict: Verdict): void {
    this.accepted += 1;
    if (verdict.aboutOnly !== true && (this.plain === undefined || better(verdict, this.plain, this.scored))) this.plain = verdict;
  }

  /** The join that stands, and the closest rejection to report when none does. */
  settle(best: Verdict | undefined, rejected: Rejection | undefined, factor: number): [Verdict | undefined, Rejection | undefined] {
    if (best?.aboutOnly !== true || this.accepted < 2) return [best, rejected];
    if (this.plain !== undefined || (rejected !== undefined && rejected.cosine >= best.similarity)) return [this.plain, rejected];
    return [undefined, { state: best.state, cosine: best.similarity, failed: 'cosine', shared: best.shared, need: 0, cut: best.cut / factor, cross: false }];
  }
}
