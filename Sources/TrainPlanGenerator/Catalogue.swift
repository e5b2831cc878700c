import TrainPlanCore

/// The vocational training an Indonesian manpower office plans: skills with
/// their courses, the workshop each needs, and who can lend instructors and
/// rooms. Made up, but after the competency schemes (SKKNI) and the courses
/// public training centres (BLK) and private institutions (LPKS) commonly run.
enum Catalogue {
    /// One course a skill line offers.
    struct CourseTemplate: Sendable {
        var title: String
        var level: Int
        /// Typical number of sessions.
        var sessions: ClosedRange<Int>
        /// Slots per session (1 = half day, 2 = whole day on a two-slot calendar).
        var sessionLength: Int
        /// Weekday choices, each with the sessions per week.
        var rhythms: [(weekdays: [Weekday], perWeek: Int)]
        var participants: ClosedRange<Int>
        /// Tags the venue must have (a subset of the line's workshop equipment).
        var equipment: [String]
        /// Extra value per participant (0: the scenario default applies).
        var valuePerParticipant: Double = 0
    }

    /// A skill with the workshop that teaches it.
    struct SkillLine: Sendable {
        var skill: String
        /// Prefix of course ids, as Indonesian centres abbreviate their programmes.
        var code: String
        var workshop: String
        var equipment: [String]
        var capacity: Int
        var courses: [CourseTemplate]
        /// Companies that lend experts or sites.
        var companies: [String]
        /// A K3 (workplace safety) day belongs with its courses, for the same trainees.
        var safetyCompanion: Bool = false
        /// Weight of the line in a region's demand.
        var weight: Double = 1
        /// Other skills its instructors often have.
        var related: [String] = []
    }

    static let mtwtf: [Weekday] = [.mon, .tue, .wed, .thu, .fri]
    static let mtwt: [Weekday] = [.mon, .tue, .wed, .thu]
    static let mwf: [Weekday] = [.mon, .wed, .fri]
    static let tth: [Weekday] = [.tue, .thu]
    static let twt: [Weekday] = [.tue, .wed, .thu]

