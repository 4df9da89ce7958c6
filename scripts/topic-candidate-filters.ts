// The candidate filters and sample seeds of the project's own development topics (issue 9), one
// entry per topic: a title is a candidate when any filter matches (case-insensitive, title only).
// Read by scripts/topic-candidates.ts, which draws the samples and checks the labels against them.

import { BLIND_TOPICS } from './topic-candidate-filters-blind.ts';
import { BLIND_TOPICS_LATER } from './topic-candidate-filters-blind-later.ts';

export type TopicSpec = { filters: Record<string, RegExp>; seeds: { candidates: number; easy: number } };

export const TOPICS: Record<string, TopicSpec> = {
  'id-motogp': {
    filters: {
      M1_series: /moto ?gp|moto2|moto3|moto ?e\b|red bull rookies|asia talent cup|\bwsbk\b|superbike|supersport|\bdorna\b/i,
      M2_riders: /\brossi\b|m[aá]rquez|bagnaia|pecco|jorge mart[ií]n|quartararo|bezzecchi|\bacosta\b|giannantonio|morbidelli|bastianini|vi[nñ]ales|\bzarco\b|\bjoan mir\b|\brins\b|aldeguer|mario aji|veda ega|\bbinder\b|jack miller|oliveira|\bogura\b|chantra|lorenzo|pedrosa|dovizioso|razgatlioglu|toprak/i,
      M3_makes_teams: /ducati|yamaha|honda|\bktm\b|aprilia|suzuki|gresini|\bvr46\b|\blcr\b|trackhouse|tech3|pramac/i,
      M4_venues: /mandalika|sirkuit|grand prix|\bgp\b|sepang|buriram|mugello|jerez|misano|\bassen\b|phillip island|motegi|sachsenring|\baragon\b|le mans|silverstone|red bull ring|\bbrno\b|balaton|portimao|l[uo]sail|\btermas\b|goiania/i,
      M5_racing: /pebalap|pembalap|\bbalap|\bf1\b|formula ?1|formula e\b|podium|pole position|paddock|\bfim\b|motocross|\bmxgp\b|road race|drag bike/i,
    },
    seeds: { candidates: 20261201, easy: 20261202 },
  },
  'id-liga-indonesia': {
    filters: {
      L1_league: /liga ?1\b|super league|bri liga|liga indonesia|\bi\.?league\b|liga ?2\b|championship|liga nusantara|liga ?3\b|liga ?4\b|piala presiden|piala indonesia|\bepa\b|elite pro academy/i,
      L2_clubs: /persib|persija|arema|persebaya|\bpsm\b|bali united|persik\b|persita|\bpsis\b|\bpsbs\b|borneo fc|pusamania|dewa united|madura united|malut united|\bpersis\b|persijap|\bpsim\b|semen padang|bhayangkara|\bpss\b|persipura|persela|barito|persiraja|sriwijaya fc|\bpsps\b|deltras|garudayaksa|bekasi city|adhyaksa|persiku|persikas|persekat|\bpsms\b|rans nusantara|persibo|persiba\b|persipal|kalteng putra|nusantara united|\bpsgc\b|persewar/i,
      L3_nicknames_venues: /maung bandung|macan kemayoran|bajul ijo|singo edan|juku eja|laskar mataram|bobotoh|jakmania|aremania|bonek|viking|brajamusti|pesut etam|serdadu tridatu|kanjuruhan|gbla|\bjis\b|jakarta international stadium|si jalak harupat|gelora bung tomo|\bgbt\b|stadion/i,
      L4_football: /sepak ?bola|klasemen|pekan ke|\bgol\b|suporter|pssi|\bpt lib\b|komdis|wasit|\bvar\b|derbi|derby|pelatih|kiper|striker|\bbek\b|transfer|pemain asing|timnas|piala aff|piala asia|piala dunia|liga inggris|liga champions|liga spanyol|liga italia|serie a|premier league|bundesliga|futsal/i,
      L5_people: /hodak|mauricio souza|tavares|van gastel|johnny jansen|eduardo perez|rahmad darmawan|umuh muchtar|marc klok|thom haye|kurzawa|teja paku alam|ramon tanque|david da silva|andritany|beckham putra|rizky ridho/i,
    },
    seeds: { candidates: 20261211, easy: 20261212 },
  },
  'id-ponsel': {
    filters: {
      P1_phone_words: /ponsel|smartphone|handphone|\bhp\b|\bhape\b|telepon seluler|foldable|\blipat\b/i,
      P2_brands: /iphone|galaxy|samsung|xiaomi|redmi|\bpoco\b|\boppo\b|\bvivo\b|realme|infinix|tecno|\bitel\b|huawei|\bhonor\b|\bpixel\b|nothing phone|motorola|nokia|oneplus|\biqoo\b|nubia|\bzte\b|\bapple\b/i,
      P3_tech: /android|\bios\b|one ?ui|hyperos|coloros|funtouch|snapdragon|mediatek|dimensity|chipset|\bimei\b|\btkdn\b|\besim\b|fast charging|kamera|baterai/i,
    },
    seeds: { candidates: 20261221, easy: 20261222 },
  },
  'id-kereta-api': {
    filters: {
      K1_rail: /kereta|\bka\b|\bkai\b|\bkci\b|\bkrl\b|commuter ?line|\bmrt\b|\blrt\b|whoosh|\bkcic\b|railink|perkeretaapian|\bdjka\b|lokomotif|gerbong/i,
      K2_track_stations: /stasiun|\brel\b|perlintasan|pelintasan|palang pintu|double track|jalur ganda|\btod\b|dukuh atas|manggarai/i,
      K3_other_transit: /transjakarta|busway|\bdamri\b|angkutan umum|transportasi umum|transportasi publik|angkot|jaklingko|\bbrt\b|angkutan mudik|mudik gratis|tiket mudik/i,
    },
    seeds: { candidates: 20261231, easy: 20261232 },
  },
  // 7 Dec 2026: three topics of the shared ones' kinds (a policy, a person's case, a disaster), filters
  // written by the helper who labelled each (its README).
  'id-program-mbg': {
    filters: {
      M1_mbg: /\bMBG\b|makan(an)? bergizi|makan (siang )?gratis|makan siang|\bmakan gratis/i,
      M2_bgn_kitchen: /\bBGN\b|badan gizi|\bSPPG\b|dapur|Dadan|Nanik|ompreng|food tray|satuan pelayanan/i,
      M3_poisoning: /keracunan|keracun|\bKLB\b|diare/i,
      M4_nutrition: /gizi|stunting|ibu hamil|balita|\bsusu\b|nutrisi|\bPMT\b/i,
      M5_other_programs: /sekolah rakyat|cek kesehatan gratis|\bCKG\b|bansos|program (prioritas|unggulan|andalan|pemerintah|prabowo)|asta cita|koperasi (desa |kelurahan )?merah putih|kopdes|\bKDMP\b|anggaran pendidikan/i,
      M6_school_food: /kantin|(siswa|sekolah|murid|pelajar|santri)\b.{0,40}\bmakan|\bmakan\b.{0,40}(siswa|sekolah|murid|pelajar|santri)|menu.{0,30}(sekolah|siswa|anak)/i,
    },
    seeds: { candidates: 58210437, easy: 91736402 },
  },
  'id-korupsi-minyak-pertamina': {
    filters: {
      P1_case_names: /\briza\b|chalid|kerry|siahaan|sani dinar|yoki firnandi|agus purwono|maya kusmaya|edward corne|dimas werhaspati|gading ramadhan|alfian nasution|hanung budya|toto nugroho|dwi sudarsono|arif sukmara|hasto wibowo|martin haendra|indra putra harsono|irawan prakoso|djoko priyono/i,
      P2_pertamina: /pertamina|patra niaga|kilang|\bKPI\b|\bPIS\b|orbit terminal|\bOTM\b|terminal (bbm|minyak|merak)|sewa (tangki|terminal|kapal)|tangki (bbm|merak)|petral/i,
      P3_oil_fuel: /minyak|\bbbm\b|migas|crude|solar/i,
      P4_attorney_general: /kejagung|kejaksaan agung|jampidsus|jaksa agung/i,
      P5_corruption: /korupsi|tipikor|koruptor/i,
      P6_fugitive: /buron|red notice|interpol|ekstradisi|\bdpo\b|paspor/i,
      P7_bumn_witnesses: /\bbumn\b|\bkomut\b|\bahok\b|basuki tjahaja|nicke|jonan|arcandra|\bkaren\b/i,
    },
    seeds: { candidates: 58204917, easy: 73615042 },
  },
  'id-gempa-indonesia': {
    filters: {
      G1_quake: /gempa|\blindu\b|seism|megath?rust|tsunami|tektonik|lempeng|subduksi|\bsesar\b|patahan|likuefaksi|guncang|getaran|susulan|magnitudo|skala richter|\bM ?[1-9][.,]\d\b/i,
      G2_bmkg_warning: /bmkg|daryono|dwikorita|teuku faisal|inatews|sirene|sirine|peringatan dini|mitigasi|siaga bencana|tanggap bencana/i,
      G3_disaster_response: /bencana|bnpb|bpbd|pengungsi|mengungsi|penyintas|tanggap darurat|huntara|huntap|reruntuhan|tertimpa|rusak berat|basarnas|dapur umum|psikososial|trauma healing|rumah rusak/i,
      G4_other_hazards: /erupsi|vulkan|gunung api|letusan|semeru|merapi|lewotobi|lahar|awan panas|anak krakatau/i,
      G5_quake_places: /\bpalu\b|\bsigi\b|donggala|sulteng|cianjur|lombok|\bntt\b|nusa tenggara timur|flores|nagekeo|sikka|maumere|\bmbay\b|\bende\b|palue|manggarai|\bngada\b|bitung|talaud|sangihe|melonguane|sulut|sulawesi utara|\bmalut\b|simeulue|sinabang|pacitan|mamuju|majene|\bnias\b|enggano|tanimbar/i,
    },
    seeds: { candidates: 40729163, easy: 81537204 },
  },
  'id-erupsi-gunung-api': {
    filters: {
      V1_erupsi: /erups|meletus|letusan|vulkan|volcan|gunung ?(api|berapi)|awan panas|\blava\b|kawah|magma|hujan abu|\babu\b|\bdebu\b|batu apung|piroklastik|sulfatara|solfatara/i,
      V2_lahar: /lahar|galodo|banjir bandang/i,
      V3_gunung: /gunung|\bgn\.|mahameru|pendaki|pendakian|ranu kumbolo|bromo|anak krakatau|semeru|merapi|lewotobi|lewotolok|dukono|marapi|sinabung|karangetang|kerinci|rinjani|tangkuban|\bijen\b|kelud|\braung\b|lokon|soputan|\betna\b|kilauea|sakurajima|kanlaon|mayon|vesuvius/i,
      V4_status: /pvmbg|badan geologi|geolog|status (waspada|siaga|awas)|level (ii|iii|iv)\b|zona bahaya|jarak aman|radius \d|rawan bencana|mitigasi/i,
      V5_hazard: /gempa|tsunami|karhutla|kebakaran hutan|tanggap darurat|pengungsi|mengungsi|\bbnpb\b/i,
      V6_flight: /bandara.*(tutup|ditutup)|(tutup|ditutup).*bandara|penerbangan.*(batal|terganggu|dialihkan|tertunda|ditunda|terdampak|lumpuh|normal)|airnav|notam/i,
    },
    seeds: { candidates: 48213907, easy: 71592046 },
  },
  'id-sekolah-rakyat': {
    filters: {
      X1_sekolah_rakyat: /sekolah rakyat|\bSR(MA|MP|T)?\b/i,
      X2_kemensos: /kemensos|mensos|menteri sosial|kementerian sosial|gus ipul|saifullah yusuf|agus jabo|dinsos|dinas sosial/i,
      X3_school: /sekolah|siswa|murid|\bguru|asrama|boarding school|pendidikan/i,
      X4_poverty: /miskin|kemiskinan|bansos|DTSEN|\bdesil|anak jalanan|tidak mampu|kurang mampu/i,
      X5_rakyat: /rakyat/i,
      X6_programmes: /sekolah garuda|cek kesehatan gratis|\bCKG\b/i,
    },
    seeds: { candidates: 58203917, easy: 40716382 },
  },
  'id-kasus-noel-kemnaker': {
    filters: {
      N1_case_names: /noel|ebenezer|irvian|sultan[^a-z]{0,8}kem|miki mahfud|\bPT KEM\b|munarman|ducati|nissan gt|gerry aditya|hery sutanto|anitasari|fahrurozi|sekarsari|temurila|cris kuntadi|ida fauziya|partai k\b|di-noel/i,
      N2_kemnaker: /kemnaker|kemenaker|menaker|ketenagakerjaan|tenaga kerja|\btka\b|rptka/i,
      N3_k3_certification: /\bk3\b|sertifika|keselamatan kerja|kecelakaan kerja/i,
      N4_extortion_bribe: /pemerasan|diperas|memeras|gratifikasi|\bsuap/i,
      N5_kpk_ott: /\bkpk\b|\bott\b|tangkap tangan|rutan/i,
      N6_deputy_minister: /\bwamen|wakil menteri|reshuffle|dicopot|diberhentikan/i,
    },
    seeds: { candidates: 40817263, easy: 91562038 },
  },
  // 7 Dec 2026 (fifteenth session): a policy named in common words and two persons' cases, built by helpers as above.
  'id-kasus-ijazah-jokowi': {
    filters: {
      J1_ijazah: /ija[zs]ah|izajah|diploma/i,
      J2_actors: /roy suryo|rismon|\btifa\b|tifauzia|eggi|eggy|damai (hari )?lubis|rustam effendi|kurnia tri|rizal fadill?ah|bonatua|\btpua\b|kasmudjo|beathor|white paper|khozinudin|refly|denny indrayana|yakup hasibuan|rivai kusumanegara|oegroseno|din syamsudd?in|rocky gerung|karni ilyas|aiman witjaksono|dian sandi|peradi bersatu|jokowi mania/i,
      J3_jokowi: /jokowi|joko widodo|mulyono/i,
      J4_campus_records: /\bUGM\b|gadjah mada|skripsi|wisuda|kehutanan|keaslian|\bKIP\b|komisi informasi|informasi publik|arsip|legalisir|legalisasi/i,
      J5_legal: /pencemaran nama baik|fitnah|restorative justice|\bRJ\b|\bSP3\b|praperadilan|gelar perkara|UU ITE|citizen lawsuit|kriminalisasi|palsu|pemalsuan|purnawirawan|forensik|puslabfor/i,
    },
    seeds: { candidates: 38141279, easy: 94660305 },
  },
  'id-koperasi-merah-putih': {
    filters: {
      K1_kopdes: /kopdes|kodpes|kdmp|kkmp|kdkmp|kopkel|koperasi (desa|kelurahan|merah)|gerai (dan|&|-) ?gudang|gudang (dan|&|-) ?gerai/i,
      K2_koperasi: /koperasi|perkoperasian|\bkemenkop\b|\b(wa)?menkop\b|menteri koperasi|dekopin|ferry juliantono|budi arie|kopontren|kopdit|\bKUD\b|\bLPDB\b/i,
      K3_merah_putih: /merah[- ]putih/i,
      K4_agrinas_vehicles_managers: /agrinas|impor.{0,40}(pikap|pick ?up|mobil|truk)|(pikap|pick ?up).{0,40}(india|impor)|mahindra|tata (motors|yodha|ultra)|\bSPPI\b|latsarmil|KNMP|kampung nelayan/i,
      K5_village_funds: /dana desa|\bkades\b|kepala desa|apdesi|asosiasi desa|bumdes|himbara|ekonomi (desa|kerakyatan|pancasila)|ritel modern|(minimarket|indomaret|alfamart).{0,40}(desa|umkm|ekspansi|dibatasi|disetop|stop|tutup)|(ekspansi|pembatasan|moratorium|penutupan).{0,30}(minimarket|indomaret|alfamart|ritel)/i,
      K6_flagship_programs: /program (prioritas|unggulan|andalan|strategis|prabowo|presiden)|asta cita|\bPHTC\b|\bMBG\b.{0,50}(desa|koperasi)|(desa|koperasi).{0,50}\bMBG\b|sekolah rakyat/i,
    },
    seeds: { candidates: 25881229, easy: 42342529 },
  },
  'id-korupsi-kuota-haji': {
    filters: {
      K1_case_names: /yaqut|qoumas|gus alex|ishfah|fuad hasan|maktour|kesthuri|asrul azi[sz]|hilman latief|khalid basalamah|pansus haji|kuota/i,
      K2_hajj_umrah: /haji|umrah|umroh|jemaah|jamaah|hajj|armuzna|kemenhaj|menhaj|bpkh|bpih|pihk|amphuri|himpuh|biro (travel|perjalanan)|travel/i,
      K3_kemenag_nu: /kemenag|menag\b|kementerian agama|menteri agama|pbnu|pwnu|\bnu\b|nahdlatul|banser|ansor|gus yahya/i,
      K4_kpk: /\bkpk\b|komisi pemberantasan korupsi|antirasuah/i,
      K5_procedure: /praperadilan|tahanan rumah|pengalihan tahanan|cekal|larang\w* .{0,40}luar negeri|dicegah .{0,20}luar negeri|dewas|dewan pengawas|pembantaran|dibantarkan/i,
    },
    seeds: { candidates: 42691288, easy: 34353770 },
  },
  'id-cek-kesehatan-gratis': {
    filters: {
      K1_ckg_screening: /\bCKG\b|cek kesehatan|cek medis|(pemeriksaan|periksa) kesehatan|dicek kesehatan|skrining|screening|deteksi dini|medical check|check.?up|tes kesehatan|uji kesehatan|satu ?sehat/i,
      K2_free_health: /kesehatan gratis|(pengobatan|berobat|medis|katarak|khitan|sunat|vaksin\w*|imunisasi|layanan|periksa|pemeriksaan|cek|skrining).{0,25}gratis|gratis.{0,25}(kesehatan|periksa|pemeriksaan|berobat|pengobatan|medis)|bakti kesehatan|baktikes|layanan kesehatan|pelayanan kesehatan/i,
      K3_kemenkes: /menkes|kemenkes|kementerian kesehatan|budi gunadi|dinkes|dinas kesehatan|sudinkes|hari kesehatan nasional|\bHKN\b|(program|anggaran|perpres|sistem|transformasi|layanan primer) kesehatan/i,
      K4_puskesmas_bpjs: /puskesmas|posyandu|pustu|faskes|fasilitas kesehatan|nakes|tenaga kesehatan|tenaga medis|BPJS Kesehatan|\bJKN\b/i,
      K5_findings: /hipertensi|darah tinggi|diabetes|gula darah|obesitas|kolesterol|kesehatan (jiwa|mental)|depresi|masalah gigi|sakit gigi|karies|gigi berlubang|anemia|harapan hidup|penyakit (tidak menular|kronis)|\bTBC\b|tuberkulosis|imunisasi|vaksinasi/i,
      K6_programs_school: /quick win|program (prioritas|unggulan|andalan|hasil terbaik)|hasil terbaik cepat|PHTC|(setahun|satu tahun|1 tahun) (pemerintahan )?prabowo|capaian (program|pemerintah)|\bUKS\b|(siswa|anak sekolah|pelajar|murid|sekolah).{0,40}(kesehatan|sehat\b)|(kesehatan|sehat\b).{0,40}(siswa|anak sekolah|pelajar|murid|sekolah)/i,
    },
    seeds: { candidates: 25956125, easy: 13411259 },
  },
  'id-karhutla': {
    filters: {
      K1_karhutla: /karhutla|karthutla|kahurtla|kebakaran (hutan|lahan|gambut|savana|sabana|ilalang|alang)|(hutan|lahan|gambut|savana|sabana|ilalang|alang-alang|semak)[^,.]{0,40}(terbakar|kebakaran|hangus|dibakar)|(bakar|pembakar\w*|membakar|dibakar)[^,.]{0,25}(hutan|lahan)|hutan dan lahan|gambut/i,
      K2_haze_air: /kabut asap|\basap\b|\bispa\b|kualitas udara|polusi|jarak pandang|lintas batas|\baqi\b|\bispu\b|pm ?2[.,]5|matahari merah|langit (merah|gelap|kuning|oranye|jingga|putih)|\bbakaran|masker/i,
      K3_firefighting: /titik panas|titik api|hotspot|water ?bomb|bom air|pembom air|pemadam|damkar|manggala agni|modifikasi cuaca|hujan buatan|sekat kanal|sumur bor|helikopter/i,
      K4_fire: /kebakaran|terbakar|hangus|membakar|dibakar|pembakar|pembakaran|(dilalap|dilahap|diamuk|kobaran|padamkan|percikan) api|api (berkobar|menjalar|merembet|membesar)|jago merah/i,
      K5_forest_climate: /el ?nino|kemarau|kekeringan|deforestasi|\bhutan\b|kehutanan|menhut|kemenhut|konsesi|restorasi|\bhgu\b/i,
      K6_disaster_status: /tanggap darurat|siaga darurat|status darurat|\bbnpb\b|\bbpbd\b|bencana nasional/i,
    },
    seeds: { candidates: 92574141, easy: 46411875 },
  },
  // The topics helpers built blind to the learner (sixteenth session on): topic-candidate-filters-blind.ts.
  ...BLIND_TOPICS,
  ...BLIND_TOPICS_LATER,
};
