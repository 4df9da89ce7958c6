// The candidate filters and sample seeds of the development topics helpers built blind to the learner
// (sixteenth session on: each from a written task, its filters and policy before any score), in the
// form of topic-candidate-filters.ts, which merges them into TOPICS.
import type { TopicSpec } from './topic-candidate-filters.ts';

export const BLIND_TOPICS: Record<string, TopicSpec> = {
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