    static let lines: [SkillLine] = [
        SkillLine(skill: "welding", code: "LAS", workshop: "welding workshop", equipment: ["welding-booths", "safety-gear"],
                  capacity: 16, courses: [
                      CourseTemplate(title: "Welding SMAW 1G/2G", level: 2, sessions: 24...30, sessionLength: 1,
                                     rhythms: [(mtwtf, 5), (mtwt, 4)], participants: 12...16, equipment: ["welding-booths"]),
                      CourseTemplate(title: "Welding SMAW 3G, certification preparation", level: 3, sessions: 16...20, sessionLength: 1,
                                     rhythms: [([.mon, .tue, .wed], 3), (mtwt, 3)], participants: 10...12,
                                     equipment: ["welding-booths"], valuePerParticipant: 3_500_000),
                      CourseTemplate(title: "Welding GMAW (MIG) for fabrication", level: 2, sessions: 12...16, sessionLength: 2,
                                     rhythms: [(mtwt, 3), (twt, 3)], participants: 10...14, equipment: ["welding-booths", "safety-gear"]),
                  ], companies: ["PT Baja Konstruksi Utama", "PT Galangan Kapal Samudra", "PT Rekayasa Industri Pratama"],
                  safetyCompanion: true, weight: 1.2, related: ["k3"]),
        SkillLine(skill: "automotive", code: "OTO", workshop: "automotive workshop", equipment: ["engine-stands", "motorcycle-lifts"],
                  capacity: 16, courses: [
                      CourseTemplate(title: "Motorcycle engine service", level: 2, sessions: 24...30, sessionLength: 1,
                                     rhythms: [(mtwtf, 5), (mtwt, 4)], participants: 14...16, equipment: ["motorcycle-lifts"]),
                      CourseTemplate(title: "Light vehicle tune-up", level: 3, sessions: 12...16, sessionLength: 2,
                                     rhythms: [(twt, 3)], participants: 10...12, equipment: ["engine-stands"]),
                      CourseTemplate(title: "Motorcycle fuel injection systems", level: 2, sessions: 10...12, sessionLength: 1,
                                     rhythms: [(mtwtf, 3)], participants: 12...16, equipment: ["motorcycle-lifts"]),
                  ], companies: ["Dealer Mobil Sentosa", "PT Astra Motor Servis", "Bengkel Resmi Honda Jaya"],
                  weight: 1.2, related: ["electronics"]),
        SkillLine(skill: "electrical", code: "LIS", workshop: "electrical workshop", equipment: ["electrical-benches", "ac-trainers"],
                  capacity: 16, courses: [
                      CourseTemplate(title: "Household electrical installation", level: 2, sessions: 18...24, sessionLength: 1,
                                     rhythms: [(mtwtf, 5), (mwf, 3)], participants: 12...16, equipment: ["electrical-benches"]),
                      CourseTemplate(title: "Industrial panel installation", level: 3, sessions: 16...20, sessionLength: 1,
                                     rhythms: [([.mon, .wed, .thu], 3)], participants: 10...12, equipment: ["electrical-benches"]),
                      CourseTemplate(title: "PLC basics for machine operators", level: 3, sessions: 8...12, sessionLength: 2,
                                     rhythms: [(tth, 2)], participants: 10...12, equipment: ["electrical-benches"],
                                     valuePerParticipant: 3_000_000),
                  ], companies: ["PT PLN Unit Pelaksana", "CV Teknik Listrik Mandiri"], safetyCompanion: true, related: ["k3", "ac-repair"]),
        SkillLine(skill: "ac-repair", code: "AC", workshop: "electrical workshop", equipment: ["ac-trainers", "electrical-benches"],
                  capacity: 16, courses: [
                      CourseTemplate(title: "Split AC installation and repair", level: 2, sessions: 20...24, sessionLength: 1,
                                     rhythms: [(twt, 3), (mtwt, 4)], participants: 12...16, equipment: ["ac-trainers"]),
                      CourseTemplate(title: "Commercial refrigeration service", level: 3, sessions: 10...12, sessionLength: 2,
                                     rhythms: [(tth, 2)], participants: 10...12, equipment: ["ac-trainers"]),
                  ], companies: ["CV Sejuk Service", "PT Dingin Abadi Teknik"], weight: 0.8, related: ["electrical"]),
        SkillLine(skill: "electronics", code: "HP", workshop: "electrical workshop", equipment: ["electrical-benches", "soldering-stations"],
                  capacity: 16, courses: [
                      CourseTemplate(title: "Mobile phone repair", level: 2, sessions: 14...16, sessionLength: 1,
                                     rhythms: [(mtwtf, 4), (mtwt, 3)], participants: 12...16, equipment: ["soldering-stations"]),
                      CourseTemplate(title: "Consumer electronics repair", level: 2, sessions: 16...20, sessionLength: 1,
                                     rhythms: [(mwf, 3)], participants: 12...16, equipment: ["soldering-stations"]),
                  ], companies: ["Servis Elektronik Maju", "PT Sumber Elektronika"], weight: 0.7, related: ["electrical"]),
        SkillLine(skill: "sewing", code: "JHT", workshop: "garment workshop", equipment: ["sewing-machines", "garment-machines"],
                  capacity: 20, courses: [
                      CourseTemplate(title: "Industrial sewing operator", level: 2, sessions: 24...30, sessionLength: 1,
                                     rhythms: [(mtwtf, 5)], participants: 14...20, equipment: ["sewing-machines"]),
                      CourseTemplate(title: "Women's clothing tailoring", level: 3, sessions: 20...24, sessionLength: 1,
                                     rhythms: [(twt, 3)], participants: 10...12, equipment: ["sewing-machines"]),
                      CourseTemplate(title: "Muslim fashion design and sewing", level: 2, sessions: 16...20, sessionLength: 1,
                                     rhythms: [(mwf, 3), (twt, 3)], participants: 12...16, equipment: ["sewing-machines"]),
                  ], companies: ["PT Garmen Nusantara Abadi", "PT Busana Prima Tekstil", "Konveksi Sinar Jaya"],
                  weight: 1.3, related: ["garment-mechanic", "batik"]),
        SkillLine(skill: "garment-mechanic", code: "GMK", workshop: "garment workshop", equipment: ["garment-machines", "sewing-machines"],
                  capacity: 12, courses: [
                      CourseTemplate(title: "Garment-machine mechanic", level: 2, sessions: 16...20, sessionLength: 2,
                                     rhythms: [(mtwt, 4), (mtwt, 3)], participants: 10...12, equipment: ["garment-machines"],
                                     valuePerParticipant: 5_000_000),
                  ], companies: ["PT Garmen Nusantara Abadi", "PT Busana Prima Tekstil"], safetyCompanion: true,
                  weight: 0.5, related: ["sewing", "k3"]),
        SkillLine(skill: "batik", code: "BTK", workshop: "batik studio", equipment: ["batik-tools"],
                  capacity: 20, courses: [
                      CourseTemplate(title: "Batik tulis basics", level: 2, sessions: 14...16, sessionLength: 2,
                                     rhythms: [([.mon, .tue, .wed], 3)], participants: 12...16, equipment: ["batik-tools"]),
                      CourseTemplate(title: "Batik cap and natural colouring", level: 3, sessions: 10...12, sessionLength: 2,
                                     rhythms: [(twt, 3)], participants: 12...16, equipment: ["batik-tools"]),
                  ], companies: ["Koperasi Batik Kampung Kauman", "Batik Tulis Mahmud"], weight: 0.7, related: ["sewing"]),
        SkillLine(skill: "computer", code: "KOM", workshop: "computer lab", equipment: ["computers", "projector"],
                  capacity: 20, courses: [
                      CourseTemplate(title: "Office computer operator", level: 1, sessions: 20...24, sessionLength: 1,
                                     rhythms: [(mtwtf, 5), (mwf, 3)], participants: 16...20, equipment: ["computers"]),
                      CourseTemplate(title: "Spreadsheets for administration", level: 2, sessions: 10...12, sessionLength: 1,
                                     rhythms: [(tth, 2), (mwf, 3)], participants: 16...20, equipment: ["computers"]),
                  ], companies: ["PT Data Sinergi Nusantara"], weight: 1.2, related: ["graphic-design", "digital-marketing"]),
        SkillLine(skill: "graphic-design", code: "DES", workshop: "computer lab", equipment: ["computers", "projector"],
                  capacity: 20, courses: [
                      CourseTemplate(title: "Graphic design for small businesses", level: 2, sessions: 14...16, sessionLength: 1,
                                     rhythms: [(mwf, 3)], participants: 14...16, equipment: ["computers"]),
                  ], companies: ["Studio Kreatif Nusantara"], weight: 0.6, related: ["digital-marketing", "computer"]),
        SkillLine(skill: "digital-marketing", code: "DGM", workshop: "computer lab", equipment: ["computers", "projector"],
                  capacity: 20, courses: [
                      CourseTemplate(title: "Digital marketing for SMEs", level: 2, sessions: 8...10, sessionLength: 1,
                                     rhythms: [(tth, 2)], participants: 16...20, equipment: ["computers", "projector"]),
                  ], companies: ["Agensi Digital Cerdas"], weight: 0.7, related: ["graphic-design", "computer"]),
        SkillLine(skill: "web-programming", code: "WEB", workshop: "computer lab", equipment: ["computers", "projector"],
                  capacity: 20, courses: [
                      CourseTemplate(title: "Junior web programmer", level: 3, sessions: 20...24, sessionLength: 2,
                                     rhythms: [(mtwt, 4), (mwf, 3)], participants: 14...16, equipment: ["computers"],
                                     valuePerParticipant: 4_000_000),
                  ], companies: ["PT Solusi Perangkat Lunak", "Startup Karya Digital"], weight: 0.5, related: ["computer"]),
        SkillLine(skill: "culinary", code: "BOG", workshop: "training kitchen", equipment: ["kitchen", "ovens"],
                  capacity: 16, courses: [
                      CourseTemplate(title: "Catering and traditional snacks", level: 2, sessions: 20...24, sessionLength: 1,
                                     rhythms: [([.mon, .tue, .wed], 3), (mtwt, 4)], participants: 14...16, equipment: ["kitchen"]),
                      CourseTemplate(title: "Food hygiene and packaging", level: 1, sessions: 5...6, sessionLength: 1,
                                     rhythms: [([.fri], 1), ([.thu, .fri], 1)], participants: 16...20, equipment: ["kitchen"]),
                  ], companies: ["Hotel Grand Nusantara", "Catering Ibu Sri"], weight: 1.1, related: ["bakery", "barista"]),
        SkillLine(skill: "bakery", code: "BAK", workshop: "training kitchen", equipment: ["kitchen", "ovens"],
                  capacity: 16, courses: [
                      CourseTemplate(title: "Bakery and pastry", level: 2, sessions: 10...12, sessionLength: 2,
                                     rhythms: [([.wed, .thu], 2)], participants: 12...16, equipment: ["kitchen", "ovens"]),
                  ], companies: ["Toko Roti Sari Rasa"], weight: 0.6, related: ["culinary"]),
        SkillLine(skill: "barista", code: "BAR", workshop: "training kitchen", equipment: ["kitchen", "coffee-machines"],
                  capacity: 12, courses: [
                      CourseTemplate(title: "Barista", level: 2, sessions: 8...10, sessionLength: 1,
                                     rhythms: [(mtwtf, 2), (tth, 2)], participants: 10...12, equipment: ["coffee-machines"]),
                  ], companies: ["Kopi Nusantara Roastery"], weight: 0.5, related: ["culinary"]),
        SkillLine(skill: "hospitality", code: "HTL", workshop: "hotel practice room", equipment: ["hotel-mockup", "projector"],
                  capacity: 20, courses: [
                      CourseTemplate(title: "Hotel housekeeping", level: 2, sessions: 16...20, sessionLength: 1,
                                     rhythms: [(mtwtf, 4), (mwf, 3)], participants: 16...20, equipment: ["hotel-mockup"]),
                      CourseTemplate(title: "Front office and reservations", level: 2, sessions: 12...16, sessionLength: 1,
                                     rhythms: [(mwf, 3)], participants: 16...20, equipment: ["hotel-mockup"]),
                  ], companies: ["Hotel Grand Nusantara", "Resort Pantai Indah"], weight: 0.7, related: ["english"]),
        SkillLine(skill: "beauty", code: "RIAS", workshop: "beauty salon", equipment: ["salon-chairs"],
                  capacity: 16, courses: [
                      CourseTemplate(title: "Hair styling", level: 2, sessions: 16...20, sessionLength: 1,
                                     rhythms: [(mtwt, 4), (twt, 3)], participants: 12...16, equipment: ["salon-chairs"]),
                      CourseTemplate(title: "Bridal make-up", level: 3, sessions: 10...12, sessionLength: 1,
                                     rhythms: [(tth, 2)], participants: 10...12, equipment: ["salon-chairs"]),
                  ], companies: ["Salon Cantik Ayu", "Sanggar Rias Pengantin Dewi"], weight: 0.7),
        SkillLine(skill: "construction", code: "BGN", workshop: "construction yard", equipment: ["construction-yard", "safety-gear"],
                  capacity: 20, courses: [
                      CourseTemplate(title: "Bricklaying and plastering", level: 2, sessions: 20...24, sessionLength: 2,
                                     rhythms: [(mtwt, 4)], participants: 14...20, equipment: ["construction-yard"]),
                      CourseTemplate(title: "Building plumbing", level: 2, sessions: 12...16, sessionLength: 1,
                                     rhythms: [(mwf, 3)], participants: 12...16, equipment: ["construction-yard"]),
                  ], companies: ["PT Wijaya Karya Bangunan", "CV Konstruksi Sejahtera"], safetyCompanion: true,
                  weight: 0.8, related: ["k3"]),
        SkillLine(skill: "forklift", code: "FRK", workshop: "heavy equipment yard", equipment: ["forklifts", "safety-gear"],
                  capacity: 12, courses: [
                      CourseTemplate(title: "Forklift operator (SIO licence)", level: 2, sessions: 8...10, sessionLength: 2,
                                     rhythms: [(mtwtf, 3), (mtwt, 2)], participants: 8...12, equipment: ["forklifts"],
                                     valuePerParticipant: 3_500_000),
                  ], companies: ["PT Logistik Pelabuhan Jaya", "PT Gudang Nusantara"], safetyCompanion: true,
                  weight: 0.5, related: ["k3"]),
        SkillLine(skill: "japanese", code: "JPN", workshop: "language classroom", equipment: ["projector", "language-lab"],
                  capacity: 24, courses: [
                      CourseTemplate(title: "Japanese for technical interns (IM Japan)", level: 2, sessions: 24...30, sessionLength: 1,
                                     rhythms: [(mtwtf, 5), (mwf, 3)], participants: 16...24, equipment: ["language-lab"],
                                     valuePerParticipant: 3_000_000),
                  ], companies: ["LPK Sakura Nusantara"], weight: 0.5),
        SkillLine(skill: "english", code: "ENG", workshop: "language classroom", equipment: ["projector", "language-lab"],
                  capacity: 24, courses: [
                      CourseTemplate(title: "English for hospitality workers", level: 2, sessions: 16...20, sessionLength: 1,
                                     rhythms: [(mwf, 3), (tth, 2)], participants: 16...24, equipment: ["projector"]),
                  ], companies: ["English First Learning Centre"], weight: 0.6, related: ["hospitality"]),
        SkillLine(skill: "hydroponics", code: "TAN", workshop: "greenhouse", equipment: ["greenhouse"],
                  capacity: 20, courses: [
                      CourseTemplate(title: "Hydroponic vegetable farming", level: 2, sessions: 10...12, sessionLength: 2,
                                     rhythms: [(tth, 2), ([.mon, .wed], 2)], participants: 14...20, equipment: ["greenhouse"]),
                  ], companies: ["Kebun Hidroponik Lestari"], weight: 0.4),
        SkillLine(skill: "fish-processing", code: "IKN", workshop: "training kitchen", equipment: ["kitchen", "cold-storage"],
                  capacity: 16, courses: [
                      CourseTemplate(title: "Fish product processing", level: 2, sessions: 10...12, sessionLength: 1,
                                     rhythms: [(mwf, 3)], participants: 14...16, equipment: ["cold-storage"]),
                  ], companies: ["Koperasi Nelayan Mina Jaya"], weight: 0.4, related: ["culinary"]),
    ]

