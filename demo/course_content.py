"""Demo pembinaan courses for seed_demo: real lessons in Bahasa Indonesia, one course per pillar."""

COURSES = [
    {
        "slug": "mengenal-wksbm",
        "title": "Mengenal WKSBM dan peran pengurus",
        "pillar": "komitmen",
        "summary": (
            "Kenali apa itu WKSBM, dasar hukumnya, tugas setiap pengurus, semangat kesetiakawanan sosial, "
            "dan cara merangkai kelompok pelayanan sosial di kelurahan atau desa Anda."
        ),
        "duration_minutes": 50,
        "jabatan": ["ketua", "wakil_ketua", "sekretaris", "bendahara", "seksi", "anggota"],
        "lessons": [
            {
                "slug": "apa-itu-wksbm",
                "title": "Apa itu WKSBM?",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Selamat datang. Mungkin Anda baru saja menerima SK sebagai pengurus WKSBM "
                            "dari lurah atau kepala desa, atau mungkin sudah bertahun-tahun aktif. "
                            "Pelajaran ini mengajak Anda melihat kembali apa sebenarnya WKSBM, mengapa "
                            "wadah ini ada, dan apa dasar hukumnya.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "WKSBM dalam satu kalimat"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>WKSBM adalah singkatan dari <b>Wahana Kesejahteraan Sosial Berbasis "
                            "Masyarakat</b>. Kata “wahana” berarti wadah atau kendaraan. Jadi WKSBM "
                            "adalah wadah tempat berbagai kelompok warga di satu kelurahan atau desa "
                            "bertemu, berbagi kabar, dan bekerja sama menolong warga yang sedang "
                            "kesulitan.</p>"
                            "<p>WKSBM tidak menggantikan kelompok yang sudah ada. Pengajian, PKK, karang "
                            "taruna, arisan RT, dan rukun kematian tetap berjalan seperti biasa. WKSBM "
                            "menjadi simpul yang menghubungkan mereka, supaya bantuan tidak tumpang "
                            "tindih dan tidak ada warga yang terlewat.</p>"
                            "<p>Contohnya begini. Di Kelurahan Kramat Selatan, Kota Magelang, majelis "
                            "taklim biasa menjenguk lansia yang sakit, sementara kader PKK mencatat ibu "
                            "hamil dan balita. Tanpa wadah bersama, keduanya bisa tidak tahu bahwa ada "
                            "satu keluarga yang membutuhkan perhatian mereka sekaligus. Lewat rapat "
                            "WKSBM, kabar dari dua kelompok itu bertemu.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Dasar hukum yang perlu Anda ketahui"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Anda tidak perlu hafal pasal, tetapi ada baiknya mengenal tiga aturan "
                            "yang menjadi pijakan kerja WKSBM:</p>"
                            "<ul>"
                            "<li><b>Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial.</b> "
                            "Undang-undang ini menegaskan bahwa penyelenggaraan kesejahteraan sosial "
                            "adalah tanggung jawab pemerintah bersama masyarakat. Warga punya kesempatan "
                            "untuk ikut berperan.</li>"
                            "<li><b>Keputusan Menteri Sosial Nomor 42/HUK/2004.</b> Keputusan ini menjadi "
                            "pedoman pelaksanaan WKSBM: apa wadahnya, siapa pengurusnya, dan apa "
                            "kegiatannya.</li>"
                            "<li><b>Peraturan Menteri Sosial Nomor 08 Tahun 2012.</b> Peraturan ini "
                            "memasukkan WKSBM sebagai salah satu dari 12 jenis Potensi dan Sumber "
                            "Kesejahteraan Sosial (PSKS), bersama antara lain penyuluh sosial, Tenaga "
                            "Kesejahteraan Sosial Kecamatan (TKSK), dan karang taruna.</li>"
                            "</ul>"
                            "<p>Artinya, WKSBM diakui negara sebagai kekuatan sosial milik warga. Ketika "
                            "Anda datang ke Dinas Sosial atau puskesmas untuk mengurus seorang warga, "
                            "Anda datang sebagai bagian dari sistem kesejahteraan sosial, bukan sekadar "
                            "tetangga yang kebetulan peduli.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "text": (
                                "<p>Simpan fotokopi SK pengurus di map organisasi, dan foto juga dengan "
                                "HP Anda. SK ini sering diminta ketika Anda berurusan dengan Dinas "
                                "Sosial, puskesmas, atau calon donatur.</p>"
                            ),
                        },
                    },
                    {"type": "heading", "value": {"text": "Tiga tugas pokok WKSBM"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Kerja WKSBM dapat diringkas menjadi tiga kata:</p>"
                            "<ol>"
                            "<li><b>Penumbuhan</b>: menumbuhkan kepedulian dan kesetiakawanan sosial "
                            "warga, misalnya lewat ajakan di pengajian atau pertemuan RT.</li>"
                            "<li><b>Penggalangan</b>: mengumpulkan dana, barang, dan tenaga dari warga, "
                            "pengusaha setempat, dan pihak lain secara terbuka.</li>"
                            "<li><b>Penyaluran</b>: menyalurkan bantuan kepada warga yang memerlukan "
                            "pelayanan kesejahteraan sosial, termasuk merujuk mereka ke Dinas Sosial, "
                            "puskesmas, atau lembaga lain.</li>"
                            "</ol>"
                            "<p>Ketiganya dijalankan lewat pencegahan, penanganan, dan rujukan, serta "
                            "didukung rapat rutin dan administrasi yang tertib. Semua itu dibahas lebih "
                            "dalam di kursus-kursus berikutnya.</p>"
                        ),
                    },
                    {
                        "type": "checklist",
                        "value": {
                            "title": "Isi map organisasi WKSBM",
                            "items": [
                                "SK pengurus dari lurah atau kepala desa.",
                                ("Daftar nama, jabatan, dan nomor HP semua pengurus."),
                                ("Daftar kelompok pelayanan sosial (KPS) beserta penghubungnya."),
                                "Buku kas dan map kuitansi.",
                                "Buku notulen rapat dan daftar hadir.",
                                ("Catatan warga yang sedang didampingi, disimpan dengan aman."),
                            ],
                        },
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                (
                                    "WKSBM adalah wadah yang menghubungkan kelompok-kelompok pelayanan "
                                    "sosial warga di satu kelurahan atau desa."
                                ),
                                (
                                    "WKSBM tidak menggantikan kelompok yang sudah ada, tetapi merangkai "
                                    "mereka agar saling melengkapi."
                                ),
                                (
                                    "Pijakan hukumnya: UU 11/2009, Kepmensos 42/HUK/2004, dan Permensos "
                                    "08/2012 yang menggolongkan WKSBM sebagai PSKS."
                                ),
                                ("Tiga tugas pokok WKSBM: penumbuhan, penggalangan, dan penyaluran."),
                                (
                                    "Pengurus disahkan dengan SK lurah atau kepala desa; simpan SK itu "
                                    "baik-baik."
                                ),
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "peran-pengurus",
                "title": "Peran dan tanggung jawab setiap pengurus",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Organisasi yang sehat bukan organisasi yang semua urusannya ditangani "
                            "ketua. Dalam pelajaran ini Anda akan melihat pembagian tugas di antara "
                            "pengurus WKSBM, supaya beban terbagi dan pekerjaan tetap berjalan walaupun "
                            "salah satu pengurus berhalangan.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Susunan pengurus"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Pengurus WKSBM disahkan dengan Surat Keputusan (SK) lurah atau kepala "
                            "desa. Susunan paling sederhana cukup <b>ketua dan sekretaris</b>. Di banyak "
                            "kelurahan, susunannya lebih lengkap: ketua, wakil ketua, sekretaris, "
                            "bendahara, beberapa seksi, dan anggota.</p>"
                            "<p>Besar kecilnya susunan sebaiknya menyesuaikan kebutuhan dan jumlah orang "
                            "yang benar-benar siap bekerja. Lebih baik lima orang yang aktif daripada dua "
                            "puluh nama yang hanya tercantum di SK.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Tugas setiap jabatan"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<ul>"
                            "<li><b>Ketua</b> memimpin rapat, menjaga arah kerja, mewakili WKSBM ke luar "
                            "(lurah, Dinas Sosial, puskesmas, donatur), dan memastikan keputusan rapat "
                            "dijalankan.</li>"
                            "<li><b>Wakil ketua</b> membantu ketua dan menggantikannya bila berhalangan. "
                            "Sering kali wakil ketua memegang koordinasi dengan kelompok pelayanan sosial "
                            "(KPS).</li>"
                            "<li><b>Sekretaris</b> mengurus surat-menyurat, undangan, daftar hadir, "
                            "notulen rapat, catatan warga yang didampingi, dan laporan kegiatan.</li>"
                            "<li><b>Bendahara</b> mencatat setiap uang masuk dan keluar di buku kas, "
                            "menyimpan kuitansi, dan menyampaikan laporan keuangan secara terbuka di "
                            "rapat.</li>"
                            "<li><b>Seksi</b> menjalankan bidang tertentu, misalnya seksi pendataan, "
                            "seksi penggalangan dana, seksi lansia dan disabilitas, atau seksi hubungan "
                            "dengan KPS.</li>"
                            "<li><b>Anggota</b> menjadi mata dan telinga di lingkungannya: memberi kabar "
                            "bila ada warga yang kesulitan, hadir di rapat, dan membantu kegiatan.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "type": "case_study",
                        "value": {
                            "title": "Ketua yang kewalahan",
                            "scenario": (
                                "<p>Pak Sutrisno sudah tiga tahun menjadi ketua WKSBM di Kelurahan "
                                "Jurangombo Utara, Kota Magelang. Ia menulis sendiri notulen, menyimpan "
                                "uang sumbangan di dompetnya, dan mengantar sendiri setiap warga ke "
                                "puskesmas.</p>"
                                "<p>Ketika ia dirawat di rumah sakit selama dua minggu, kegiatan WKSBM "
                                "berhenti total. Tidak ada yang tahu berapa sisa uang kas, dan Mbah "
                                "Karto, lansia yang rutin diantar kontrol, terlewat jadwalnya.</p>"
                            ),
                            "discussion": (
                                "<p>Niat Pak Sutrisno baik, tetapi cara kerjanya membuat organisasi "
                                "rapuh. Setelah pulih, ia mengajak pengurus rapat dan membagi ulang "
                                "tugas. Bu Tri Handayani sebagai sekretaris memegang notulen dan catatan "
                                "warga. Bu Wartini sebagai bendahara memegang buku kas. Mas Yoga dari "
                                "karang taruna bergiliran dengan dua temannya mengantar warga ke "
                                "puskesmas.</p>"
                                "<p>Kini setiap tugas punya pemegang dan cadangan. Pertanyaan untuk Anda: "
                                "adakah pekerjaan di WKSBM Anda yang hanya diketahui satu orang? Apa yang "
                                "terjadi bila orang itu berhalangan?</p>"
                            ),
                        },
                    },
                    {"type": "heading", "value": {"text": "Prinsip kerja bersama"}},
                    {
                        "type": "checklist",
                        "value": {
                            "title": "Kebiasaan pengurus yang kompak",
                            "items": [
                                (
                                    "Pembagian tugas ditulis dan disepakati dalam rapat, bukan hanya "
                                    "diucapkan."
                                ),
                                (
                                    "Uang tidak pernah dipegang sendirian tanpa catatan; ketua dan "
                                    "bendahara sama-sama tahu saldonya."
                                ),
                                ("Setiap pengurus punya pengganti bila berhalangan."),
                                (
                                    "Pengurus saling mengabari lewat grup atau telepon bila ada warga "
                                    "yang perlu dibantu segera."
                                ),
                                (
                                    "Semua warga dilayani dengan adil, tanpa memilih berdasarkan "
                                    "kedekatan, suku, agama, atau pilihan politik."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                (
                                    "Pengurus disahkan dengan SK lurah atau kepala desa; susunan minimal "
                                    "ketua dan sekretaris."
                                ),
                                (
                                    "Ketua memimpin dan mewakili, sekretaris mengurus administrasi, "
                                    "bendahara mengurus uang, seksi menjalankan bidang, anggota menjadi "
                                    "mata dan telinga."
                                ),
                                ("Pekerjaan yang hanya dipegang satu orang membuat organisasi rapuh."),
                                ("Tulis pembagian tugas, sepakati dalam rapat, dan siapkan pengganti."),
                                "Layani semua warga secara adil.",
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "kesetiakawanan-dan-gotong-royong",
                "title": "Kesetiakawanan sosial dan gotong royong",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Jauh sebelum ada program pemerintah, warga kita sudah terbiasa saling "
                            "menolong: menjenguk tetangga yang sakit, iuran untuk keluarga yang berduka, "
                            "atau bersama-sama memperbaiki rumah. WKSBM berdiri di atas kebiasaan baik "
                            "ini. Tugas Anda sebagai pengurus adalah merawatnya agar tetap hidup dan "
                            "terarah.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Apa itu kesetiakawanan sosial?"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Kesetiakawanan sosial adalah rasa senasib sepenanggungan yang mendorong "
                            "orang untuk peduli dan bertindak ketika sesamanya kesulitan. Wujudnya bisa "
                            "kecil: memberi tumpangan ke puskesmas, mengirim lauk untuk lansia yang "
                            "tinggal sendiri, atau menemani anak tetangga belajar.</p>"
                            "<p>Gotong royong adalah cara kerjanya: beban yang berat dipikul bersama "
                            "sehingga terasa ringan. Di Magelang maupun di Bengkulu Selatan, semangat ini "
                            "sudah lama hidup dalam kerja bakti, tolong-menolong saat membangun rumah, "
                            "dan rukun kematian.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {
                            "text": ("Menumbuhkan kepedulian, bukan hanya membagi bantuan"),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Kesalahan yang sering terjadi adalah menganggap WKSBM sebagai “loket "
                            "bantuan”. Padahal tugas pertamanya adalah penumbuhan: membuat lebih banyak "
                            "warga ikut peduli. Beberapa cara yang bisa Anda coba:</p>"
                            "<ul>"
                            "<li>Menyampaikan kabar singkat tentang kegiatan WKSBM di pengajian, arisan, "
                            "atau pertemuan RT.</li>"
                            "<li>Mengajak anak muda karang taruna menjadi relawan pendamping lansia.</li>"
                            "<li>Menghidupkan jimpitan beras atau kotak peduli di tingkat RT, dengan "
                            "pencatatan yang jelas.</li>"
                            "<li>Mengumumkan penggunaan dana secara terbuka, supaya warga percaya dan mau "
                            "menyumbang lagi.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": (
                                "<p>Jaga martabat warga yang dibantu. Jangan memotret atau menyebarkan "
                                "foto penerima bantuan di grup WhatsApp tanpa izinnya. Orang yang sedang "
                                "susah tetap punya harga diri, dan keluarganya bisa merasa malu.</p>"
                            ),
                        },
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Kekuatan tetangga lebih dulu"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Uang kas WKSBM biasanya terbatas. Karena itu, sebelum membuka kas, "
                            "tanyakan dulu: siapa yang tinggal paling dekat dan bisa membantu? Kelompok "
                            "mana yang punya tenaga, waktu, atau barang? Bantuan yang datang dari "
                            "tetangga sering lebih cepat, lebih tahan lama, dan mempererat hubungan.</p>"
                        ),
                    },
                    {
                        "type": "case_study",
                        "value": {
                            "title": "Makan siang untuk Nek Rohimah",
                            "scenario": (
                                "<p>Di Desa Muara Danau, Kecamatan Seginim, Kabupaten Bengkulu Selatan, "
                                "Nek Rohimah (78 tahun) tinggal sendiri setelah anak-anaknya merantau. "
                                "Lututnya sering sakit sehingga ia jarang memasak. Bu Nelly Herawati, "
                                "sekretaris WKSBM, mendengar kabar ini dari kelompok yasinan ibu-ibu.</p>"
                                "<p>Dalam rapat, pengurus tidak langsung mengambil uang kas. Mereka "
                                "bertanya lebih dulu: siapa saja yang tinggal dekat Nek Rohimah dan bisa "
                                "membantu?</p>"
                            ),
                            "discussion": (
                                "<p>Hasilnya, tiga keluarga tetangga bergiliran mengantar makan siang. "
                                "Remaja masjid membersihkan halaman setiap Minggu. Pak Hasan Basri "
                                "sebagai ketua menelepon anak Nek Rohimah yang bekerja di Kota Bengkulu, "
                                "yang kemudian mengirim uang belanja setiap bulan. Uang kas baru dipakai "
                                "untuk ongkos ojek ke puskesmas, sebesar Rp50.000.</p>"
                                "<p>Perhatikan urutannya: kekuatan warga sekitar digerakkan dulu, uang "
                                "kas menyusul. Coba pikirkan: warga mana di lingkungan Anda yang bisa "
                                "dibantu dengan cara serupa, dan siapa saja tetangga yang bisa diajak?</p>"
                            ),
                        },
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                (
                                    "Kesetiakawanan sosial adalah rasa senasib yang mendorong orang "
                                    "bertindak; gotong royong adalah cara kerjanya."
                                ),
                                (
                                    "Tugas pertama WKSBM adalah menumbuhkan kepedulian, bukan sekadar "
                                    "membagi bantuan."
                                ),
                                (
                                    "Gerakkan dulu kekuatan tetangga dan kelompok sekitar, baru gunakan "
                                    "uang kas."
                                ),
                                ("Keterbukaan tentang penggunaan dana membuat warga percaya."),
                                "Jaga martabat dan privasi warga yang dibantu.",
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "jaringan-kps",
                "title": "Jaringan Kelompok Pelayanan Sosial (KPS)",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Kekuatan WKSBM ada pada jaringannya. Di setiap kelurahan dan desa sudah "
                            "ada banyak kelompok warga yang, sadar atau tidak, menjalankan pelayanan "
                            "sosial. Dalam pelajaran ini Anda belajar mengenali kelompok-kelompok itu dan "
                            "merangkainya menjadi satu jaringan.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Siapa saja KPS di lingkungan Anda?"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>KPS atau Kelompok Pelayanan Sosial adalah kelompok warga yang kegiatannya "
                            "memberi manfaat sosial bagi anggotanya atau lingkungannya. Contohnya:</p>"
                            "<ul>"
                            "<li>Kelompok berbasis wilayah: perkumpulan RT dan RW, kelompok "
                            "dasawisma.</li>"
                            "<li>Kelompok keagamaan: majelis taklim, kelompok yasinan, persekutuan doa, "
                            "remaja masjid.</li>"
                            "<li>Kelompok perempuan dan keluarga: PKK dan kader posyandu.</li>"
                            "<li>Kelompok pemuda: karang taruna.</li>"
                            "<li>Kelompok ekonomi dan kekerabatan: arisan, kelompok simpan pinjam, "
                            "paguyuban warga.</li>"
                            "<li>Kelompok duka: rukun kematian atau perkumpulan kematian.</li>"
                            "</ul>"
                            "<p>Setiap kelompok punya kekuatan yang berbeda. Rukun kematian cepat "
                            "bergerak saat ada warga meninggal. Kader posyandu tahu keadaan balita. "
                            "Majelis taklim sering tahu lansia yang tidak lagi bisa keluar rumah. Karang "
                            "taruna punya tenaga muda.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Memetakan jaringan"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Langkah pertama adalah membuat peta sederhana. Tidak perlu rumit; "
                            "selembar kertas atau catatan di HP sudah cukup.</p>"
                        ),
                    },
                    {
                        "type": "checklist",
                        "value": {
                            "title": "Langkah memetakan KPS",
                            "items": [
                                (
                                    "Tulis semua kelompok warga yang ada di kelurahan atau desa Anda, per "
                                    "RW atau per dusun."
                                ),
                                ("Catat nama dan nomor HP ketua atau penghubung setiap kelompok."),
                                ("Catat jadwal pertemuan rutin mereka, misalnya yasinan setiap Kamis malam."),
                                (
                                    "Catat kekuatan khusus tiap kelompok: tenaga, dana, data, tempat, "
                                    "atau keahlian."
                                ),
                                (
                                    "Tandai kelompok yang sudah pernah bekerja sama dengan WKSBM dan yang "
                                    "belum."
                                ),
                                ("Perbarui peta ini paling sedikit setahun sekali."),
                            ],
                        },
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Menjaga jaringan tetap hidup"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Peta saja tidak cukup, sebab jaringan hidup karena ada hubungan. Undang "
                            "perwakilan KPS ke rapat WKSBM secara bergiliran. Datanglah ke pertemuan "
                            "mereka, bukan hanya meminta mereka datang. Ucapkan terima kasih secara "
                            "terbuka ketika sebuah kelompok membantu.</p>"
                            "<p>Contoh dari Kelurahan Potrobangsan, Kota Magelang: Bu Siti Rahayu, seksi "
                            "hubungan KPS, membuat grup WhatsApp berisi ketua-ketua KPS. Saat dapur "
                            "seorang warga RW 05 terbakar, dalam dua jam rukun kematian meminjamkan "
                            "tenda, PKK mengumpulkan pakaian dan peralatan dapur, dan karang taruna "
                            "membersihkan puing. WKSBM tidak perlu mengerjakan semuanya sendiri; cukup "
                            "menghubungkan.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Hubungan juga harus saling memberi. Apa yang bisa WKSBM tawarkan kepada "
                            "KPS? Kabar tentang layanan Dinas Sosial dan puskesmas, bantuan ketika "
                            "anggota mereka perlu dirujuk, dan pengakuan atas kerja mereka dalam laporan "
                            "WKSBM kepada lurah dan Dinas Sosial. Kelompok yang merasa dihargai akan "
                            "lebih senang diajak bekerja sama lagi.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "text": (
                                "<p>Tidak semua kelompok mau “diatur”. Posisikan WKSBM sebagai teman yang "
                                "menghubungkan, bukan atasan yang memberi perintah. Kalimat “Bagaimana "
                                "kalau kita kerjakan bersama?” lebih mudah diterima daripada “Kelompok "
                                "Ibu harus...”.</p>"
                            ),
                        },
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                (
                                    "KPS adalah kelompok warga yang menjalankan pelayanan sosial: RT/RW, "
                                    "majelis taklim, PKK, karang taruna, arisan, rukun kematian, dan "
                                    "lainnya."
                                ),
                                ("Setiap KPS punya kekuatan berbeda; tugas WKSBM adalah menghubungkannya."),
                                (
                                    "Buat peta KPS sederhana: nama kelompok, penghubung, jadwal, dan "
                                    "kekuatannya."
                                ),
                                (
                                    "Jaringan hidup karena hubungan: hadir di pertemuan mereka dan "
                                    "berterima kasih secara terbuka."
                                ),
                                "WKSBM adalah penghubung, bukan atasan KPS.",
                            ],
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "ppks-dan-alur-rujukan",
        "title": "PPKS, PSKS, dan alur pencegahan, penanganan, serta rujukan",
        "pillar": "pengetahuan",
        "summary": (
            "Pelajari cara mengenali masalah sosial di lingkungan Anda, siapa yang disebut PPKS dan PSKS, "
            "serta kapan dan bagaimana merujuk warga ke Dinas Sosial, puskesmas, dan pihak lain."
        ),
        "duration_minutes": 55,
        "jabatan": ["ketua", "wakil_ketua", "sekretaris", "bendahara", "seksi", "anggota"],
        "lessons": [
            {
                "slug": "mengenali-masalah-sosial",
                "title": "Mengenali masalah sosial di kelurahan",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Masalah sosial jarang datang mengetuk pintu. Lansia yang tidak lagi "
                            "keluar rumah, anak yang berhenti sekolah, atau ibu yang diam-diam menanggung "
                            "kekerasan sering baru diketahui ketika keadaannya sudah parah. Pelajaran ini "
                            "membantu Anda melihat lebih awal.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Masalah sosial itu seperti apa?"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Masalah sosial adalah keadaan yang membuat seseorang atau sebuah keluarga "
                            "tidak dapat memenuhi kebutuhan dasarnya atau tidak dapat menjalankan "
                            "perannya secara wajar: makan, tempat tinggal, kesehatan, pendidikan, rasa "
                            "aman, dan hubungan dengan sesama.</p>"
                            "<p>Beberapa contoh yang sering ditemui di kelurahan dan desa:</p>"
                            "<ul>"
                            "<li>Lansia yang tinggal sendirian dan tidak ada yang merawat.</li>"
                            "<li>Anak yang putus sekolah atau sering terlihat di jalan pada jam "
                            "sekolah.</li>"
                            "<li>Keluarga yang kepala keluarganya kehilangan pekerjaan atau sakit "
                            "lama.</li>"
                            "<li>Penyandang disabilitas yang tidak pernah keluar rumah.</li>"
                            "<li>Warga yang rumahnya rusak berat setelah banjir, longsor, atau "
                            "kebakaran.</li>"
                            "<li>Tanda-tanda kekerasan dalam rumah tangga atau penelantaran anak.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Sumber kabar di sekitar Anda"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Anda tidak perlu berkeliling sendirian. Kabar tentang warga sudah ada di "
                            "banyak tangan:</p>"
                            "<ul>"
                            "<li>Ketua RT dan RW, yang tahu warga yang pindah, datang, sakit, atau "
                            "meninggal.</li>"
                            "<li>Kader posyandu dan PKK, yang tahu balita kurang gizi dan ibu hamil.</li>"
                            "<li>Guru, takmir masjid, dan pengurus gereja, yang tahu anak atau jemaah "
                            "yang tidak lagi datang.</li>"
                            "<li>Bidan dan petugas puskesmas.</li>"
                            "<li>Anggota rukun kematian dan pengajian, yang sering menjenguk warga.</li>"
                            "</ul>"
                            "<p>Kumpulkan kabar itu secara rutin, misalnya dengan satu agenda tetap di "
                            "rapat bulanan: “Kabar warga dari setiap RW.” Kabar yang datang dari dua "
                            "sumber atau lebih biasanya lebih bisa dipercaya. Bila kabar baru berupa "
                            "desas-desus, pastikan dulu dengan berkunjung secara sopan sebelum dibahas "
                            "lebih jauh.</p>"
                        ),
                    },
                    {
                        "type": "checklist",
                        "value": {
                            "title": "Tanda yang perlu Anda perhatikan saat berkunjung",
                            "items": [
                                ("Rumah tampak sepi berhari-hari, padahal penghuninya lansia."),
                                ("Dapur jarang dipakai atau tidak ada persediaan makanan."),
                                ("Anak usia sekolah berada di rumah pada jam pelajaran."),
                                ("Ada luka atau memar yang penjelasannya tidak masuk akal."),
                                ("Obat rutin habis dan tidak ada yang mengambilkan ke puskesmas."),
                                ("Warga menarik diri dari kegiatan yang biasanya ia ikuti."),
                            ],
                        },
                    },
                    {"type": "heading", "value": {"text": "Mencatat dengan hormat"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Setiap temuan sebaiknya dicatat: nama, alamat, keadaan yang dilihat, "
                            "tanggal, dan siapa yang melapor. Catatan ini menjadi bahan rapat dan dasar "
                            "rujukan.</p>"
                            "<p>Contohnya, Mbak Ratri, anggota WKSBM di Kelurahan Tidar Selatan, Kota "
                            "Magelang, mencatat bahwa Pak Parjo, tetangganya yang terkena stroke, sudah "
                            "dua bulan tidak kontrol. Catatannya hanya tiga baris, tetapi cukup bagi "
                            "pengurus untuk mengatur kunjungan dan menghubungi puskesmas minggu itu "
                            "juga.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": (
                                "<p>Data warga adalah amanah. Simpan catatan di buku atau file yang hanya "
                                "dipegang sekretaris dan ketua. Jangan membicarakan keadaan warga di "
                                "warung, di pos ronda, atau di grup WhatsApp umum.</p>"
                            ),
                        },
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                (
                                    "Masalah sosial adalah keadaan yang membuat warga tidak dapat "
                                    "memenuhi kebutuhan dasar atau menjalankan perannya secara wajar."
                                ),
                                ("Masalah yang ditemukan lebih awal lebih mudah ditangani."),
                                (
                                    "Manfaatkan RT/RW, kader, guru, tokoh agama, dan petugas puskesmas "
                                    "sebagai sumber kabar."
                                ),
                                ("Jadikan “kabar warga” agenda tetap rapat bulanan."),
                                ("Catat temuan dengan singkat dan jaga kerahasiaannya."),
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "ppks-dan-psks",
                "title": "Siapa PPKS dan siapa PSKS?",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Dua singkatan ini akan sering Anda dengar dari Dinas Sosial: PPKS dan "
                            "PSKS. Yang pertama menunjuk warga yang perlu dibantu, yang kedua menunjuk "
                            "pihak yang bisa membantu. Memahami keduanya membuat Anda bisa berbicara "
                            "dengan bahasa yang sama dengan petugas.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "PPKS: warga yang memerlukan pelayanan"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>PPKS adalah singkatan dari <b>Pemerlu Pelayanan Kesejahteraan Sosial</b>, "
                            "yaitu perseorangan, keluarga, atau kelompok yang karena suatu hambatan atau "
                            "kesulitan tidak dapat menjalankan fungsi sosialnya, sehingga memerlukan "
                            "pelayanan kesejahteraan sosial.</p>"
                            "<p>Dalam Permensos 08/2012, kelompok ini masih disebut PMKS (Penyandang "
                            "Masalah Kesejahteraan Sosial). Sekarang istilah PPKS lebih sering dipakai. "
                            "Istilah ini menekankan kebutuhan akan layanan, bukan “masalah” yang melekat "
                            "pada orangnya.</p>"
                            "<p>Permensos tersebut memuat lebih dari dua puluh jenis. Beberapa yang "
                            "paling sering ditemui pengurus WKSBM:</p>"
                            "<ul>"
                            "<li>Fakir miskin.</li>"
                            "<li>Lanjut usia terlantar.</li>"
                            "<li>Anak terlantar, anak jalanan, dan anak korban tindak kekerasan.</li>"
                            "<li>Penyandang disabilitas.</li>"
                            "<li>Korban bencana alam dan korban bencana sosial.</li>"
                            "<li>Korban tindak kekerasan, termasuk kekerasan di dalam rumah tangga.</li>"
                            "<li>Korban penyalahgunaan NAPZA.</li>"
                            "<li>Perempuan rawan sosial ekonomi, misalnya ibu tunggal yang penghasilannya "
                            "tidak mencukupi.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": (
                                "<p>Jangan menyebut warga dengan label di depan umum, misalnya “si PPKS” "
                                "atau “keluarga miskin RT 3”. Istilah ini dipakai untuk pendataan dan "
                                "rujukan, bukan untuk panggilan sehari-hari.</p>"
                            ),
                        },
                    },
                    {
                        "type": "heading",
                        "value": {"text": "PSKS: kekuatan yang bisa membantu"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>PSKS adalah singkatan dari <b>Potensi dan Sumber Kesejahteraan "
                            "Sosial</b>. Permensos 08/2012 menyebut 12 jenis PSKS. Beberapa yang paling "
                            "dekat dengan kerja Anda:</p>"
                            "<ul>"
                            "<li><b>WKSBM</b>, yaitu wadah Anda sendiri.</li>"
                            "<li><b>Karang taruna</b>, organisasi pemuda di kelurahan atau desa.</li>"
                            "<li><b>Penyuluh sosial</b>, yang memberi penyuluhan dan pembinaan, termasuk "
                            "kepada WKSBM.</li>"
                            "<li><b>Tenaga Kesejahteraan Sosial Kecamatan (TKSK)</b>, yang bertugas di "
                            "tingkat kecamatan dan sering menjadi penghubung pertama dengan Dinas "
                            "Sosial.</li>"
                            "<li><b>Pekerja sosial masyarakat</b>, relawan sosial di kelurahan atau "
                            "desa.</li>"
                            "<li><b>Lembaga kesejahteraan sosial</b>, seperti panti atau yayasan "
                            "sosial.</li>"
                            "</ul>"
                            "<p>Artinya, Anda tidak bekerja sendirian. Saat menghadapi keadaan yang "
                            "berat, tanyakan: PSKS mana yang bisa diajak?</p>"
                        ),
                    },
                    {
                        "type": "case_study",
                        "value": {
                            "title": "Satu keluarga, beberapa kebutuhan",
                            "scenario": (
                                "<p>Di Kelurahan Ibul, Kecamatan Kota Manna, Kabupaten Bengkulu Selatan, "
                                "Bu Herlina (41 tahun) sudah setahun tidak mendapat kabar dari suaminya "
                                "yang merantau. Ia menghidupi tiga anak dengan berjualan kue.</p>"
                                "<p>Anak sulungnya, Rizki (15 tahun), berhenti sekolah untuk membantu "
                                "berjualan. Anak bungsunya memakai kursi roda karena lumpuh sejak kecil "
                                "dan sudah lama tidak diperiksakan.</p>"
                            ),
                            "discussion": (
                                "<p>Coba kenali kebutuhannya satu per satu. Bu Herlina dapat digolongkan "
                                "sebagai perempuan rawan sosial ekonomi. Rizki adalah anak putus sekolah "
                                "yang perlu didorong kembali belajar, di sekolah atau lewat kejar paket. "
                                "Si bungsu adalah anak penyandang disabilitas yang perlu layanan "
                                "kesehatan dan mungkin alat bantu.</p>"
                                "<p>Pak Hasbullah, ketua WKSBM, lalu membagi tugas: seksi pendataan "
                                "mencatat kebutuhan keluarga itu, karang taruna mencari jalan agar Rizki "
                                "bisa sekolah lagi, dan ketua menghubungi TKSK serta puskesmas. "
                                "Pertanyaan untuk Anda: PSKS mana di daerah Anda yang akan Anda hubungi "
                                "untuk keluarga seperti ini?</p>"
                            ),
                        },
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                (
                                    "PPKS adalah warga yang memerlukan pelayanan kesejahteraan sosial; "
                                    "dalam Permensos 08/2012 masih disebut PMKS."
                                ),
                                (
                                    "Satu keluarga bisa punya beberapa kebutuhan sekaligus; kenali satu "
                                    "per satu."
                                ),
                                (
                                    "PSKS adalah kekuatan yang bisa membantu, termasuk WKSBM, karang "
                                    "taruna, penyuluh sosial, dan TKSK."
                                ),
                                (
                                    "Gunakan istilah resmi untuk pendataan dan rujukan, bukan untuk "
                                    "memanggil warga."
                                ),
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "pencegahan-penanganan-rujukan",
                "title": "Alur pencegahan, penanganan, dan rujukan",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Setelah masalah dikenali, apa langkah berikutnya? WKSBM bekerja dalam "
                            "tiga lapis: mencegah agar masalah tidak muncul atau tidak memburuk, "
                            "menangani apa yang bisa ditangani warga sendiri, dan merujuk apa yang "
                            "membutuhkan bantuan lembaga lain.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Pencegahan: sebelum masalah membesar"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Pencegahan sering tidak terlihat, tetapi paling murah. Contohnya:</p>"
                            "<ul>"
                            "<li>Penyuluhan tentang bahaya narkoba bersama karang taruna.</li>"
                            "<li>Mengingatkan keluarga yang punya lansia agar rutin datang ke posyandu "
                            "lansia.</li>"
                            "<li>Membantu warga mengurus KTP dan kartu keluarga, karena tanpa dokumen "
                            "banyak layanan sulit didapat.</li>"
                            "<li>Kunjungan rutin ke warga yang tinggal sendirian.</li>"
                            "</ul>"
                            "<p>Contohnya, di Kelurahan Wates, Kota Magelang, pengurus WKSBM dan kader "
                            "posyandu lansia sepakat menandai lansia yang dua bulan berturut-turut tidak "
                            "hadir. Lansia itu lalu dikunjungi di rumahnya. Dari kunjungan sederhana ini, "
                            "beberapa lansia yang sakit dan tinggal sendiri bisa segera dibantu sebelum "
                            "keadaannya memburuk.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Penanganan: yang bisa dilakukan warga sendiri"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Banyak masalah bisa diringankan oleh kekuatan setempat. Langkahnya:</p>"
                            "<ol>"
                            "<li><b>Kunjungi dan dengarkan.</b> Datang dengan sopan, sebaiknya berdua, "
                            "dan tanyakan apa yang paling dibutuhkan menurut warga itu sendiri.</li>"
                            "<li><b>Bahas di pengurus.</b> Sampaikan di rapat, atau lewat telepon kepada "
                            "ketua bila mendesak.</li>"
                            "<li><b>Gerakkan KPS.</b> Siapa yang bisa membantu tenaga, makanan, atau "
                            "uang?</li>"
                            "<li><b>Catat bantuan.</b> Siapa memberi apa, kepada siapa, kapan, dan "
                            "berapa.</li>"
                            "<li><b>Kunjungi kembali.</b> Pastikan bantuan benar-benar meringankan.</li>"
                            "</ol>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Rujukan: kapan dan bagaimana"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Rujukan berarti menghubungkan warga dengan lembaga yang punya kewenangan "
                            "atau keahlian. WKSBM perlu merujuk bila:</p>"
                            "<ul>"
                            "<li>Masalahnya menyangkut kesehatan, seperti sakit berat, gizi buruk, atau "
                            "gangguan jiwa: rujuk ke puskesmas.</li>"
                            "<li>Warga memerlukan layanan sosial dari pemerintah, misalnya lansia "
                            "terlantar, penyandang disabilitas yang butuh alat bantu, atau korban "
                            "bencana: hubungi Dinas Sosial lewat TKSK atau penyuluh sosial.</li>"
                            "<li>Ada dugaan kekerasan, perdagangan orang, atau tindak pidana lain: "
                            "laporkan kepada pihak berwenang dan kabari Dinas Sosial.</li>"
                            "<li>Ada urusan dokumen kependudukan: bantu lewat kantor kelurahan atau "
                            "desa.</li>"
                            "</ul>"
                            "<p>Cara merujuk yang baik: minta persetujuan warga, tanyakan persyaratan "
                            "lebih dulu, siapkan surat pengantar bila diminta, dampingi warga saat "
                            "datang, dan catat nama petugas yang menerima. Setelah itu, tanyakan "
                            "perkembangannya. Rujukan belum selesai sampai warga benar-benar mendapat "
                            "layanan.</p>"
                        ),
                    },
                    {
                        "type": "checklist",
                        "value": {
                            "title": "Sebelum mengantar warga ke tempat rujukan",
                            "items": [
                                "Warga atau keluarganya sudah setuju dirujuk.",
                                ("Sudah menelepon petugas dan menanyakan syarat serta jam layanan."),
                                ("KTP, kartu keluarga, dan kartu jaminan kesehatan (bila ada) sudah dibawa."),
                                ("Surat pengantar dari WKSBM atau kelurahan sudah disiapkan bila diminta."),
                                "Catatan singkat keadaan warga sudah ditulis.",
                                "Nomor HP keluarga terdekat sudah dicatat.",
                            ],
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": (
                                "<p>Dalam keadaan darurat, misalnya warga tidak sadarkan diri, anak dalam "
                                "bahaya, atau kekerasan sedang terjadi, jangan menunggu rapat. Utamakan "
                                "keselamatan: bawa ke fasilitas kesehatan terdekat atau hubungi pihak "
                                "berwenang, lalu kabari pengurus.</p>"
                            ),
                        },
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                ("WKSBM bekerja dalam tiga lapis: pencegahan, penanganan, dan rujukan."),
                                ("Pencegahan paling murah, walau sering tidak terlihat."),
                                ("Penanganan dimulai dengan mendengarkan warga, lalu menggerakkan KPS."),
                                (
                                    "Rujuk bila masalah butuh kewenangan atau keahlian lembaga lain, dan "
                                    "ikuti perkembangannya."
                                ),
                                ("Dalam keadaan darurat: selamatkan dulu, rapat kemudian."),
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "koordinasi-dinsos-puskesmas-lurah",
                "title": "Berkoordinasi dengan Dinas Sosial, puskesmas, dan lurah",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>WKSBM berada di tengah: dekat dengan warga, tetapi juga terhubung dengan "
                            "pemerintah. Koordinasi yang baik membuat rujukan lebih cepat dan membuat "
                            "WKSBM dipercaya. Pelajaran ini membahas siapa yang perlu Anda kenal dan "
                            "bagaimana menjalin hubungan dengan mereka.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Siapa mitra utama Anda?"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<ul>"
                            "<li><b>Lurah atau kepala desa</b>: mengesahkan pengurus dengan SK, memberi "
                            "surat keterangan atau pengantar, dan dapat mengajak WKSBM dalam musyawarah "
                            "kelurahan atau desa.</li>"
                            "<li><b>Dinas Sosial kabupaten/kota</b>: membina WKSBM, terutama lewat "
                            "penyuluh sosial, dan menjadi tujuan rujukan untuk layanan sosial.</li>"
                            "<li><b>TKSK</b>: penghubung di tingkat kecamatan yang biasanya paling mudah "
                            "dihubungi.</li>"
                            "<li><b>Puskesmas</b>: tujuan rujukan kesehatan, termasuk untuk lansia, "
                            "balita bergizi kurang, dan orang dengan gangguan jiwa.</li>"
                            "<li><b>Sekolah, tokoh agama, dan pelaku usaha setempat</b>: mitra untuk "
                            "pencegahan dan penggalangan dana.</li>"
                            "</ul>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Cara menjalin hubungan"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Koordinasi bukan hanya datang ketika butuh. Beberapa kebiasaan baik:</p>"
                            "<ul>"
                            "<li>Perkenalkan pengurus baru kepada lurah, TKSK, dan penyuluh sosial segera "
                            "setelah SK terbit.</li>"
                            "<li>Simpan nomor HP petugas penting di HP ketua dan sekretaris.</li>"
                            "<li>Undang penyuluh sosial ke rapat WKSBM, misalnya tiga bulan sekali.</li>"
                            "<li>Kirim laporan kegiatan secara rutin, walau singkat.</li>"
                            "<li>Datang tepat waktu dan bawa catatan yang rapi ketika merujuk warga.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "type": "case_study",
                        "value": {
                            "title": "Rujukan yang tersendat",
                            "scenario": (
                                "<p>Di Desa Tanjung Alam, Kecamatan Kedurang, Kabupaten Bengkulu Selatan, "
                                "Pak Asmadi (70 tahun) tinggal sendirian setelah istrinya meninggal. "
                                "Kakinya bengkak dan ia sudah jarang makan.</p>"
                                "<p>Bu Eva Yuliana, sekretaris WKSBM, langsung membawanya naik ojek ke "
                                "kantor Dinas Sosial di Manna. Di sana mereka diminta melengkapi surat "
                                "keterangan dan data lebih dulu. Mereka pulang dengan tangan kosong, dan "
                                "Pak Asmadi kelelahan karena perjalanan jauh.</p>"
                            ),
                            "discussion": (
                                "<p>Niat Bu Eva sangat baik, tetapi urutannya kurang tepat. Yang paling "
                                "mendesak adalah kesehatan: Pak Asmadi perlu diperiksa di puskesmas lebih "
                                "dulu. Untuk layanan Dinas Sosial, WKSBM sebaiknya menelepon TKSK atau "
                                "penyuluh sosial, menanyakan syaratnya, menyiapkan surat keterangan dari "
                                "kepala desa, lalu datang dengan berkas lengkap. Kadang petugas justru "
                                "bisa datang berkunjung ke rumah.</p>"
                                "<p>Setelah kejadian ini, WKSBM desa itu membuat daftar kontak dan daftar "
                                "syarat yang ditempel di balai desa. Pertanyaan untuk Anda: apakah WKSBM "
                                "Anda sudah punya nomor TKSK dan penyuluh sosial yang bisa dihubungi hari "
                                "ini?</p>"
                            ),
                        },
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Laporan dan kabar tindak lanjut"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Dinas Sosial membutuhkan kabar dari bawah untuk merencanakan program. "
                            "Laporan dari WKSBM, misalnya jumlah lansia yang didampingi atau warga yang "
                            "dirujuk, membantu mereka melihat keadaan nyata di lapangan.</p>"
                            "<p>Sebaliknya, mintalah kabar tindak lanjut atas rujukan yang Anda kirim. "
                            "Hubungan yang saling memberi kabar ini meringankan kerja kedua pihak. Cara "
                            "menyusun laporan bulanan dibahas di kursus keterampilan.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "text": (
                                "<p>Buat satu lembar “kontak penting” berisi nomor lurah atau kepala "
                                "desa, TKSK, penyuluh sosial, puskesmas, bidan desa, dan ketua-ketua KPS. "
                                "Tempel di balai warga dan simpan fotonya di HP setiap pengurus.</p>"
                            ),
                        },
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                (
                                    "Mitra utama WKSBM: lurah atau kepala desa, Dinas Sosial lewat "
                                    "penyuluh sosial dan TKSK, puskesmas, serta tokoh dan kelompok "
                                    "setempat."
                                ),
                                (
                                    "Bangun hubungan sebelum membutuhkan: perkenalkan pengurus dan simpan "
                                    "kontak petugas."
                                ),
                                ("Dahulukan yang paling mendesak, biasanya kesehatan dan keselamatan."),
                                ("Telepon dulu, tanyakan syarat, lalu datang dengan berkas lengkap."),
                                (
                                    "Laporan rutin dan permintaan kabar tindak lanjut membuat koordinasi "
                                    "berjalan dua arah."
                                ),
                            ],
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "mengelola-organisasi-wksbm",
        "title": "Mengelola organisasi: keuangan, laporan, rapat, dan mediasi",
        "pillar": "keterampilan",
        "summary": (
            "Keterampilan praktis pengurus: mencatat buku kas dan kuitansi, menyusun laporan bulanan ke "
            "Dinas Sosial, memimpin rapat dengan musyawarah mufakat, dan menengahi masalah antarwarga."
        ),
        "duration_minutes": 60,
        "jabatan": ["ketua", "wakil_ketua", "sekretaris", "bendahara", "seksi", "anggota"],
        "lessons": [
            {
                "slug": "buku-kas-dan-kuitansi",
                "title": "Buku kas dan kuitansi sederhana",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Uang adalah urusan yang paling cepat merusak kepercayaan, tetapi juga "
                            "paling mudah dijaga bila dicatat dengan rapi. Anda tidak perlu belajar "
                            "akuntansi. Cukup satu buku kas, satu map kuitansi, dan kebiasaan mencatat "
                            "pada hari yang sama.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Buku kas umum"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Buku kas umum bisa berupa buku tulis bergaris atau buku folio. Buat enam "
                            "kolom:</p>"
                            "<ol>"
                            "<li>Tanggal.</li>"
                            "<li>Uraian: untuk apa uang dipakai, atau dari siapa uang diterima.</li>"
                            "<li>Nomor bukti: nomor kuitansi atau nota.</li>"
                            "<li>Pemasukan.</li>"
                            "<li>Pengeluaran.</li>"
                            "<li>Saldo: sisa uang setelah transaksi itu.</li>"
                            "</ol>"
                            "<p>Berikut contoh catatan Bu Wartini, bendahara WKSBM di Kelurahan "
                            "Magersari, Kota Magelang, untuk bulan Maret:</p>"
                            "<ul>"
                            "<li>1 Maret. Saldo awal dari bulan Februari. Saldo Rp1.250.000.</li>"
                            "<li>5 Maret. Iuran 10 pengurus, masing-masing Rp10.000 (kuitansi 06). Masuk "
                            "Rp100.000. Saldo Rp1.350.000.</li>"
                            "<li>8 Maret. Sumbangan Toko Bangunan Sumber Rejeki (kuitansi 07). Masuk "
                            "Rp500.000. Saldo Rp1.850.000.</li>"
                            "<li>12 Maret. Beras 10 kg dan minyak goreng untuk Mbah Warsini (nota 03). "
                            "Keluar Rp165.000. Saldo Rp1.685.000.</li>"
                            "<li>20 Maret. Ongkos mengantar Pak Harjono kontrol ke rumah sakit (kuitansi "
                            "08). Keluar Rp75.000. Saldo Rp1.610.000.</li>"
                            "<li>27 Maret. Konsumsi rapat bulanan untuk 15 orang (nota 04). Keluar "
                            "Rp120.000. Saldo Rp1.490.000.</li>"
                            "</ul>"
                            "<p>Perhatikan: setiap baris punya bukti, dan saldo dihitung ulang setiap "
                            "kali ada uang masuk atau keluar. Di akhir bulan, saldo di buku harus sama "
                            "dengan uang tunai di kotak kas ditambah uang di rekening.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Kuitansi dan bukti"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Setiap uang keluar harus ada buktinya: nota dari toko, atau kuitansi yang "
                            "ditandatangani penerima. Setiap uang masuk dari donatur juga sebaiknya "
                            "dibuatkan kuitansi rangkap dua: satu untuk donatur, satu disimpan WKSBM.</p>"
                        ),
                    },
                    {
                        "type": "checklist",
                        "value": {
                            "title": "Isi kuitansi yang lengkap",
                            "items": [
                                "Nomor kuitansi, berurutan.",
                                "Tanggal.",
                                "Nama pemberi dan nama penerima.",
                                (
                                    "Jumlah uang dalam angka dan huruf, misalnya Rp500.000 (lima ratus "
                                    "ribu rupiah)."
                                ),
                                ("Keperluannya, misalnya “sumbangan untuk kegiatan kunjungan lansia”."),
                                ("Tanda tangan penerima; untuk jumlah besar, ditambah tanda tangan ketua."),
                            ],
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": (
                                "<p>Jangan mencampur uang WKSBM dengan uang pribadi, walau hanya “dititip "
                                "sebentar”. Simpan uang tunai di kotak atau amplop khusus. Bila "
                                "memungkinkan, simpan saldo yang besar di rekening atas nama organisasi "
                                "yang penarikannya memerlukan dua tanda tangan, misalnya ketua dan "
                                "bendahara.</p>"
                            ),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Di akhir bulan, lakukan tutup buku: hitung uang tunai bersama ketua, "
                            "cocokkan dengan saldo rekening, lalu bandingkan dengan saldo di buku. Bila "
                            "ada selisih, misalnya kurang Rp20.000, jangan ditutupi atau ditombok "
                            "diam-diam. Telusuri catatan satu per satu, dan bila tetap tidak ketemu, "
                            "tulis sebagai selisih lalu sampaikan di rapat.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Kebiasaan yang menjaga kepercayaan"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<ul>"
                            "<li>Catat pada hari yang sama; jangan menunggu akhir bulan.</li>"
                            "<li>Salah tulis cukup dicoret satu garis dan diparaf, bukan ditutup cairan "
                            "penghapus atau disobek.</li>"
                            "<li>Bacakan ringkasan kas di setiap rapat: saldo awal, jumlah pemasukan, "
                            "jumlah pengeluaran, dan saldo akhir.</li>"
                            "<li>Ketua memeriksa dan ikut menandatangani buku kas setiap akhir bulan.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                (
                                    "Cukup satu buku kas umum dengan kolom tanggal, uraian, nomor bukti, "
                                    "pemasukan, pengeluaran, dan saldo."
                                ),
                                ("Setiap transaksi harus punya bukti: nota atau kuitansi."),
                                ("Saldo di buku harus sama dengan uang tunai ditambah uang di rekening."),
                                ("Jangan mencampur uang organisasi dengan uang pribadi."),
                                "Laporkan kas secara terbuka di setiap rapat.",
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "laporan-bulanan",
                "title": "Menyusun laporan bulanan ke Dinas Sosial",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Laporan bulanan sering dianggap beban, padahal ia adalah cermin kerja "
                            "WKSBM. Laporan yang rapi menunjukkan kepada lurah, Dinas Sosial, dan donatur "
                            "bahwa WKSBM benar-benar bekerja. Laporan itu juga menjadi bahan bagi "
                            "pengurus sendiri untuk menilai kegiatan.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Tanyakan format yang berlaku"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Setiap Dinas Sosial kabupaten/kota bisa memiliki format laporan sendiri. "
                            "Karena itu, langkah pertama adalah bertanya kepada penyuluh sosial atau "
                            "TKSK: adakah formulir yang harus dipakai, kapan batas waktunya, dan ke mana "
                            "laporan dikirim. Bila belum ada format khusus, Anda bisa memakai susunan "
                            "sederhana di bawah ini.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Isi laporan sederhana"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<ol>"
                            "<li><b>Identitas</b>: nama WKSBM, kelurahan atau desa, kecamatan, dan bulan "
                            "laporan.</li>"
                            "<li><b>Kegiatan bulan ini</b>: tanggal, nama kegiatan, tempat, dan jumlah "
                            "peserta. Misalnya: “12 Maret, kunjungan lansia di RW 02, diikuti 6 pengurus "
                            "dan 4 kader PKK.”</li>"
                            "<li><b>Warga yang didampingi</b>: jumlahnya menurut jenis, misalnya lansia, "
                            "penyandang disabilitas, anak, dan keluarga miskin. Nama lengkap dan alamat "
                            "disimpan di arsip WKSBM, kecuali Dinas Sosial memintanya untuk keperluan "
                            "rujukan.</li>"
                            "<li><b>Rujukan</b>: berapa warga dirujuk, ke mana, dan bagaimana hasilnya "
                            "sejauh ini.</li>"
                            "<li><b>Keuangan</b>: saldo awal, pemasukan, pengeluaran, dan saldo akhir, "
                            "sesuai buku kas. Contoh: saldo awal Rp1.250.000, pemasukan Rp600.000, "
                            "pengeluaran Rp360.000, saldo akhir Rp1.490.000.</li>"
                            "<li><b>Kendala dan rencana bulan depan</b>: apa yang belum berhasil dan apa "
                            "yang akan dilakukan.</li>"
                            "<li><b>Pengesahan</b>: tanda tangan ketua dan sekretaris, dengan lampiran "
                            "daftar hadir dan foto kegiatan bila ada.</li>"
                            "</ol>"
                        ),
                    },
                    {
                        "type": "checklist",
                        "value": {
                            "title": "Sebelum laporan dikirim",
                            "items": [
                                "Angka keuangan sama dengan buku kas.",
                                ("Jumlah warga yang didampingi sama dengan catatan sekretaris."),
                                (
                                    "Tidak ada data pribadi yang tidak perlu, seperti nomor KTP atau nama "
                                    "penyakit, yang ikut tersebar."
                                ),
                                "Sudah ditandatangani ketua dan sekretaris.",
                                ("Sudah difotokopi atau difoto sebagai arsip WKSBM."),
                                ("Dikirim sebelum batas waktu yang disepakati dengan Dinas Sosial."),
                            ],
                        },
                    },
                    {"type": "heading", "value": {"text": "Singkat dan jujur"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Laporan yang baik tidak harus tebal. Dua halaman yang jujur lebih "
                            "berharga daripada sepuluh halaman yang dibuat-buat. Bila bulan ini kegiatan "
                            "sepi karena pengurus sibuk panen atau musim hujan, tuliskan apa adanya "
                            "beserta rencana ke depan.</p>"
                            "<p>Contohnya, Pak Rusdi, sekretaris WKSBM di Desa Talang Padang, Kecamatan "
                            "Pino Raya, Bengkulu Selatan, menulis laporan dengan tangan di buku. Ia "
                            "memotretnya dan mengirimkannya lewat WhatsApp kepada TKSK, lalu menyerahkan "
                            "lembar aslinya saat ada pertemuan di kecamatan. Cara sederhana ini sudah "
                            "disepakati dengan TKSK dan berjalan rutin setiap bulan.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "text": (
                                "<p>Siapkan laporan sedikit demi sedikit. Setiap kali kegiatan selesai, "
                                "sekretaris langsung menulis dua atau tiga baris di buku kegiatan: "
                                "tanggal, apa yang dilakukan, siapa yang hadir. Di akhir bulan, tinggal "
                                "menyalin.</p>"
                            ),
                        },
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                (
                                    "Tanyakan dulu format, batas waktu, dan tujuan laporan kepada "
                                    "penyuluh sosial atau TKSK."
                                ),
                                (
                                    "Isi pokok laporan: identitas, kegiatan, warga yang didampingi, "
                                    "rujukan, keuangan, kendala dan rencana, pengesahan."
                                ),
                                ("Angka keuangan di laporan harus sama dengan buku kas."),
                                "Lindungi data pribadi warga dalam laporan.",
                                ("Singkat dan jujur lebih baik daripada tebal dan dibuat-buat."),
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "memimpin-rapat",
                "title": "Memimpin rapat: agenda, notulen, dan musyawarah mufakat",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Rapat adalah jantung WKSBM. Di rapat, kabar warga dikumpulkan, tugas "
                            "dibagi, dan keputusan diambil bersama. Rapat yang baik tidak harus lama. "
                            "Yang penting tujuannya jelas, semua orang didengar, dan hasilnya dicatat.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Sebelum rapat"}},
                    {
                        "type": "checklist",
                        "value": {
                            "title": "Persiapan rapat",
                            "items": [
                                (
                                    "Tentukan tanggal, jam, dan tempat; usahakan jadwal tetap, misalnya "
                                    "Jumat kedua setiap bulan pukul 19.30."
                                ),
                                ("Susun agenda, paling banyak tiga atau empat pokok bahasan."),
                                (
                                    "Kirim undangan paling lambat tiga hari sebelumnya, lewat surat atau "
                                    "grup WhatsApp."
                                ),
                                ("Siapkan daftar hadir, buku notulen, dan ringkasan kas dari bendahara."),
                                ("Siapkan konsumsi sederhana sesuai kemampuan kas."),
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Contoh agenda rapat bulanan WKSBM:</p>"
                            "<ol>"
                            "<li>Pembukaan dan doa.</li>"
                            "<li>Membaca keputusan rapat lalu dan memeriksa pelaksanaannya.</li>"
                            "<li>Kabar warga dari setiap RW.</li>"
                            "<li>Laporan kas oleh bendahara.</li>"
                            "<li>Pembahasan: rencana kunjungan lansia menjelang Lebaran.</li>"
                            "<li>Pembagian tugas, lalu penutup.</li>"
                            "</ol>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Selama rapat"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Sebagai pemimpin rapat, tugas Anda adalah menjaga waktu dan memastikan "
                            "semua orang mendapat kesempatan bicara. Beberapa kiat:</p>"
                            "<ul>"
                            "<li>Mulai tepat waktu, walau peserta belum lengkap.</li>"
                            "<li>Bacakan agenda di awal, dan kembalikan pembicaraan ke agenda bila mulai "
                            "melebar.</li>"
                            "<li>Beri kesempatan kepada yang jarang bicara, misalnya: “Bu Sumini, "
                            "bagaimana pengalaman Ibu di RW 04?”</li>"
                            "<li>Pisahkan orang dari masalahnya: kritik ditujukan pada cara kerja, bukan "
                            "pada pribadi.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Musyawarah mufakat dan notulen"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Keputusan WKSBM sebaiknya diambil dengan <b>musyawarah untuk mufakat</b>: "
                            "semua pendapat didengar, lalu dicari jalan yang bisa diterima bersama. Bila "
                            "setelah dibahas sungguh-sungguh mufakat tetap tidak tercapai, keputusan "
                            "dapat diambil dengan suara terbanyak sesuai kesepakatan pengurus, dan "
                            "pendapat pihak yang kalah suara tetap dihormati.</p>"
                            "<p>Notulen tidak perlu mencatat setiap kalimat. Yang wajib dicatat: tanggal, "
                            "tempat, jumlah yang hadir, pokok bahasan, keputusan, dan siapa mengerjakan "
                            "apa sampai kapan. Contoh satu keputusan dalam notulen WKSBM Kelurahan "
                            "Rejowinangun Utara: “Kunjungan lansia RW 02 dan RW 05 dilaksanakan 24 Maret. "
                            "Penanggung jawab: Bu Tri Handayani dan Mas Yoga. Dana dari kas "
                            "Rp200.000.”</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Bila suasana memanas, jangan ikut meninggikan suara. Ringkas pendapat "
                            "kedua pihak dengan tenang, misalnya: “Jadi Pak Darto ingin bantuan segera "
                            "dibagi, sedangkan Bu Warsih ingin datanya dicek dulu. Keduanya ingin bantuan "
                            "tepat sasaran.” Kalimat seperti ini membantu peserta melihat bahwa mereka "
                            "sebenarnya punya tujuan yang sama.</p>"
                        ),
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "text": (
                                "<p>Sebelum menutup rapat, bacakan ulang semua keputusan beserta "
                                "penanggung jawab dan batas waktunya. Dengan begitu tidak ada peserta "
                                "yang pulang dengan pemahaman yang berbeda.</p>"
                            ),
                        },
                    },
                    {"type": "heading", "value": {"text": "Setelah rapat"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Pekerjaan pemimpin rapat belum selesai ketika peserta pulang. Pastikan "
                            "sekretaris merapikan notulen paling lambat dua hari kemudian dan mengirim "
                            "ringkasan keputusan ke grup pengurus. Beberapa hari sebelum batas waktu, "
                            "ingatkan penanggung jawab dengan ramah. Di rapat berikutnya, keputusan lama "
                            "dibacakan lagi dan diperiksa: sudah dikerjakan, sedang berjalan, atau perlu "
                            "dibantu.</p>"
                        ),
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                ("Rapat yang baik: tujuannya jelas, semua orang didengar, hasilnya dicatat."),
                                ("Siapkan agenda, undangan, daftar hadir, buku notulen, dan ringkasan kas."),
                                ("Pemimpin rapat menjaga waktu dan memberi kesempatan bicara kepada semua."),
                                (
                                    "Utamakan musyawarah mufakat; suara terbanyak hanya bila mufakat "
                                    "benar-benar tidak tercapai."
                                ),
                                ("Notulen mencatat keputusan, penanggung jawab, dan batas waktu."),
                            ],
                        },
                    },
                ],
            },
            {
                "slug": "menengahi-masalah-warga",
                "title": "Menengahi masalah antarwarga",
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Sebagai pengurus yang dikenal dan dipercaya, Anda mungkin dimintai tolong "
                            "ketika dua tetangga berselisih. Menengahi bukan berarti menjadi hakim yang "
                            "memutuskan siapa benar dan siapa salah. Tugas Anda adalah membantu kedua "
                            "pihak berbicara dengan tenang dan menemukan jalan keluar yang mereka "
                            "sepakati sendiri.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Sikap dasar seorang penengah"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<ul>"
                            "<li><b>Netral.</b> Jangan memihak, walaupun salah satu pihak adalah kerabat "
                            "atau teman dekat Anda. Bila sulit bersikap netral, minta pengurus lain yang "
                            "menengahi.</li>"
                            "<li><b>Lebih banyak mendengar daripada berbicara.</b> Orang yang merasa "
                            "didengar lebih mudah diajak mencari jalan keluar.</li>"
                            "<li><b>Menjaga rahasia.</b> Apa yang dibicarakan dalam pertemuan tidak "
                            "dibawa ke warung atau grup WhatsApp.</li>"
                            "<li><b>Sabar.</b> Perselisihan yang sudah lama jarang selesai dalam satu "
                            "kali pertemuan.</li>"
                            "</ul>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Langkah menengahi"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<ol>"
                            "<li>Temui masing-masing pihak secara terpisah lebih dulu. Dengarkan cerita "
                            "dan keinginan mereka.</li>"
                            "<li>Cari kepentingan bersama di balik tuntutan yang berbeda, misalnya "
                            "keduanya sama-sama ingin aman dan hidup rukun.</li>"
                            "<li>Pertemukan kedua pihak di tempat yang netral, misalnya rumah ketua RT, "
                            "rumah kepala dusun, atau balai warga, dengan aturan sederhana: bicara "
                            "bergantian dan tanpa membentak.</li>"
                            "<li>Ajak kedua pihak mengusulkan jalan keluar, lalu bantu memilah mana yang "
                            "bisa dijalankan.</li>"
                            "<li>Tuliskan kesepakatan dengan singkat, bacakan, dan tanda tangani bersama "
                            "bila mereka bersedia.</li>"
                            "<li>Kunjungi kembali setelah beberapa minggu untuk memastikan kesepakatan "
                            "berjalan.</li>"
                            "</ol>"
                        ),
                    },
                    {
                        "type": "case_study",
                        "value": {
                            "title": "Atap bocor dan dinding tetangga",
                            "scenario": (
                                "<p>Di Desa Terulung, Kecamatan Manna, Kabupaten Bengkulu Selatan, rumah "
                                "papan milik Wak Sapri (74 tahun) sudah miring dan atapnya bocor. Ia "
                                "tinggal sendiri; anak-anaknya merantau ke Kota Bengkulu dan Jambi.</p>"
                                "<p>Tetangganya, Pak Darmawan, baru saja membangun rumah tembok tepat di "
                                "sebelahnya. Setiap hujan deras, air dari atap Wak Sapri mengalir ke "
                                "dinding rumah Pak Darmawan dan membuatnya lembap. Pak Darmawan sudah dua "
                                "kali menegur dengan keras, dan kini mengancam melapor ke kepala desa "
                                "agar rumah Wak Sapri “dirobohkan saja”. Wak Sapri merasa dihina dan "
                                "tidak mau lagi keluar rumah.</p>"
                                "<p>Kepala dusun meminta bantuan Bu Yusnani, wakil ketua WKSBM. Apa yang "
                                "sebaiknya ia lakukan?</p>"
                            ),
                            "discussion": (
                                "<p>Bu Yusnani lebih dulu menemui Pak Darmawan sendirian. Ia mendengarkan "
                                "tanpa membantah, lalu bertanya apa yang sebenarnya diinginkan. Ternyata "
                                "Pak Darmawan tidak sungguh-sungguh ingin rumah tetangganya roboh; ia "
                                "hanya ingin dindingnya tidak rusak. Kemudian Bu Yusnani mengunjungi Wak "
                                "Sapri, yang mengaku malu karena tidak punya uang untuk memperbaiki "
                                "atap.</p>"
                                "<p>Kepentingan keduanya ternyata bisa bertemu: atap diperbaiki dan "
                                "talang air dipasang. Dalam pertemuan di rumah kepala dusun, disepakati "
                                "bahwa karang taruna dan jemaah masjid bergotong royong memperbaiki atap, "
                                "Pak Darmawan menyumbang talang dan seng bekas, dan WKSBM menambah "
                                "Rp350.000 dari kas untuk paku dan kayu. Pengurus juga menghubungi "
                                "anak-anak Wak Sapri, dan bertanya kepada TKSK apakah ada bantuan "
                                "perbaikan rumah bagi lansia yang tinggal sendiri. Kesepakatan ditulis di "
                                "selembar kertas dan ditandatangani kedua pihak serta kepala dusun.</p>"
                                "<p>Bahan diskusi: Mengapa Bu Yusnani menemui kedua pihak secara terpisah "
                                "lebih dulu? Apa yang mungkin terjadi bila ia langsung mempertemukan "
                                "mereka pada hari yang sama? Kekuatan KPS mana yang bisa Anda gerakkan "
                                "untuk masalah serupa di lingkungan Anda?</p>"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": (
                                "<p>Tidak semua masalah boleh ditengahi sendiri oleh WKSBM. Kekerasan "
                                "dalam rumah tangga, kekerasan atau pelecehan terhadap anak, dan tindak "
                                "pidana lain harus dirujuk kepada pihak berwenang dan Dinas Sosial. "
                                "Jangan mendorong korban untuk “berdamai” dengan pelaku; keselamatan "
                                "korban adalah yang utama.</p>"
                            ),
                        },
                    },
                    {
                        "type": "key_points",
                        "value": {
                            "title": "Poin penting",
                            "points": [
                                (
                                    "Penengah membantu kedua pihak menemukan jalan keluar sendiri; ia "
                                    "bukan hakim."
                                ),
                                (
                                    "Sikap dasar penengah: netral, banyak mendengar, menjaga rahasia, dan "
                                    "sabar."
                                ),
                                (
                                    "Temui masing-masing pihak secara terpisah, cari kepentingan bersama, "
                                    "baru pertemukan."
                                ),
                                (
                                    "Tulis kesepakatan dan kunjungi kembali untuk memastikan kesepakatan "
                                    "berjalan."
                                ),
                                ("Kekerasan dan tindak pidana tidak ditengahi sendiri, tetapi dirujuk."),
                            ],
                        },
                    },
                ],
            },
        ],
    },
]
