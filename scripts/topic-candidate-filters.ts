// The candidate filters and sample seeds of the project's own development topics (issue 9), one
// entry per topic: a title is a candidate when any filter matches (case-insensitive, title only).
// Read by scripts/topic-candidates.ts, which draws the samples and checks the labels against them.

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
  'id-kecelakaan-kapal': {
    filters: {
      F1_vessel: /\bkapal|perahu|speed ?boat|\bkmp\b|\bkm\.? (?![0-9])[a-z]|\bferi\b|\bferry\b|\bsampan\b|pompong|long ?boat|klotok|kelotok|ketinting|jet ?ski|\brakit\b|tongkang|phinisi|pinisi|\bboat\b|\bkri\b|\bmv\b|\bbiduk\b|\bkano\b|\bjukung|katamaran|\bkatinting/i,
      F2_sinking_words: /tenggelam|terbalik|\bkaram\b|kandas|terdampar|tabrakan|terombang[- ]ambing|terapung|mengapung|hanyut|dihantam (ombak|gelombang)|dihempas|diterjang (ombak|gelombang)|ombak tinggi|gelombang tinggi|cuaca buruk/i,
      F3_sar_probe: /basarnas|\bsar\b|pencarian korban|operasi pencarian|pencarian (hari|dihentikan|diperpanjang|ditutup)|\basdp\b|\bpelni\b|penumpang (kapal|kmp|km\b|speedboat|perahu|feri)|\bknkt\b|nakhoda|nahkoda|syahbandar|\bksop\b|manifes|pelampung|life ?jacket|muatan berlebih|kelebihan muatan|overload|kelaiklautan|laik laut|\babk\b|awak kapal/i,
      F4_waters: /\blaut\b|perairan|\bselat\b|pelabuhan|dermaga|penyeberangan|pelayaran|\bsungai\b|\bdanau\b|\bwaduk\b|\bmuara\b|nelayan|\bpantai\b|\bteluk\b/i,
      F5_victims_places: /korban hilang|masih hilang|\bjasad|pelatih valencia|labuan bajo|\bbajo\b|pemancing|penyelam(?!at)|\bkepulauan seribu|\bpulau (seribu|pari|tidung|bokor|untung jawa|harapan|kelapa|putri)/i,
    },
    seeds: { candidates: 70318245, easy: 28815093 },
  },
  'id-kasus-demo-agustus': {
    filters: {
      F1_demo: /\b(di|pen|ber)?demo\b|demonstra|unjuk rasa|pengunjuk rasa|aksi massa|massa aksi/i,
      F2_riot: /ricuh|kericuhan|kerusuhan|rusuh|anarkis|anarki|provokator|penghasut|hasut|makar\b|molotov/i,
      F3_police: /brimob|rantis|barracuda|gas air mata|propam|kode etik|sidang etik|\bkkep\b|patsus|\bptdh\b|kompolnas|lindas|reformasi polri/i,
      F4_victims: /\bojol\b|ojek online|affan|korban tewas|tewas saat|meninggal saat|orang hilang|kwitang/i,
      F5_rights_legal: /komnas ham|kontras|tgpf|pencari fakta|tim independen|\blpsk\b|amnesty|ylbhi|\blbh\b|\btaud\b|lokataru|praperadilan|penangguhan penahanan|tahanan politik|\btapol\b|salah tangkap|amnesti|abolisi/i,
      F6_officials: /sahroni|uya kuya|eko patrio|nafa urbach|adies kadir|sri mulyani|\bmkd\b|\b(pen|men|di)?jarah(an)?\b|dinonaktifkan|nonaktif/i,
      F7_named: /delpedro|laras faizati|khariq|syahdan|muzaffar|figha|agustus|grahadi|dibakar massa|gedung dprd/i,
      F8_damage: /perusakan|pengrusakan|pembakaran|pos (polisi|lantas|lalin|pol)\b|halte[^,]*(rusak|dibakar|terbakar)/i,
    },
    seeds: { candidates: 58213907, easy: 71640283 },
  },
  'id-redenominasi-rupiah': {
    filters: {
      F1_redenom: /redenom|denominasi|sanering|rp ?1\.000 jadi rp ?1\b|(tiga|3) (angka )?nol|(hapus|pangkas|potong|buang|hilangkan|coret)\w* (\w+ )?nol|penyederhanaan (nilai|digit|angka|rupiah|mata uang|nominal)|harga rupiah/i,
      F2_rupiah: /\brupiah\b/i,
      F3_currency: /mata uang|\buang (baru|palsu|kertas|logam|rupiah|tunai|beredar|primer|lama|pecahan)\b|\bpecahan\b|cetak uang|emisi uang|peruri|nilai tukar|\bkurs\b/i,
      F4_bi: /bank indonesia|\bbi\b|gubernur bi|perry warjiyo/i,
      F5_digits_cashier: /\bnol\b|\bdigit\b|\bkasir\b|\bnominal\b/i,
      F6_bill_plan: /\bruu\b[^,:]{0,40}(keuangan|mata uang|\bbi\b|bank indonesia|p2sk|harga|uang)|rencana strategis|renstra|prolegnas/i,
    },
    seeds: { candidates: 58213907, easy: 30417266 },
  },
  'id-kasus-sritex': {
    filters: {
      F1_sritex: /sritex|sri rejeki|lukminto|\bsril\b/i,
      F2_textile: /tekstil|garmen|\btpt\b|pemintalan|benang|\bkain\b|pabrik (baju|pakaian|sepatu)/i,
      F3_bankruptcy: /pailit|kepailitan|kurator|\bpkpu\b|bangkrut|gulung tikar|delisting|didepak dari bursa|lo kheng hong|suspensi saham|saham[^,:]{0,20}disuspensi/i,
      F4_layoffs_severance: /\bphk\b|pesangon|(eks|mantan) (buruh|karyawan|pekerja)|buruh pabrik|pabrik tutup|tutup pabrik|pemutusan hubungan kerja/i,
      F5_bank_credit: /(korupsi|kasus|vonis|divonis|terdakwa|tersangka|eks|mantan)[^,:]{0,50}(bank (dki|jakarta|jateng|bjb)|\bbjb\b|\bbpd\b)|fasilitas kredit|kredit sindikasi|pemberian kredit|korupsi kredit|kredit bank|vonis bebas[^,:]{0,40}(bank|kredit|eks dirut)|kredit macet/i,
      F6_kejagung_assets: /(kejagung|kejaksaan agung)[^,:]{0,60}(sita|tppu|rampas|lelang|aset)|(sita|tppu|rampas)[^,:]{0,60}(kejagung|kejaksaan agung)/i,
    },
    seeds: { candidates: 66930812, easy: 28048698 },
  },
  'id-kebijakan-ojol': {
    filters: {
      F1_ojol: /\bojol|\bojek|ngojol|\bopang\b/i,
      F2_platforms: /gojek|\bgrab|\bmaxim\b|indrive|\bgoto\b|shopee ?food|gofood|goride|gocar|aplikator|taksol|\bujek\b/i,
      F3_online_drivers: /(transportasi|angkutan|taksi|taxi|sopir|driver|pengemudi|mitra|ojek|kendaraan) (online|daring|berbasis aplikasi)|mitra (pengemudi|driver)|pekerja (platform|gig|digital|informal)|ekonomi gig|gig economy|\bkurir/i,
      F4_policy_words: /\bbhr\b|bonus hari raya|potongan (aplikasi|aplikator|komisi|tarif)|komisi (aplikasi|aplikator|8|10)|bagi hasil|status mitra|permenhub|kemenhub[^,]{0,30}tarif/i,
      F5_neighbours: /\baffan\b|sopir angkot|\btaksi\b|\bangkot\b|\bbajaj\b|tarif (transjakarta|transj|transportasi|angkutan|krl|mrt|lrt)/i,
    },
    seeds: { candidates: 61185381, easy: 44932355 },
  },
  'id-banjir-jabodetabek': {
    filters: {
      F1_flood_words: /banjir|kebanjiran|genang|terendam|\brendam|merendam|\brob\b|tanggul|meluap|luapan|air bah|air kiriman|air pasang|pasang (laut|maksimum|air laut)|ketinggian air|tinggi air|air setinggi|setinggi (lutut|paha|pinggang|dada|leher|atap|\d)|\bsurut\b|air naik|tata air/i,
      F2_watergates_rivers: /pintu air|bendung|katulampa|muka air|siaga (1|2|3|4|i{1,3}|iv)\b|ciliwung|cisadane|krukut|pesanggrahan|sunter|cipinang|\bangke\b|cileungsi|cikeas|kali ?malang|kali (baru|mampang|grogol|sekretaris|bekasi|buaran|item|cakung|pulo|jati|baru timur|blencong|ciliwung)|sungai bekasi|\bbbwscc\b|bbws ciliwung/i,
      F3_flood_control: /normalisasi|naturalisasi (sungai|kali)|sodetan|\bpompa\b|rumah pompa|polder|\bwaduk\b|\bembung\b|\bsitu\b|drainase|saluran (air|penghubung|mikro|makro)|gorong|resapan|sea ?wall|tanggul laut|turap|pengerukan|dikeruk|\bkeruk|penurunan (muka )?tanah|land subsidence|dinas (sda|sumber daya air)|sudin sda/i,
      F4_place_weather: /(?=.*(jakarta|\bdki\b|jakut|jaktim|jaksel|jakbar|jakpus|jabodetabek|jabotabek|bekasi|bogor|depok|tangerang|tangsel|cikarang|puncak|pramono|rano|kepulauan seribu|metro))(?=.*(hujan|cuaca|modifikasi|\bomc\b|bmkg|bpbd|siaga|waspada|mengungsi|pengungsi|pengungsian|evakuasi|dievakuasi|perahu|bencana|darurat|terjebak|terseret|hanyut|arus deras|sungai|\bkali\b))/i,
    },
    seeds: { candidates: 19706576, easy: 85549510 },
  },
  'id-kasus-nikita-mirzani': {
    filters: {
      F1_names: /nikita|mirzani|reza gladys|\bgladys\b|vadel|\blolly\b|laura meizani|doktif|dokter detektif|richard lee|oky pratama|mail syahputra|fahmi bachmid/i,
      F2_extortion_tppu: /pemerasan|memeras|diperas|\bperas\b|\btppu\b|pencucian uang|\bpeme?ras\b/i,
      F3_celebrity: /\bartis\b|selebriti|\bseleb\b|selebgram|influencer|pesohor|publik figur|figur publik|skincare|skin care|produk kecantikan|dokter kecantikan|\bklinik kecantikan/i,
      F4_trial_stages: /pleidoi|nota pembelaan|\breplik\b|\bduplik\b|sidang tuntutan|sidang vonis|sidang putusan|tetap dibui|kasasi ditolak|tolak kasasi|live[^,:]{0,20}(rutan|penjara)|(rutan|penjara)[^,:]{0,20}live|jualan[^,:]{0,20}(rutan|penjara)/i,
    },
    seeds: { candidates: 12589744, easy: 87140793 },
  },
  'id-upah-minimum': {
    filters: {
      F1_minwage: /\bUM[PKR]\b|\bUMSK\b|\bUMP ?20\d\d|\bUMK ?20\d\d|upah minimum|upah minimun|gaji minimum|pengupahan|\bKHL\b|kebutuhan hidup layak|\balfa\b/i,
      F2_upah: /upah/i,
      F3_unions_employers: /\bburuh\b|serikat pekerja|serikat buruh|\bKSPS?I\b|\bKSBSI\b|\bKASBI\b|\bGSBI\b|said iqbal|andi gani|apindo|\bhippi\b|aprisindo|\bkadin\b/i,
      F4_pay: /\bgaji\b|\bdigaji\b|penghasilan|pendapatan (pekerja|buruh|karyawan)|hidup layak|daya beli (buruh|pekerja)/i,
      F5_labour_gov: /menaker|kemnaker|kemenaker|yassierli|wamenaker|ketenagakerjaan|tripartit|\bmogok (kerja|nasional|massal)|disnaker|dinas tenaga kerja|dewan pengupah/i,
    },
    seeds: { candidates: 42118415, easy: 14666281 },
  },
  'id-demam-berdarah': {
    filters: {
      F1_dengue: /\bdbd\b|dengue|demam berdarah|wolbachia|qdenga|aedes|\bdhf\b|\bdenv\b/i,
      F2_mosquito_control: /nyamuk|jentik|jumantik|fogging|pengasapan|larvasida|abatisasi|\babate\b|pemberantasan sarang|3m plus|\bvektor\b/i,
      F3_vector_diseases: /malaria|chikungunya|cikungunya|\bzika\b|filariasis|kaki gajah|leptospirosis|japanese encephalitis|demam kuning|yellow fever|arbovirus/i,
      F4_other_outbreaks: /campak|rabies|hmpv|super ?flu|influenza|\bflu\b|tifus|tipes|nipah|hantavirus|antraks|difteri|polio|pneumonia|mpox|cacar|\btbc\b|tuberkulosis|diare|\bispa\b|covid|\bklb\b|kejadian luar biasa|wabah|endemi|pandemi|\bdemam\b|\bvirus\b/i,
      F5_health_office_warnings: /(?=.*(dinkes|sudinkes|dinas kesehatan|kemenkes|menkes|kementerian kesehatan|puskesmas|\brsud\b|rumah sakit|\bidai\b|\bwho\b))(?=.*(kasus|penyakit|waspada|wanti|ingatkan|cegah|antisipasi|lonjak|melonjak|meningkat|musim hujan|pancaroba|pasien|rawat|meninggal|tewas|kematian|vaksin|imunisasi))/i,
      F6_rainy_season_health: /(?=.*(musim hujan|pancaroba|el nino|la nina|genangan|kemarau|banjir))(?=.*(penyakit|kesehatan|sakit|waspada|kasus|dinkes|kemenkes))/i,
    },
    seeds: { candidates: 48705980, easy: 79035989 },
  },
  'id-kecelakaan-pesawat': {
    filters: {
      F1_aircraft: /pesawat|helikopter|\bheli\b|\bATR ?42|\bjet\b|cessna|pilatus|twin otter|super tucano|caracal|super puma|gyrocopter|\bC-130|hercules (TNI|jatuh|kecelakaan)/i,
      F2_airline_crew: /maskapai|smart air|susi air|trigana|wings air|lion air|batik air|citilink|garuda indonesia|super air ?jet|pelita air|transnusa|nam air|sriwijaya air|airasia|\bpilot\b|kopilot|co-pilot|pramugar|awak kabin|kokpit/i,
      F3_incident: /KNKT|black ?box|kotak hitam|mendarat darurat|hilang kontak|tergelincir|putar balik|kecelakaan penerbangan|keselamatan penerbangan|tabrak burung|turbulensi|bandara.*(ditutup|insiden|darurat)|penerbangan.*(insiden|darurat|dibatalkan|dialihkan)/i,
      F4_aviation: /penerbangan|bandara|lanud|\bTNI AU\b|basarnas|airnav/i,
    },
    seeds: { candidates: 20261231, easy: 20261232 },
  },
  'id-kasus-ammar-zoni': {
    filters: {
      F1_nama: /zoni|\bammar\b|\bamar z|irish bella|haldy sabri|zangi|jon mathias|kamelia/i,
      F2_narkoba: /narkoba|narkotika|\bsabu|ganja|ekstasi|\bkokain|tembakau gorila|\bBNN\b|psikotropika|\bpil koplo|\bbandar\b|pengedar|\bnapza/i,
      F3_lapas_khusus: /nusa ?kambangan|salemba|super maximum|ditjen ?pas|imipas|pemasyarakatan|lapas cipinang/i,
      F4_artis_hukum: /^(?=.*\b(artis|aktor|aktris|selebgram|seleb|selebritas|selebriti|penyanyi|musisi|komedian|pesinetron|rapper)\b)(?=.*(ditangkap|ditahan|tersangka|sidang|vonis|divonis|dituntut|penjara|bui|dipolisikan|ditetapkan|rehabilitasi|terjerat|diciduk|kasus)).*/i,
    },
    seeds: { candidates: 20261241, easy: 20261242 },
  },
  'id-cukai-rokok': {
    filters: {
      F1_rokok: /rokok|tembakau|kretek|sigaret|nikotin|cerutu/i,
      F2_cukai: /cukai|\bBKC\b|barang kena/i,
      F3_vape: /vape|likuid|liquid/i,
      F4_industri: /gudang garam|sampoerna|djarum|gappri|wismilak|bentoel|\bHMSP\b|\bGGRM\b|\bIHT\b|\bSKT\b|\bSKM\b/i,
      F5_pajak: /\bpajak|\bPPN\b|\bPPh\b|penerimaan negara|minuman berpemanis|\bMBDK\b/i,
    },
    seeds: { candidates: 20261251, easy: 20261252 },
  },
  'id-kasus-tom-lembong': {
    filters: {
      F1_nama: /lembong|charles sitorus|tony wijaya|then surianto|hansen setiawan|indra suryaningrat|eka sapanca|wisnu hendraningrat|hendrogiarto|hans falita|ali sandjaja|ari yusuf|zaid mushafi/i,
      F2_gula: /\bgula\b/i,
      F3_abolisi: /abolisi|amnesti|\bgrasi|diampuni|pengampunan|\bhasto\b/i,
      F4_ky_hakim: /komisi yudisial|\bKY\b|hakim.{0,40}(dilaporkan|disanksi|sanksi|etik|dipindah|nonpalu)|nonpalu/i,
      F5_kejagung_dagang: /kejagung|kejaksaan agung|jampidsus|mendag\b|menteri perdagangan|kemendag\b|korupsi impor|kebijakan.{0,30}(dipidana|pidana|kriminalisasi)|kriminalisasi kebijakan/i,
    },
    seeds: { candidates: 20261261, easy: 20261262 },
  },
  'id-danantara': {
    filters: {
      F1_danantara: /danan(a?tara|tra)|anagata|patriot bonds?|\bBPI\b/i,
      F2_officials: /\brosan\b|dony oskaria|pandu sjahrir|muliaman/i,
      F3_bumn_dividen: /\bBUMN\b|dividen|pelat merah|superholding|\bholding\b/i,
      F4_restructuring: /whoosh|KCIC|kereta cepat|garuda indonesia|\bGIAA\b|krakatau steel|merger|restrukturisasi/i,
      F5_projects_funds: /\bPSEL\b|waste.to.energy|sampah jadi (listrik|energi)|PLTSa|hilirisasi|kampung haji|\bINA\b|sovereign|\bSWF\b/i,
    },
    seeds: { candidates: 20261271, easy: 20261272 },
  },
  'id-kasus-asdp': {
    filters: {
      F1_asdp: /ASDP|ASDM|Indonesia Ferry/i,
      F2_ira: /Puspadewi|Pusapadewi|\bIra\b/i,
      F3_jn: /Jembatan Nusantara|PT JN|\bAdjie\b|Yusuf Hadi|Adhi Caksono|akuisisi kapal|kapal (tua|bekas)/i,
      F4_clemency: /rehabilitasi|abolisi|amnesti|prerogatif|keppres/i,
      F5_bumn: /(eks|mantan) dirut|direksi BUMN|petinggi BUMN|business judgment|keputusan bisnis|paradigma bisnis|kriminalisasi/i,
      F6_ferry: /penyeberangan|\bferi\b|ferry/i,
    },
    seeds: { candidates: 202612741, easy: 202612742 },
  },
  'id-harga-beras': {
    filters: {
      F1_beras_gabah: /\bberas(nya)?\b|\bgabah|\bpadi\b|\bgkp\b/i,
      F2_bulog_bapanas: /bulog|bapanas|badan pangan nasional|\bsphp\b|satgas pangan|cadangan (beras|pangan)|\bcbp\b|id food/i,
      F3_het_hpp_oplos: /\bhet\b|\bhpp\b|oplos/i,
      F4_pangan: /\bpangan|sembako|bahan pokok|kebutuhan pokok|operasi pasar|pasar murah/i,
      F5_tani_sawah: /petani|sawah|panen|swasembada|lumbung|penggilingan|mentan\b|amran|menteri pertanian|zulhas|zulkifli hasan/i,
      F6_komoditas_harga: /\bcabai|\bcabe\b|cabe rawit|bawang (merah|putih)|minyakita|minyak goreng|harga (telur|gula|daging|ayam|sayur|komoditas)|\bbapok\b|harga eceran tertinggi/i,
      F7_stok_inflasi: /\bstok\b|inflasi|kelangkaan|langka\b/i,
      F8_mbg_pasokan: /(mbg|makan bergizi|sppg).*(bahan baku|pasok|harga|pangan|petani|nasi)|(bahan baku|pasok|harga|pangan|petani|nasi).*(mbg|makan bergizi|sppg)/i,
    },
    seeds: { candidates: 202612711, easy: 202612712 },
  },
  'id-kebakaran-permukiman': {
    filters: {
      F1_bakar: /kebakar|terbakar|(?<!bahan |abu |aboe |ikan |sate |jagung |ayam |bebek |sosis |roti |nasi |tahu |pisang |singkong |ubi )bakar/i,
      F2_damkar: /damkar|gulkarmat|pemadam|\bpmk\b|\bdpkp\b|\bapar\b|hidran|hydrant/i,
      F3_api: /(?<!kereta |senjata |gunung )\bapi\b|jago merah|kobaran|hangus|ludes|membara|terpanggang|gosong|puing/i,
      F4_sebab: /korslet|korsleting|arus pendek|tabung gas|obat nyamuk/i,
      F5_ledak_bangunan: /ledak.*(rumah|gudang|pabrik|toko|warung|ruko|kios|pasar|gedung|kilang|spbu|spbe|pangkalan|dapur|kos|asrama|pertamina|gas|lpg|elpiji|tabung|kompresor|bengkel|laundry|kantin|sppg|oven|mesin|kawasan industri|smelter|tungku|boiler|masjid|gereja|hotel|mal\b|apartemen|petasan|mercon|perumahan|permukiman|kampung|rusun)|(rumah|gudang|pabrik|toko|warung|ruko|kios|pasar|gedung|kilang|spbu|spbe|pangkalan|dapur|kos|asrama|pertamina|gas|lpg|elpiji|tabung|kompresor|bengkel|laundry|kantin|sppg|oven|mesin|kawasan industri|smelter|tungku|boiler|masjid|gereja|hotel|mal\b|apartemen|petasan|mercon|perumahan|permukiman|kampung|rusun).*ledak/i,
      F6_asap: /\basap\b/i,
      F7_peristiwa: /terra drone|cimuning|bapenda dki|gedung bapenda|(pedagang|lapak|penampungan|santunan|asuransi).*kramat jati|kramat jati.*(pedagang|lapak|penampungan|santunan|asuransi)|(gudang|pabrik|perusahaan) pestisida|grand polonia|nucleus farma/i,
    },
    seeds: { candidates: 202612721, easy: 202612722 },
  },
  'id-program-3-juta-rumah': {
    filters: {
      F1_program_core: /3 juta rumah|tiga juta rumah|rumah subsidi|subsidi rumah|flpp|kpr (subsidi|sejahtera)|\bsbum\b|\bbsps\b|rtlh|rutilahu|bedah rumah|bedah \d|(rumah|hunian) (tidak|tak) layak|layak huni|rusun subsidi|apartemen subsidi|kredit program perumahan|kur perumahan|kur rumah|\bkpp\b|backlog|\bmbr\b|\bmbt\b|berpenghasilan rendah|perumahan rakyat|rumah rakyat|stimulan|swadaya|gentengisasi|gentengnisasi/i,
      F2_actors: /\bpkp\b|kementerian perumahan|menteri perumahan|maruarar|\bara\b|fahri hamzah|tapera|\bbtn\b|bbtn|\bsmf\b|perumnas|\brei\b|apersi|himperra|pengembang|developer|bank tanah/i,
      F3_housing_words: /perumahan|rusun|rumah susun|hunian|huntara|huntap|permukiman|kumuh|genteng|\bkpr\b|properti|real estat|rumah (murah|gratis|tapak|warga|korban|baru|layak|pekerja|buruh|guru|nelayan|petani|prajurit|dinas|jabatan|adat)|(harga|beli|cicilan|punya|renovasi|bangun|membangun|perbaikan|perbaiki|bantuan) rumah|apartemen|kota baru/i,
      F4_housing_phrases: /rumah.{0,40}dibedah|dibedah.{0,20}rumah|juta rumah|ribu rumah|\d+ (unit )?rumah (untuk|buat|bagi)|rumah (untuk|buat|bagi) (para )?(buruh|warga|pekerja|masyarakat|rakyat|korban|nelayan|guru|asn)|bangunkan rumah|bikinkan rumah|pembangunan rumah|cicil(an)? rumah|rumah (bersubsidi|sederhana|terjangkau|reyot|sejahtera|asri|modular|sementara|relokasi)|rehabilitasi rumah|rumah.{0,40}direnovasi|renovasi program|rent to own|sikumbang|sikasep|sipetruk|bakclog|antrean rumah|kepemilikan rumah|ppn dtp|ppn (rumah|pembelian rumah)|dp rumah|atap seng|beratap seng|pembelian rumah|rumah milik sendiri|tanah negara/i,
      F5_disaster_relocation: /rumah (rusak|hanyut|terdampak)|relokasi|direlokasi|kerusakan rumah/i,
    },
    seeds: { candidates: 202612731, easy: 202612732 },
  },
};