    /// The K3 (Keselamatan dan Kesehatan Kerja) day that goes with a line's course.
    static let safety = CourseTemplate(title: "Workplace safety (K3)", level: 1, sessions: 3...5, sessionLength: 1,
                                       rhythms: [([.fri], 1)], participants: 12...16, equipment: ["projector"])

    static let firstNames = [
        "Agus", "Ahmad", "Andi", "Bambang", "Budi", "Dedi", "Dewi", "Dimas", "Eko", "Endang", "Fajar", "Fitri",
        "Hendra", "Heru", "Indah", "Joko", "Kurniawan", "Lina", "Made", "Nur", "Putri", "Rina", "Rudi", "Siti",
        "Slamet", "Sri", "Teguh", "Wulan", "Yusuf", "Yuni", "Ratna", "Wahyu", "Arif", "Bayu", "Citra", "Dian",
        "Gede", "Hadi", "Irfan", "Ketut", "Lestari", "Maya", "Nyoman", "Oktavia", "Purnomo", "Rahmat", "Surya",
    ]
    static let lastNames = [
        "Wahyuni", "Aminah", "Salim", "Setiawan", "Nugroho", "Lestari", "Kartika", "Prasetyo", "Santoso", "Marlina",
        "Hidayat", "Aini", "Hartono", "Sari", "Fauzi", "Riyadi", "Susilo", "Gunawan", "Wibowo", "Anggraini",
        "Saputra", "Kurniawan", "Siregar", "Nasution", "Simanjuntak", "Pratama", "Hakim", "Syahputra", "Halim",
        "Utomo", "Suryadi", "Rahayu", "Permana", "Wijaya", "Tanjung", "Lubis", "Pangaribuan", "Mahendra",
    ]
    static let lpksNames = [
        "LPKS Karya Mandiri", "LPKS Citra Busana", "LPKS Mitra Komputer", "LPKS Dapur Nusantara", "LPKS Teknik Mandiri",
        "LPKS Bengkel Jaya", "LPKS Cahaya Prima", "LPKS Terampil Sejahtera", "LPKS Bina Kreasi", "LPKS Harapan Bangsa",
    ]
}

/// A city or province and the industries that shape its demand.
struct Place: Sendable {
    var name: String
    /// Short code for ids in multi-region scenarios.
    var code: String
    /// Skill lines in strong demand here (their weights are tripled).
    var strengths: [String]
}

enum Places {
    static let cities: [Place] = [
        Place(name: "Kota Pekalongan", code: "PKL", strengths: ["batik", "sewing", "garment-mechanic"]),
        Place(name: "Kota Tegal", code: "TGL", strengths: ["welding", "automotive", "fish-processing"]),
        Place(name: "Kota Surakarta", code: "SKA", strengths: ["batik", "culinary", "sewing"]),
        Place(name: "Kota Cirebon", code: "CRB", strengths: ["batik", "fish-processing", "automotive"]),
        Place(name: "Kabupaten Kudus", code: "KDS", strengths: ["sewing", "electrical", "culinary"]),
        Place(name: "Kabupaten Sidoarjo", code: "SDA", strengths: ["welding", "electrical", "forklift"]),
        Place(name: "Kota Bekasi", code: "BKS", strengths: ["welding", "forklift", "electrical"]),
        Place(name: "Kabupaten Karawang", code: "KRW", strengths: ["automotive", "welding", "forklift"]),
        Place(name: "Kota Batam", code: "BTM", strengths: ["welding", "electronics", "english"]),
        Place(name: "Kota Balikpapan", code: "BPN", strengths: ["welding", "forklift", "hospitality"]),
        Place(name: "Kota Makassar", code: "MKS", strengths: ["construction", "culinary", "automotive"]),
        Place(name: "Kota Medan", code: "MDN", strengths: ["automotive", "computer", "culinary"]),
        Place(name: "Kabupaten Badung", code: "BDG", strengths: ["hospitality", "english", "beauty"]),
        Place(name: "Kota Semarang", code: "SMG", strengths: ["sewing", "computer", "electrical"]),
        Place(name: "Kota Malang", code: "MLG", strengths: ["computer", "web-programming", "hydroponics"]),
        Place(name: "Kota Bandung", code: "BDO", strengths: ["sewing", "graphic-design", "web-programming"]),
    ]

    struct Province: Sendable {
        var name: String
        var cities: [Place]
    }

    static let provinces: [Province] = [
        Province(name: "Jawa Tengah", cities: [
            Place(name: "Kota Semarang", code: "SMG", strengths: ["sewing", "computer", "electrical"]),
            Place(name: "Kota Pekalongan", code: "PKL", strengths: ["batik", "sewing", "garment-mechanic"]),
            Place(name: "Kota Tegal", code: "TGL", strengths: ["welding", "automotive", "fish-processing"]),
            Place(name: "Kota Surakarta", code: "SKA", strengths: ["batik", "culinary", "sewing"]),
            Place(name: "Kabupaten Kudus", code: "KDS", strengths: ["sewing", "electrical", "culinary"]),
            Place(name: "Kabupaten Cilacap", code: "CLP", strengths: ["welding", "fish-processing", "forklift"]),
        ]),
        Province(name: "Jawa Barat", cities: [
            Place(name: "Kota Bandung", code: "BDO", strengths: ["sewing", "graphic-design", "web-programming"]),
            Place(name: "Kota Bekasi", code: "BKS", strengths: ["welding", "forklift", "electrical"]),
            Place(name: "Kabupaten Karawang", code: "KRW", strengths: ["automotive", "welding", "forklift"]),
            Place(name: "Kota Cirebon", code: "CRB", strengths: ["batik", "fish-processing", "automotive"]),
            Place(name: "Kota Bogor", code: "BGR", strengths: ["hydroponics", "culinary", "hospitality"]),
            Place(name: "Kota Tasikmalaya", code: "TSM", strengths: ["sewing", "batik", "beauty"]),
        ]),
        Province(name: "Jawa Timur", cities: [
            Place(name: "Kota Surabaya", code: "SBY", strengths: ["welding", "computer", "hospitality"]),
            Place(name: "Kabupaten Sidoarjo", code: "SDA", strengths: ["welding", "electrical", "forklift"]),
            Place(name: "Kota Malang", code: "MLG", strengths: ["computer", "web-programming", "hydroponics"]),
            Place(name: "Kota Kediri", code: "KDR", strengths: ["sewing", "culinary", "automotive"]),
            Place(name: "Kabupaten Jember", code: "JBR", strengths: ["hydroponics", "culinary", "beauty"]),
            Place(name: "Kota Madiun", code: "MDU", strengths: ["automotive", "electrical", "construction"]),
        ]),
    ]

    /// Provincial training centres (UPTD BLK) of a national programme.
    static let regions: [Place] = [
        Place(name: "Sumatera Utara (Medan)", code: "SUMUT", strengths: ["automotive", "computer", "culinary"]),
        Place(name: "Sumatera Barat (Padang)", code: "SUMBAR", strengths: ["culinary", "sewing", "hospitality"]),
        Place(name: "Sumatera Selatan (Palembang)", code: "SUMSEL", strengths: ["welding", "forklift", "fish-processing"]),
        Place(name: "Kepulauan Riau (Batam)", code: "KEPRI", strengths: ["welding", "electronics", "english"]),
        Place(name: "DKI Jakarta", code: "DKI", strengths: ["web-programming", "hospitality", "digital-marketing"]),
        Place(name: "Jawa Barat (Bandung)", code: "JABAR", strengths: ["sewing", "graphic-design", "automotive"]),
        Place(name: "Jawa Tengah (Semarang)", code: "JATENG", strengths: ["batik", "sewing", "garment-mechanic"]),
        Place(name: "DI Yogyakarta", code: "DIY", strengths: ["batik", "graphic-design", "culinary"]),
        Place(name: "Jawa Timur (Surabaya)", code: "JATIM", strengths: ["welding", "electrical", "forklift"]),
        Place(name: "Bali (Denpasar)", code: "BALI", strengths: ["hospitality", "english", "beauty"]),
        Place(name: "Kalimantan Timur (Balikpapan)", code: "KALTIM", strengths: ["welding", "forklift", "construction"]),
        Place(name: "Sulawesi Selatan (Makassar)", code: "SULSEL", strengths: ["construction", "fish-processing", "automotive"]),
        Place(name: "Nusa Tenggara Timur (Kupang)", code: "NTT", strengths: ["hydroponics", "construction", "japanese"]),
        Place(name: "Papua (Jayapura)", code: "PAPUA", strengths: ["construction", "culinary", "computer"]),
    ]
}
