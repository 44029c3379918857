"""Demo assessments for the three demo courses (`demo.course_content`): data only, in Bahasa Indonesia.

- `QUIZZES[course_slug]["pre_test" | "post_test"]`: GIFT text for `assessments.importers.gift.parse`.
  Every question starts with "[html]" so that a sentence may be wrapped over several lines of this
  file (HTML whitespace shows as one space); "<br>" breaks a line where the learner should see one.
  GIFT's special characters in the prose are escaped ("\\:").
- `SELF_ASSESSMENTS[course_slug]`: Likert statements (text, reverse_scored) on commitment.
- `RUBRIC`: the field-observation rubric for the keterampilan course `RUBRIC_COURSE`, levels 1-4.
- `SESSION_TOPICS`: pembinaan sessions a penyuluh sosial runs with a WKSBM.
"""

# Komitmen: Mengenal WKSBM dan peran pengurus

_MENGENAL_WKSBM_PRE = r"""
::Kepanjangan WKSBM:: [html]Apa kepanjangan WKSBM? {
    =Wahana Kesejahteraan Sosial Berbasis Masyarakat #Tepat. “Wahana” berarti wadah atau kendaraan.
    ~Wadah Kerja Sosial Bina Masyarakat #Belum tepat. Huruf W berarti “wahana”, dan huruf K dan S
        berarti “kesejahteraan sosial”.
    ~Warga Kelurahan Sejahtera Bersama Masyarakat #Belum tepat. WKSBM bukan nama program kelurahan,
        melainkan wadah kesejahteraan sosial milik warga.
    ~Wahana Kerukunan Sosial Bina Mandiri #Belum tepat. Kata kuncinya adalah kesejahteraan sosial
        yang berbasis masyarakat, bukan kerukunan.
    ####WKSBM adalah singkatan dari Wahana Kesejahteraan Sosial Berbasis Masyarakat, yaitu wadah tempat
    kelompok-kelompok warga di satu kelurahan atau desa bertemu, berbagi kabar, dan bekerja sama
    menolong warga yang sedang kesulitan.
}

::Pengesahan pengurus:: [html]Pak Hasan Basri dan kawan-kawan baru saja dipilih warga Desa Muara Danau
menjadi pengurus WKSBM. Dengan surat apa susunan pengurus mereka disahkan? {
    =Surat Keputusan (SK) kepala desa #Tepat. Di kelurahan, SK diterbitkan lurah.
    ~Keputusan Menteri Sosial #Belum tepat. Kepmensos 42/HUK/2004 adalah pedoman pelaksanaan WKSBM
        secara umum, bukan pengesahan pengurus di setiap desa.
    ~Surat rekomendasi dari puskesmas #Belum tepat. Puskesmas adalah mitra rujukan kesehatan dan tidak
        berwenang mengesahkan pengurus WKSBM.
    ~Cukup berita acara rapat warga, tanpa surat lain #Belum tepat. Rapat warga memang memilih
        pengurus, tetapi pengesahannya dengan SK lurah atau kepala desa.
    ####Pengurus WKSBM disahkan dengan SK lurah (di kelurahan) atau kepala desa (di desa). SK ini sering
    diminta ketika pengurus berurusan dengan Dinas Sosial, puskesmas, atau calon donatur, jadi simpan
    fotokopinya di map organisasi dan fotonya di HP.
}

::Tiga tugas pokok:: [html]Kerja WKSBM dapat diringkas menjadi tiga tugas pokok. Manakah ketiganya? {
    =Penumbuhan, penggalangan, dan penyaluran #Tepat.
    ~Pendataan, pelaporan, dan pengawasan #Belum tepat. Pendataan dan pelaporan adalah alat kerja
        pengurus, bukan tugas pokok, dan pengawasan bukan tugas WKSBM.
    ~Penyuluhan, pelatihan, dan pembinaan #Belum tepat. Ketiganya adalah kerja penyuluh sosial dan Dinas
        Sosial untuk WKSBM, bukan tugas pokok WKSBM sendiri.
    ~Iuran, arisan, dan simpan pinjam #Belum tepat. Itu kegiatan kelompok ekonomi warga. WKSBM bukan
        koperasi atau arisan.
    ####Tiga tugas pokok WKSBM\: penumbuhan (menumbuhkan kepedulian dan kesetiakawanan warga),
    penggalangan (mengumpulkan dana, barang, dan tenaga secara terbuka), dan penyaluran (menyalurkan
    bantuan, termasuk merujuk warga ke Dinas Sosial, puskesmas, atau lembaga lain).
}

::WKSBM dan kelompok yang sudah ada:: [html]Setelah WKSBM terbentuk di sebuah kelurahan, kegiatan PKK,
karang taruna, pengajian, dan rukun kematian sebaiknya dilebur ke dalam WKSBM supaya tidak tumpang
tindih. {F
    #Kurang tepat. WKSBM tidak menggantikan kelompok yang sudah ada. Kelompok-kelompok itu tetap berjalan
    seperti biasa, dan WKSBM merangkai mereka.
    #Tepat. WKSBM menjadi simpul yang menghubungkan kelompok-kelompok itu, bukan menggantikannya.
    ####WKSBM adalah wadah yang menghubungkan kelompok pelayanan sosial warga. Pengajian, PKK, karang
    taruna, arisan RT, dan rukun kematian tetap berjalan; lewat rapat WKSBM kabar dari mereka bertemu,
    sehingga bantuan tidak tumpang tindih dan tidak ada warga yang terlewat.
}

::Contoh KPS:: [html]Manakah yang termasuk kelompok pelayanan sosial (KPS) yang dirangkai oleh WKSBM?
Pilih semua yang benar. {
    ~%50%Majelis taklim yang biasa menjenguk lansia yang sakit #Benar. Majelis taklim adalah KPS
        keagamaan dan sering tahu lansia yang tidak lagi bisa keluar rumah.
    ~%50%Rukun kematian di tingkat RW #Benar. Rukun kematian adalah KPS yang cepat bergerak saat ada
        warga meninggal.
    ~%-50%Puskesmas kecamatan #Bukan. Puskesmas adalah lembaga pemerintah dan tujuan rujukan kesehatan,
        bukan kelompok warga.
    ~%-50%Dinas Sosial kabupaten atau kota #Bukan. Dinas Sosial membina WKSBM dan menjadi tujuan
        rujukan, tetapi bukan kelompok warga.
    ####KPS adalah kelompok warga yang kegiatannya memberi manfaat sosial bagi anggotanya atau
    lingkungannya\: perkumpulan RT dan RW, dasawisma, majelis taklim, yasinan, PKK, kader posyandu,
    karang taruna, arisan, kelompok simpan pinjam, dan rukun kematian.
}
"""

_MENGENAL_WKSBM_POST = r"""
::Arti kata wahana:: [html]Di pertemuan RW, seorang warga bertanya kepada Bu Endang, pengurus WKSBM
Kelurahan Kramat Selatan, “Wahana itu artinya apa, Bu?” Jawaban mana yang paling tepat? {
    =Wadah atau kendaraan tempat kelompok-kelompok warga bertemu dan bekerja sama menolong warga yang
        kesulitan #Tepat.
    ~Kantor cabang Dinas Sosial di kelurahan #Kurang tepat. WKSBM milik warga, bukan kantor pemerintah,
        walaupun diakui negara dan dibina Dinas Sosial.
    ~Kelompok baru yang menggantikan PKK, karang taruna, dan pengajian #Kurang tepat. WKSBM tidak
        menggantikan kelompok yang sudah ada; ia merangkai mereka.
    ~Tempat warga mendaftar untuk mendapat bantuan pemerintah #Kurang tepat. WKSBM bukan “loket
        bantuan”. Tugas pertamanya justru menumbuhkan kepedulian warga.
    ####“Wahana” berarti wadah atau kendaraan. WKSBM (Wahana Kesejahteraan Sosial Berbasis Masyarakat)
    adalah wadah tempat berbagai kelompok warga di satu kelurahan atau desa bertemu, berbagi kabar, dan
    bekerja sama.
}

::Aturan tentang 12 PSKS:: [html]Bu Tri Handayani menyusun profil WKSBM untuk calon donatur. Ia ingin
menyebut aturan yang menggolongkan WKSBM sebagai salah satu dari 12 jenis Potensi dan Sumber
Kesejahteraan Sosial (PSKS). Aturan mana yang ia tulis? {
    =Peraturan Menteri Sosial Nomor 08 Tahun 2012 #Tepat.
    ~Undang-Undang Nomor 11 Tahun 2009 #Kurang tepat. UU 11/2009 tentang Kesejahteraan Sosial menegaskan
        bahwa kesejahteraan sosial adalah tanggung jawab pemerintah bersama masyarakat, tetapi tidak
        merinci 12 jenis PSKS.
    ~Keputusan Menteri Sosial Nomor 42/HUK/2004 #Kurang tepat. Kepmensos 42/HUK/2004 adalah pedoman
        pelaksanaan WKSBM\: wadahnya, pengurusnya, dan kegiatannya.
    ~SK lurah tentang susunan pengurus #Kurang tepat. SK lurah mengesahkan pengurus di satu kelurahan,
        bukan menggolongkan jenis PSKS.
    ####Tiga pijakan hukum WKSBM\: UU 11/2009 (kesejahteraan sosial tanggung jawab pemerintah bersama
    masyarakat), Kepmensos 42/HUK/2004 (pedoman pelaksanaan WKSBM), dan Permensos 08/2012 (WKSBM salah
    satu dari 12 jenis PSKS, bersama antara lain penyuluh sosial, TKSK, dan karang taruna).
}

::Susunan pengurus paling sederhana:: [html]WKSBM Desa Talang Padang akan dibentuk, tetapi baru sedikit
warga yang benar-benar siap bekerja. Susunan pengurus paling sederhana yang masih memadai adalah ... {
    =Ketua dan sekretaris #Tepat.
    ~Ketua saja, asalkan ia aktif #Kurang tepat. Organisasi yang bertumpu pada satu orang rapuh; susunan
        minimal adalah ketua dan sekretaris.
    ~Ketua, wakil ketua, sekretaris, bendahara, dan paling sedikit lima seksi #Kurang tepat. Itu susunan
        lengkap yang lazim, tetapi tidak wajib. Lebih baik lima orang aktif daripada dua puluh nama di SK.
    ~Semua ketua RT dan RW di desa itu #Kurang tepat. Tidak ada ketentuan seperti itu; pengurus dipilih
        menurut kesiapannya bekerja.
    ####Susunan paling sederhana cukup ketua dan sekretaris. Besar kecilnya susunan menyesuaikan kebutuhan
    dan jumlah orang yang benar-benar siap bekerja.
}

::Tugas sekretaris:: [html]Bu Nelly Herawati baru diangkat menjadi sekretaris WKSBM. Pekerjaan mana yang
menjadi tugas utamanya? {
    =Mengurus surat dan undangan, daftar hadir, notulen rapat, catatan warga yang didampingi, dan laporan
        kegiatan #Tepat.
    ~Mencatat setiap uang masuk dan keluar di buku kas serta menyimpan kuitansi #Kurang tepat. Itu tugas
        bendahara.
    ~Mewakili WKSBM ke lurah, Dinas Sosial, puskesmas, dan donatur #Kurang tepat. Itu tugas ketua;
        sekretaris membantu dengan surat dan catatan.
    ~Mengantar sendiri setiap warga yang perlu berobat ke puskesmas #Kurang tepat. Mengantar warga bisa
        dibagi bergiliran, misalnya dengan karang taruna; itu bukan tugas khusus sekretaris.
    ####Ketua memimpin dan mewakili, sekretaris mengurus administrasi, bendahara mengurus uang, seksi
    menjalankan bidangnya, dan anggota menjadi mata dan telinga di lingkungannya.
}

::Kebiasaan pengurus yang kompak:: [html]Bu Murniati, ketua WKSBM Kelurahan Kedungsari, selama ini
menulis notulen sendiri, menyimpan uang sumbangan di dompetnya, dan mengantar sendiri warga ke puskesmas.
Ketika ia sakit, kegiatan WKSBM berhenti. Kebiasaan mana yang perlu diterapkan pengurus? Pilih semua
yang benar. {
    ~%33.33333%Pembagian tugas ditulis dan disepakati dalam rapat, bukan hanya diucapkan #Benar.
    ~%33.33333%Setiap tugas punya pemegang dan pengganti bila pemegangnya berhalangan #Benar.
    ~%33.33333%Uang dipegang bendahara dengan catatan, dan ketua serta bendahara sama-sama tahu saldonya
        #Benar.
    ~%-50%Bu Murniati tetap memegang semua urusan karena ia yang paling berpengalaman #Bukan. Justru ini
        yang membuat organisasi rapuh\: bila ia berhalangan, semua kegiatan berhenti.
    ~%-50%Uang sumbangan dititipkan bergiliran di rumah pengurus tanpa catatan supaya adil #Bukan. Uang
        tidak boleh dipegang tanpa catatan, siapa pun pemegangnya.
    ####Pekerjaan yang hanya dipegang satu orang membuat organisasi rapuh. Tulis pembagian tugas,
    sepakati dalam rapat, siapkan pengganti, dan jangan pernah memegang uang sendirian tanpa catatan.
}

::Gotong royong dan kesetiakawanan:: [html]Kesetiakawanan sosial adalah rasa senasib sepenanggungan yang
mendorong orang bertindak ketika sesamanya kesulitan. Apa hubungan gotong royong dengan kesetiakawanan
sosial? {
    =Gotong royong adalah cara kerjanya\: beban yang berat dipikul bersama sehingga terasa ringan
        #Tepat.
    ~Gotong royong hanya berarti kerja bakti membersihkan lingkungan #Kurang tepat. Kerja bakti salah satu
        wujudnya, tetapi gotong royong juga hidup dalam tolong-menolong membangun rumah dan rukun kematian.
    ~Gotong royong adalah program pemerintah yang dijalankan WKSBM #Kurang tepat. Warga sudah terbiasa
        saling menolong jauh sebelum ada program pemerintah; WKSBM berdiri di atas kebiasaan itu.
    ~Gotong royong tidak diperlukan lagi bila kas WKSBM cukup #Kurang tepat. Kas biasanya terbatas, dan
        kekuatan tetangga justru digerakkan lebih dulu.
    ####Kesetiakawanan sosial adalah rasa senasib yang mendorong orang bertindak; gotong royong adalah cara
    kerjanya. Tugas pengurus adalah merawat kebiasaan baik ini agar tetap hidup dan terarah.
}

::Kekuatan tetangga lebih dulu:: [html]Mbah Sukinah (80 tahun) di Kelurahan Cacaban tinggal sendiri
sejak cucunya bekerja di Semarang. Tangannya sering gemetar sehingga ia jarang memasak. Kabar ini sampai
ke rapat WKSBM lewat kader PKK. Langkah mana yang paling sesuai? {
    =Menanyakan lebih dulu tetangga dan kelompok mana yang dekat dan bisa membantu, misalnya bergiliran
        mengantar makan, lalu memakai kas untuk kebutuhan yang tidak bisa dipenuhi tetangga #Tepat.
    ~Langsung mengambil Rp300.000 dari kas untuk membeli makanan setiap minggu #Kurang tepat. Kas cepat
        habis bila dipakai lebih dulu. Gerakkan kekuatan tetangga, baru kas menyusul.
    ~Memotret dapur Mbah Sukinah dan mengunggahnya ke grup WhatsApp warga agar banyak yang menyumbang
        #Kurang tepat. Ini merendahkan martabatnya; jangan menyebarkan foto penerima bantuan tanpa izin.
    ~Menunggu sampai ada program bantuan dari pemerintah #Kurang tepat. Bantuan dari tetangga sering lebih
        cepat dan lebih tahan lama; menunggu bisa membuat keadaan Mbah Sukinah memburuk.
    ####Urutannya\: gerakkan dulu kekuatan warga sekitar (tetangga yang bergiliran, remaja masjid, kader
    PKK), hubungi keluarganya (cucunya di Semarang), lalu pakai kas untuk kebutuhan yang tersisa,
    misalnya ongkos ojek ke puskesmas.
}

::Foto penerima bantuan:: [html]Bendahara WKSBM boleh memotret penerima bantuan beras dan menyebarkan
fotonya di grup WhatsApp warga tanpa meminta izin, asalkan tujuannya agar donatur percaya. {F
    #Kurang tepat. Orang yang sedang susah tetap punya harga diri, dan keluarganya bisa merasa malu.
    Jangan menyebarkan foto penerima bantuan tanpa izinnya.
    #Tepat. Kepercayaan donatur dibangun dengan laporan penggunaan dana yang terbuka, bukan dengan
    mempermalukan penerima.
    ####Keterbukaan tentang penggunaan dana membuat warga percaya, misalnya dengan mengumumkan jumlah
    dana dan kegiatannya di rapat atau pertemuan RT. Martabat dan privasi warga yang dibantu tetap
    dijaga.
}

::Tugas pokok yang pertama:: [html]Tugas pokok WKSBM yang pertama, yaitu membuat lebih banyak warga ikut
peduli, misalnya lewat ajakan di pengajian dan pertemuan RT, disebut {
    =penumbuhan #Tepat.
    =tugas penumbuhan #Tepat.
    ####Jawabannya “penumbuhan”. Kesalahan yang sering terjadi adalah menganggap WKSBM sebagai “loket
    bantuan”, padahal tugas pertamanya menumbuhkan kepedulian dan kesetiakawanan sosial warga.
}. Tuliskan satu kata.

::WKSBM sebagai penghubung KPS:: [html]Bu Siti Rahayu, seksi hubungan KPS di Kelurahan Potrobangsan,
ingin mengajak karang taruna ikut mendampingi lansia. Kalimat pembuka mana yang paling sesuai dengan
kedudukan WKSBM terhadap KPS? {
    =“Mas, bagaimana kalau kita kerjakan bersama? Karang taruna punya tenaga, WKSBM bisa menghubungkan
        dengan keluarga lansianya.” #Tepat.
    ~“Karang taruna harus menyediakan lima relawan setiap Minggu sesuai keputusan WKSBM.” #Kurang tepat.
        Nada ini memerintah; WKSBM adalah penghubung, bukan atasan KPS.
    ~“Kalau karang taruna tidak mau membantu, nanti kami laporkan ke lurah.” #Kurang tepat. Ancaman
        merusak hubungan. Jaringan hidup karena hubungan yang saling memberi.
    ~“Tidak usah repot, biar WKSBM saja yang mengerjakan semuanya.” #Kurang tepat. Kekuatan WKSBM ada
        pada jaringannya; WKSBM tidak perlu mengerjakan semuanya sendiri.
    ####Posisikan WKSBM sebagai teman yang menghubungkan, bukan atasan yang memberi perintah. Datanglah ke
    pertemuan KPS, ucapkan terima kasih secara terbuka, dan sebut kerja mereka dalam laporan WKSBM.
}
"""

# Pengetahuan: PPKS, PSKS, dan alur pencegahan, penanganan, serta rujukan

_PPKS_PRE = r"""
::Kepanjangan PPKS:: [html]Apa kepanjangan PPKS yang sering dipakai Dinas Sosial? {
    =Pemerlu Pelayanan Kesejahteraan Sosial #Tepat.
    ~Potensi dan Pelayanan Kesejahteraan Sosial #Belum tepat. Kata “potensi” ada pada PSKS, yaitu pihak
        yang bisa membantu. PPKS adalah warga yang memerlukan layanan.
    ~Penyandang Permasalahan Kesejahteraan Sosial #Belum tepat. Ini mirip istilah lama PMKS. Istilah
        PPKS menekankan kebutuhan akan layanan, bukan masalah yang melekat pada orangnya.
    ~Program Perlindungan Keluarga Sejahtera #Belum tepat. PPKS bukan nama program, melainkan sebutan
        bagi warga yang memerlukan pelayanan kesejahteraan sosial.
    ####PPKS adalah perseorangan, keluarga, atau kelompok yang karena suatu hambatan atau kesulitan tidak
    dapat menjalankan fungsi sosialnya, sehingga memerlukan pelayanan kesejahteraan sosial.
}

::Contoh PSKS:: [html]Di antara pihak berikut, mana yang termasuk PSKS (Potensi dan Sumber Kesejahteraan
Sosial)? {
    =Karang taruna di kelurahan #Tepat.
    ~Lansia terlantar yang tinggal sendiri #Belum tepat. Lansia terlantar termasuk PPKS, yaitu warga yang
        memerlukan layanan.
    ~Keluarga korban banjir #Belum tepat. Korban bencana alam termasuk PPKS.
    ~Anak jalanan #Belum tepat. Anak jalanan termasuk PPKS.
    ####PPKS adalah warga yang perlu dibantu, PSKS adalah pihak yang bisa membantu. Permensos 08/2012
    menyebut 12 jenis PSKS, di antaranya WKSBM, karang taruna, penyuluh sosial, TKSK, pekerja sosial
    masyarakat, dan lembaga kesejahteraan sosial.
}

::Tiga lapis kerja:: [html]Dalam menghadapi masalah sosial, WKSBM bekerja dalam tiga lapis. Manakah
ketiganya? {
    =Pencegahan, penanganan, dan rujukan #Tepat.
    ~Penumbuhan, penggalangan, dan penyaluran #Belum tepat. Itu tiga tugas pokok WKSBM, bukan tiga lapis
        kerja menghadapi masalah sosial.
    ~Pendataan, pelaporan, dan evaluasi #Belum tepat. Ketiganya alat kerja pengurus, bukan lapis kerja.
    ~Kunjungan, bantuan, dan dokumentasi #Belum tepat. Kunjungan dan bantuan adalah bagian dari
        penanganan; yang belum ada adalah pencegahan dan rujukan.
    ####Mencegah agar masalah tidak muncul atau tidak memburuk, menangani apa yang bisa ditangani warga
    sendiri, dan merujuk apa yang membutuhkan bantuan lembaga lain.
}

::Keadaan darurat:: [html]Mas Andi menemukan tetangganya, Pak Karyo, tergeletak tidak sadarkan diri di
rumahnya. Sebagai anggota WKSBM, ia sebaiknya menunggu keputusan rapat pengurus sebelum membawa Pak
Karyo ke fasilitas kesehatan. {F
    #Kurang tepat. Dalam keadaan darurat, jangan menunggu rapat. Keselamatan yang utama.
    #Tepat. Bawa segera ke fasilitas kesehatan terdekat, lalu kabari pengurus.
    ####Dalam keadaan darurat, misalnya warga tidak sadarkan diri, anak dalam bahaya, atau kekerasan
    sedang terjadi\: selamatkan dulu, rapat kemudian.
}

::Rujukan kesehatan:: [html]Mbak Ratri, anggota WKSBM Kelurahan Tidar Selatan, mencatat bahwa Pak Parjo,
tetangganya yang terkena stroke, sudah dua bulan tidak kontrol. Ke mana terutama Pak Parjo perlu
dirujuk? {
    =Puskesmas #Tepat.
    ~Kantor kelurahan #Belum tepat. Kelurahan membantu urusan dokumen dan surat pengantar, bukan
        pemeriksaan kesehatan.
    ~Kantor polisi #Belum tepat. Pihak berwenang dihubungi bila ada dugaan kekerasan atau tindak pidana.
    ~Panti sosial #Belum tepat. Kebutuhan Pak Parjo adalah pemeriksaan kesehatan; panti bukan jawaban
        untuk itu.
    ####Masalah kesehatan, seperti sakit berat, gizi buruk, atau gangguan jiwa, dirujuk ke puskesmas.
    Layanan sosial dari pemerintah lewat Dinas Sosial (melalui TKSK atau penyuluh sosial), dugaan
    kekerasan kepada pihak berwenang, dan dokumen kependudukan lewat kantor kelurahan atau desa.
}
"""

_PPKS_POST = r"""
::Pengertian masalah sosial:: [html]Manakah pengertian masalah sosial yang paling tepat? {
    =Keadaan yang membuat seseorang atau keluarga tidak dapat memenuhi kebutuhan dasarnya atau tidak
        dapat menjalankan perannya secara wajar #Tepat.
    ~Setiap pertengkaran antarwarga di lingkungan RT #Kurang tepat. Pertengkaran bisa menjadi masalah,
        tetapi ukurannya adalah kebutuhan dasar dan peran warga yang tidak terpenuhi.
    ~Keadaan warga yang belum menerima bantuan pemerintah #Kurang tepat. Belum menerima bantuan belum
        tentu berarti bermasalah, dan sebaliknya.
    ~Masalah yang sudah dilaporkan ke Dinas Sosial #Kurang tepat. Banyak masalah sosial justru belum
        diketahui siapa pun; karena itu pengurus perlu melihat lebih awal.
    ####Masalah sosial adalah keadaan yang membuat warga tidak dapat memenuhi kebutuhan dasarnya (makan,
    tempat tinggal, kesehatan, pendidikan, rasa aman, hubungan dengan sesama) atau tidak dapat
    menjalankan perannya secara wajar.
}

::Kabar yang belum pasti:: [html]Di warung, Bu Warsih mendengar bahwa Dimas (12 tahun), anak di RW 03
Kelurahan Gelangan, sering terlihat di terminal pada jam sekolah. Kabar ini baru dari satu orang. Apa
langkah yang tepat bagi pengurus WKSBM? {
    =Memastikan dulu dengan berkunjung secara sopan ke keluarganya, sambil mencari kabar dari sumber lain
        seperti guru atau ketua RT #Tepat.
    ~Langsung membahasnya di grup WhatsApp RW supaya warga ikut mengawasi #Kurang tepat. Keadaan warga
        tidak dibicarakan di grup umum, dan kabar yang belum pasti bisa mempermalukan keluarganya.
    ~Melapor ke polisi agar Dimas dijemput dari terminal #Kurang tepat. Belum ada dugaan tindak pidana;
        langkah pertama adalah memastikan kabar.
    ~Mengabaikannya sampai ada laporan resmi dari sekolah #Kurang tepat. Masalah yang ditemukan lebih
        awal lebih mudah ditangani.
    ####Kabar yang datang dari dua sumber atau lebih biasanya lebih bisa dipercaya. Bila kabar baru berupa
    desas-desus, pastikan dulu dengan berkunjung secara sopan sebelum dibahas lebih jauh.
}

::Satu keluarga, beberapa kebutuhan:: [html]Di Kelurahan Rejowinangun Selatan, Bu Sulastri (38 tahun)
sudah setahun tidak mendapat kabar dari suaminya yang merantau. Ia berjualan gorengan untuk menghidupi
dua anak. Anak sulungnya (14 tahun) berhenti sekolah untuk membantu berjualan, dan si bungsu penyandang
disabilitas yang belum pernah diperiksakan. Kebutuhan mana yang perlu dikenali pengurus? Pilih semua
yang benar. {
    ~%33.33333%Bu Sulastri perempuan rawan sosial ekonomi yang penghasilannya tidak mencukupi #Benar.
    ~%33.33333%Anak sulungnya perlu didorong kembali belajar, di sekolah atau lewat kejar paket #Benar.
    ~%33.33333%Si bungsu memerlukan layanan kesehatan dan mungkin alat bantu #Benar.
    ~%-50%Keluarga ini korban bencana sosial #Bukan. Bencana sosial, seperti konflik antarwarga, tidak
        ada dalam keadaan keluarga ini.
    ~%-50%Semua kebutuhan keluarga ini cukup dijawab dengan satu paket sembako #Bukan. Sembako tidak
        menjawab kebutuhan sekolah dan kesehatan anak-anaknya.
    ####Satu keluarga bisa punya beberapa kebutuhan sekaligus; kenali satu per satu, lalu bagi tugas.
    Misalnya seksi pendataan mencatat kebutuhan, karang taruna mencari jalan agar si sulung sekolah lagi,
    dan ketua menghubungi TKSK serta puskesmas.
}

::Istilah lama PPKS:: [html]Dalam Permensos 08/2012, warga yang kini lebih sering disebut PPKS masih
memakai istilah lama, yaitu {
    =PMKS #Tepat.
    =Penyandang Masalah Kesejahteraan Sosial #Tepat.
    ####Jawabannya PMKS (Penyandang Masalah Kesejahteraan Sosial). Istilah PPKS lebih sering dipakai
    sekarang karena menekankan kebutuhan akan layanan, bukan “masalah” yang melekat pada orangnya.
} (tulis singkatannya).

::Penghubung di kecamatan:: [html]Pengurus WKSBM Desa Muara Danau, Kecamatan Seginim, perlu menghubungi
Dinas Sosial untuk seorang lansia terlantar, tetapi kantor Dinas Sosial jauh di Manna. Siapa penghubung
di tingkat kecamatan yang biasanya paling mudah dihubungi lebih dulu? {
    =TKSK (Tenaga Kesejahteraan Sosial Kecamatan) #Tepat.
    ~Camat #Kurang tepat. Camat memimpin pemerintahan kecamatan; penghubung urusan kesejahteraan sosial
        dengan Dinas Sosial adalah TKSK.
    ~Bidan desa #Kurang tepat. Bidan adalah mitra untuk urusan kesehatan, bukan layanan Dinas Sosial.
    ~Pengurus karang taruna #Kurang tepat. Karang taruna adalah PSKS yang bisa membantu tenaga, tetapi
        bukan penghubung ke Dinas Sosial.
    ####TKSK bertugas di tingkat kecamatan dan sering menjadi penghubung pertama dengan Dinas Sosial.
    Simpan nomor TKSK dan penyuluh sosial di HP ketua dan sekretaris.
}

::Contoh pencegahan:: [html]Manakah contoh kegiatan pencegahan? {
    =Karang taruna dan WKSBM Kelurahan Tidar Utara mengadakan penyuluhan bahaya narkoba untuk remaja
        #Tepat.
    ~Mengantar Pak Warno yang sakit berat ke puskesmas #Kurang tepat. Ini rujukan\: masalahnya sudah ada
        dan membutuhkan keahlian lembaga lain.
    ~Mengumpulkan pakaian dan peralatan dapur untuk keluarga yang dapurnya terbakar #Kurang tepat. Ini
        penanganan dengan kekuatan setempat setelah musibah terjadi.
    ~Melaporkan dugaan kekerasan terhadap anak kepada pihak berwenang #Kurang tepat. Ini rujukan, karena
        menyangkut tindak pidana.
    ####Pencegahan menjaga agar masalah tidak muncul atau tidak memburuk\: penyuluhan, mengingatkan
    lansia datang ke posyandu lansia, membantu mengurus KTP dan kartu keluarga, dan kunjungan rutin ke
    warga yang tinggal sendiri. Pencegahan paling murah, walau sering tidak terlihat.
}

::Dugaan kekerasan dalam rumah tangga:: [html]Bu Yanti bercerita kepada Bu Marni, pengurus WKSBM,
bahwa suaminya sering memukulnya. Lengannya tampak memar. Apa langkah yang paling tepat? {
    =Mengutamakan keselamatan Bu Yanti, lalu membantunya melapor kepada pihak berwenang dan mengabari
        Dinas Sosial #Tepat.
    ~Mempertemukan Bu Yanti dan suaminya agar berdamai dengan ditengahi pengurus #Kurang tepat.
        Kekerasan dalam rumah tangga tidak ditengahi sendiri; mendorong korban berdamai dengan pelaku
        bisa membahayakannya.
    ~Membawa masalah ini ke rapat bulanan berikutnya #Kurang tepat. Jangan menunggu; keselamatan korban
        yang utama.
    ~Menceritakannya kepada ketua RT di pos ronda agar warga ikut mengawasi #Kurang tepat. Keadaan warga
        tidak dibicarakan di pos ronda; kabar ini harus dijaga kerahasiaannya.
    ####Dugaan kekerasan, perdagangan orang, atau tindak pidana lain dilaporkan kepada pihak berwenang,
    dan Dinas Sosial dikabari. Keselamatan korban adalah yang utama.
}

::Urutan rujukan:: [html]Di Desa Talang Padang, Pak Slamet (72 tahun) tinggal sendiri. Kakinya bengkak,
ia jarang makan, dan tampak lemah. Pengurus ingin ia juga mendapat layanan lansia dari Dinas Sosial.
Apa yang sebaiknya dilakukan lebih dulu? {
    =Memeriksakan Pak Slamet ke puskesmas, lalu menelepon TKSK atau penyuluh sosial untuk menanyakan
        syarat layanan Dinas Sosial #Tepat.
    ~Langsung membawanya naik ojek ke kantor Dinas Sosial di Manna #Kurang tepat. Perjalanan jauh
        melelahkan Pak Slamet, dan tanpa berkas lengkap mereka bisa pulang dengan tangan kosong.
    ~Mengurus semua surat lebih dulu dan menunda pemeriksaan sampai surat keterangan kepala desa keluar
        #Kurang tepat. Kesehatan didahulukan; surat bisa disiapkan sambil berjalan.
    ~Menunggu penyuluh sosial datang sendiri ke desa pada pembinaan berikutnya #Kurang tepat. Jangan
        menunggu; telepon dulu. Kadang petugas memang bisa berkunjung, tetapi itu perlu ditanyakan.
    ####Dahulukan yang paling mendesak, biasanya kesehatan dan keselamatan. Untuk layanan Dinas Sosial\:
    telepon TKSK atau penyuluh sosial, tanyakan syaratnya, siapkan surat keterangan, lalu datang dengan
    berkas lengkap.
}

::Kapan rujukan selesai:: [html]Setelah Pak Parjo diantar ke puskesmas dan diterima petugas pendaftaran,
tugas rujukan WKSBM sudah selesai. {F
    #Kurang tepat. Rujukan belum selesai sampai warga benar-benar mendapat layanan. Pengurus masih perlu
    menanyakan perkembangannya.
    #Tepat. Catat nama petugas yang menerima, lalu tanyakan perkembangannya.
    ####Cara merujuk yang baik\: minta persetujuan warga, tanyakan persyaratan lebih dulu, siapkan surat
    pengantar bila diminta, dampingi warga, catat nama petugas yang menerima, dan tanyakan
    perkembangannya sampai warga benar-benar mendapat layanan.
}

::Sebelum mengantar warga:: [html]Mas Yoga akan mengantar Bu Tumini, penyandang disabilitas, ke Dinas
Sosial untuk mengurus alat bantu kursi roda. Hal mana yang harus dipastikan paling awal? {
    =Bu Tumini atau keluarganya sudah setuju dirujuk #Tepat.
    ~Sudah ada foto Bu Tumini untuk dikirim ke grup pengurus #Kurang tepat. Foto bukan syarat merujuk, dan
        menyebarkan foto warga tanpa izin melanggar privasinya.
    ~Ada donatur yang menanggung seluruh biaya #Kurang tepat. Rujukan tidak menunggu donatur; yang pertama
        adalah persetujuan warga.
    ~Kas WKSBM cukup untuk membeli kursi roda sendiri #Kurang tepat. Rujukan justru menghubungkan warga
        dengan lembaga yang berwenang, supaya kas tidak menanggung semuanya.
    ####Sebelum mengantar\: warga atau keluarganya setuju, petugas sudah ditelepon (syarat dan jam
    layanan), KTP, kartu keluarga, dan kartu jaminan kesehatan dibawa, surat pengantar disiapkan bila
    diminta, catatan singkat keadaan warga ditulis, dan nomor HP keluarga terdekat dicatat.
}
"""

# Keterampilan: Mengelola organisasi (keuangan, laporan, rapat, dan mediasi)

_ORGANISASI_PRE = r"""
::Saldo kas sederhana:: [html]Pada 1 Mei saldo kas WKSBM Rp500.000. Pada 6 Mei bendahara menerima
sumbangan Rp150.000, dan pada 10 Mei membayar ongkos ojek mengantar warga ke puskesmas Rp80.000. Berapa
saldo kas setelah 10 Mei? Jawab dengan angka rupiah, misalnya 250000. {#
    =570000:0 #Tepat.
    =%0%650000:0 #Belum tepat. Rp650.000 adalah saldo sebelum ongkos ojek Rp80.000 dikurangkan.
    =%0%730000:0 #Belum tepat. Ongkos ojek adalah pengeluaran, jadi dikurangkan, bukan ditambahkan.
    ####Saldo baru sama dengan saldo lama ditambah pemasukan dikurangi pengeluaran\: Rp500.000 +
    Rp150.000 − Rp80.000 menjadi Rp570.000.
}

::Membetulkan salah tulis:: [html]Bu Wartini salah menulis jumlah di buku kas\: seharusnya Rp75.000,
tertulis Rp57.000. Bagaimana cara membetulkannya? {
    =Mencoret angka yang salah dengan satu garis, menulis angka yang benar, lalu memberi paraf #Tepat.
    ~Menutupnya dengan cairan penghapus lalu menulis ulang #Belum tepat. Tulisan yang ditutup tidak bisa
        diperiksa lagi dan mudah menimbulkan curiga.
    ~Menyobek halaman itu dan menyalin ulang catatan bulan ini #Belum tepat. Halaman yang hilang membuat
        buku kas tidak bisa diperiksa.
    ~Membiarkannya dan menyesuaikan saldo di akhir bulan #Belum tepat. Saldo dihitung ulang setiap ada
        transaksi; kesalahan yang dibiarkan akan terbawa ke baris berikutnya.
    ####Salah tulis cukup dicoret satu garis dan diparaf, bukan ditutup cairan penghapus atau disobek.
    Dengan begitu siapa pun yang memeriksa bisa melihat apa yang dibetulkan.
}

::Langkah pertama laporan:: [html]Pak Hendra baru menjadi sekretaris WKSBM dan diminta mengirim laporan
bulanan ke Dinas Sosial. Apa langkah pertamanya? {
    =Bertanya kepada penyuluh sosial atau TKSK tentang format yang berlaku, batas waktu, dan ke mana
        laporan dikirim #Tepat.
    ~Menyalin laporan WKSBM kelurahan tetangga lalu mengganti namanya #Belum tepat. Kegiatan setiap WKSBM
        berbeda; laporan harus jujur menggambarkan kegiatan sendiri.
    ~Menulis laporan setebal mungkin agar WKSBM terlihat bekerja #Belum tepat. Dua halaman yang jujur
        lebih berharga daripada sepuluh halaman yang dibuat-buat.
    ~Menunggu sampai Dinas Sosial menagih #Belum tepat. Dengan mengetahui format dan batas waktu sejak
        awal, laporan bisa dikirim rutin dan tepat waktu.
    ####Setiap Dinas Sosial kabupaten/kota bisa memiliki format laporan sendiri. Tanyakan dulu format,
    batas waktu, dan tujuan laporan; bila belum ada format khusus, pakai susunan sederhana dari pelajaran.
}

::Isi notulen:: [html]Apa saja yang wajib dicatat dalam notulen rapat WKSBM? {
    =Tanggal, tempat, jumlah yang hadir, pokok bahasan, keputusan, serta siapa mengerjakan apa sampai
        kapan #Tepat.
    ~Setiap kalimat yang diucapkan peserta #Belum tepat. Notulen tidak perlu mencatat setiap kalimat.
    ~Nama peserta yang tidak setuju dengan ketua #Belum tepat. Kritik ditujukan pada cara kerja, bukan
        pada pribadi; notulen mencatat keputusan, bukan siapa yang berbeda pendapat.
    ~Cukup daftar hadir yang ditandatangani peserta #Belum tepat. Daftar hadir perlu, tetapi tanpa
        keputusan dan penanggung jawab, hasil rapat mudah terlupakan.
    ####Notulen mencatat tanggal, tempat, jumlah yang hadir, pokok bahasan, keputusan, penanggung jawab,
    dan batas waktu. Sekretaris merapikannya paling lambat dua hari setelah rapat.
}

::Peran penengah:: [html]Ketika dua tetangga berselisih, tugas pengurus WKSBM sebagai penengah adalah
memutuskan siapa yang benar dan siapa yang salah. {F
    #Kurang tepat. Penengah bukan hakim; ia membantu kedua pihak menemukan jalan keluar sendiri.
    #Tepat. Penengah membantu kedua pihak berbicara dengan tenang dan menemukan jalan keluar yang mereka
    sepakati sendiri.
    ####Menengahi bukan berarti menjadi hakim. Sikap dasar penengah\: netral, lebih banyak mendengar,
    menjaga rahasia, dan sabar.
}
"""

_ORGANISASI_POST = r"""
::Saldo kas akhir April:: [html]Bu Sri Lestari, bendahara WKSBM Kelurahan Kemirirejo, mencatat kas
bulan April\:<br>
1 April, saldo awal Rp875.000.<br>
4 April, iuran 12 pengurus, masing-masing Rp10.000 (kuitansi 11).<br>
9 April, sumbangan Apotek Sehat Rp250.000 (kuitansi 12).<br>
15 April, beras dan minyak goreng untuk Mbah Painem Rp185.000 (nota 05).<br>
22 April, ongkos ojek mengantar Pak Wiryo kontrol ke puskesmas Rp40.000 (kuitansi 13).<br>
Berapa saldo kas pada akhir April? Jawab dengan angka rupiah, misalnya 1500000. {#
    =1020000:0 #Tepat.
    =%0%1245000:0 #Belum tepat. Rp1.245.000 adalah saldo awal ditambah pemasukan; pengeluaran Rp225.000
        belum dikurangkan.
    =%0%1060000:0 #Belum tepat. Ongkos ojek Rp40.000 pada 22 April belum dikurangkan.
    =%0%910000:0 #Belum tepat. Iuran 12 pengurus masing-masing Rp10.000 berjumlah Rp120.000, bukan
        Rp10.000.
    ####Pemasukan Rp120.000 + Rp250.000 berjumlah Rp370.000; pengeluaran Rp185.000 + Rp40.000 berjumlah
    Rp225.000. Saldo akhir Rp875.000 + Rp370.000 − Rp225.000 menjadi Rp1.020.000. Hitung ulang saldo di
    setiap baris supaya kesalahan cepat ketahuan.
}

::Selisih saat tutup buku:: [html]Pada tutup buku akhir bulan, Bu Sri Lestari dan ketua WKSBM, Pak
Bambang, menghitung uang bersama. Saldo di buku kas Rp1.020.000. Uang tunai di kotak kas Rp270.000, dan
saldo rekening WKSBM Rp730.000. Berapa rupiah kekurangan uang dibandingkan saldo di buku? {#
    =20000:0 #Tepat.
    =-20000:0 #Tepat, uangnya kurang Rp20.000.
    =%0%1000000:0 #Belum tepat. Rp1.000.000 adalah uang yang ada (tunai ditambah rekening), bukan
        selisihnya dengan buku.
    ####Uang yang ada Rp270.000 + Rp730.000 berjumlah Rp1.000.000, sedangkan saldo buku Rp1.020.000, jadi
    kurang Rp20.000. Di akhir bulan, saldo buku harus sama dengan uang tunai ditambah uang di rekening.
}

::Menangani selisih kas:: [html]Saat tutup buku, uang WKSBM Kelurahan Kemirirejo ternyata kurang Rp20.000
dari saldo di buku. Pak Bambang, ketua, berkata, “Sudah, Bu, ditombok saja dari uang pribadi supaya
bukunya rapi. Tidak usah dibahas di rapat.” Apa yang sebaiknya dilakukan Bu Sri sebagai bendahara? {
    =Menelusuri catatan dan bukti satu per satu; bila tetap tidak ketemu, menulisnya sebagai selisih dan
        menyampaikannya di rapat #Tepat.
    ~Menombok Rp20.000 dari uang pribadi tanpa mencatat apa pun #Kurang tepat. Menombok diam-diam menutupi
        masalah, sehingga penyebabnya tidak pernah ketahuan dan bisa terulang.
    ~Mengubah angka pengeluaran terakhir agar saldo cocok #Kurang tepat. Ini memalsukan catatan dan
        merusak kepercayaan bila ketahuan.
    ~Membiarkan saja karena jumlahnya kecil #Kurang tepat. Selisih yang dibiarkan membuat buku kas tidak
        lagi bisa dipercaya.
    ####Bila ada selisih, jangan ditutupi atau ditombok diam-diam. Telusuri catatan satu per satu; bila
    tetap tidak ketemu, tulis sebagai selisih lalu sampaikan di rapat. Keterbukaan menjaga kepercayaan.
}

::Menerima sumbangan donatur:: [html]Pemilik Toko Bangunan Maju Jaya di Kelurahan Panjang menyerahkan
sumbangan tunai Rp750.000 untuk kegiatan kunjungan lansia kepada Bu Sri, bendahara WKSBM. Apa yang
sebaiknya dilakukan Bu Sri? {
    =Membuat kuitansi rangkap dua (satu untuk donatur, satu disimpan WKSBM) dan mencatatnya di buku kas
        hari itu juga #Tepat.
    ~Menyimpannya dulu di dompet dan mencatatnya saat tutup buku akhir bulan #Kurang tepat. Uang
        organisasi jadi bercampur dengan uang pribadi, dan pencatatan ditunda.
    ~Cukup berterima kasih, karena kuitansi hanya perlu untuk pengeluaran #Kurang tepat. Uang masuk dari
        donatur juga sebaiknya dibuatkan kuitansi; donatur pun senang menerima bukti.
    ~Menyerahkan uang itu kepada ketua tanpa catatan karena ketua yang bertanggung jawab #Kurang tepat.
        Uang tidak pernah dipegang tanpa catatan; bendaharalah yang mencatat dan menyimpannya.
    ####Kuitansi yang lengkap memuat nomor urut, tanggal, nama pemberi dan penerima, jumlah dalam angka dan
    huruf (Rp750.000, tujuh ratus lima puluh ribu rupiah), keperluannya, dan tanda tangan penerima;
    untuk jumlah besar ditambah tanda tangan ketua.
}

::Yang boleh ditengahi sendiri:: [html]Dalam satu minggu, pengurus WKSBM Desa Terulung menerima empat
permintaan bantuan. Mana yang boleh ditengahi sendiri oleh WKSBM? {
    =Dua tetangga berselisih karena pagar bambu yang dipasang salah satunya dianggap memakan jalan setapak
        #Tepat.
    ~Keluarga besar meminta WKSBM “mendamaikan” seorang istri yang sering dipukul suaminya #Kurang tepat.
        Kekerasan dalam rumah tangga dirujuk kepada pihak berwenang dan Dinas Sosial; jangan mendorong
        korban berdamai dengan pelaku.
    ~Tetangga meminta dugaan pelecehan terhadap seorang anak diselesaikan secara kekeluargaan #Kurang
        tepat. Kekerasan atau pelecehan terhadap anak harus dirujuk; keselamatan anak yang utama.
    ~Pemilik warung yang uangnya dicuri meminta pelakunya cukup diadili di rapat WKSBM #Kurang tepat.
        Pencurian adalah tindak pidana dan menjadi urusan pihak berwenang.
    ####Tidak semua masalah boleh ditengahi sendiri oleh WKSBM. Kekerasan dalam rumah tangga, kekerasan
    atau pelecehan terhadap anak, dan tindak pidana lain dirujuk kepada pihak berwenang dan Dinas Sosial.
}

::Memeriksa laporan bulanan:: [html]Pak Rusdi, sekretaris WKSBM Desa Talang Padang, memeriksa draf
laporan bulan Mei sebelum dikirim kepada TKSK. Apa saja yang perlu ia pastikan? Pilih semua yang benar. {
    ~%25%Saldo awal, pemasukan, pengeluaran, dan saldo akhir sama dengan buku kas #Benar.
    ~%25%Tidak ada nomor KTP atau nama penyakit warga yang ikut tercantum #Benar.
    ~%25%Laporan sudah ditandatangani ketua dan sekretaris #Benar.
    ~%25%Laporan sudah difoto atau difotokopi sebagai arsip WKSBM #Benar.
    ~%-100%Kunjungan yang batal karena musim panen tetap ditulis terlaksana agar laporan tidak kosong
        #Salah. Laporan harus jujur; tulis apa adanya beserta rencana ke depan.
    ~%-50%Nama lengkap dan alamat semua lansia yang didampingi dicantumkan #Salah. Yang dilaporkan adalah
        jumlah menurut jenis; nama dan alamat disimpan di arsip WKSBM, kecuali Dinas Sosial memintanya
        untuk rujukan.
    ####Sebelum dikirim\: angka keuangan sama dengan buku kas, jumlah warga yang didampingi sama dengan
    catatan sekretaris, tidak ada data pribadi yang tidak perlu, sudah ditandatangani ketua dan
    sekretaris, sudah diarsipkan, dan dikirim sebelum batas waktu.
}

::Rapat yang memanas:: [html]Dalam rapat WKSBM Kelurahan Magelang, Pak Gunawan ingin beras dari donatur
segera dibagikan minggu ini, sedangkan Bu Suparmi ingin data penerimanya dicek dulu. Suara keduanya
mulai meninggi. Sebagai pemimpin rapat, apa yang paling tepat Anda lakukan? {
    =Dengan tenang meringkas kedua pendapat, misalnya “Pak Gunawan ingin bantuan cepat sampai, Bu Suparmi
        ingin bantuan tepat sasaran; keduanya ingin warga terbantu”, lalu mengajak mencari jalan tengah
        #Tepat.
    ~Menegur keduanya dengan suara keras agar diam #Kurang tepat. Ikut meninggikan suara justru
        memperkeruh suasana.
    ~Langsung memutuskan sendiri agar rapat cepat selesai #Kurang tepat. Keputusan WKSBM diambil lewat
        musyawarah; pemimpin rapat menjaga agar semua didengar.
    ~Menunda pembahasan tanpa menentukan kapan dilanjutkan #Kurang tepat. Masalahnya tidak selesai, dan
        beras bantuan ikut tertunda.
    ####Bila suasana memanas, jangan ikut meninggikan suara. Ringkas pendapat kedua pihak dengan tenang
    supaya peserta melihat bahwa mereka sebenarnya punya tujuan yang sama. Pisahkan orang dari masalahnya.
}

::Catatan keputusan rapat:: [html]Rapat bulanan WKSBM Kelurahan Rejowinangun Utara memutuskan\:
“Kunjungan lansia RW 02 dan RW 05 dilaksanakan 24 Maret. Penanggung jawab Bu Tri Handayani dan Mas
Yoga. Dana dari kas Rp200.000.” Keputusan seperti ini dicatat sekretaris dalam {
    =notulen #Tepat.
    =notulensi #Tepat.
    =notula #Tepat.
    ####Jawabannya notulen. Notulen mencatat keputusan, penanggung jawab, dan batas waktu; sekretaris
    merapikannya paling lambat dua hari setelah rapat dan mengirim ringkasan keputusan ke grup pengurus.
} rapat.

::Suara terbanyak:: [html]Rapat WKSBM Kelurahan Panjang sudah lama dan sungguh-sungguh membahas cara
membagikan bingkisan Lebaran untuk lansia\: diantar ke rumah atau dikumpulkan di balai warga. Mufakat
tetap tidak tercapai. Dalam keadaan ini, keputusan boleh diambil dengan suara terbanyak sesuai
kesepakatan pengurus, dengan tetap menghormati pendapat pihak yang kalah suara. {T
    #Kurang tepat. Musyawarah mufakat diutamakan, tetapi bila mufakat benar-benar tidak tercapai, suara
    terbanyak boleh dipakai sesuai kesepakatan pengurus.
    #Tepat. Suara terbanyak dipakai hanya setelah mufakat sungguh-sungguh diusahakan.
    ####Utamakan musyawarah untuk mufakat\: semua pendapat didengar, lalu dicari jalan yang bisa diterima
    bersama. Bila mufakat tetap tidak tercapai, keputusan dapat diambil dengan suara terbanyak, dan
    pendapat pihak yang kalah suara tetap dihormati.
}

::Langkah pertama menengahi:: [html]Di Desa Terulung, kambing Pak Rahmat berkali-kali masuk ke kebun Bu
Lina dan memakan sayurannya. Bu Lina sudah marah-marah di depan rumah Pak Rahmat, dan kini keduanya
tidak saling sapa. Kepala dusun meminta Bu Mega, pengurus WKSBM, menengahi. Apa langkah pertama yang
paling tepat? {
    =Menemui Bu Lina dan Pak Rahmat secara terpisah lebih dulu, mendengarkan cerita dan keinginan
        masing-masing #Tepat.
    ~Langsung mempertemukan keduanya hari itu juga di depan rumah Pak Rahmat #Kurang tepat. Saat emosi
        masih tinggi dan tempatnya tidak netral, pertemuan mudah berubah menjadi pertengkaran.
    ~Memutuskan bahwa Pak Rahmat harus mengganti semua sayuran Bu Lina #Kurang tepat. Penengah bukan
        hakim; jalan keluar diusulkan dan disepakati kedua pihak sendiri.
    ~Menyarankan Bu Lina melapor ke polisi #Kurang tepat. Perselisihan antartetangga seperti ini bisa
        ditengahi lebih dulu oleh warga sendiri.
    ####Langkah menengahi\: temui masing-masing pihak secara terpisah, cari kepentingan bersama (misalnya
    kebun aman dan hidup rukun), pertemukan di tempat netral seperti rumah kepala dusun atau balai warga,
    ajak keduanya mengusulkan jalan keluar, tuliskan kesepakatan, lalu kunjungi kembali beberapa minggu
    kemudian.
}
"""

QUIZZES: dict[str, dict[str, str]] = {
    "mengenal-wksbm": {"pre_test": _MENGENAL_WKSBM_PRE, "post_test": _MENGENAL_WKSBM_POST},
    "ppks-dan-alur-rujukan": {"pre_test": _PPKS_PRE, "post_test": _PPKS_POST},
    "mengelola-organisasi-wksbm": {"pre_test": _ORGANISASI_PRE, "post_test": _ORGANISASI_POST},
}

# (statement, reverse_scored): agreeing with a reverse-scored statement shows less commitment.
SELF_ASSESSMENTS: dict[str, list[tuple[str, bool]]] = {
    "mengenal-wksbm": [
        ("Saya bangga menjadi pengurus WKSBM di kelurahan atau desa saya.", False),
        ("Saya bersedia meluangkan waktu setiap bulan untuk rapat dan kegiatan WKSBM.", False),
        ("Saya menjalankan tugas sesuai jabatan saya tanpa menunggu disuruh ketua.", False),
        ("Saya siap menggantikan tugas pengurus lain ketika ia berhalangan.", False),
        (
            "Saya melayani semua warga dengan adil, tanpa memandang kedekatan, suku, agama, atau "
            "pilihan politik.",
            False,
        ),
        ("Saya mengajak tetangga dan kelompok di sekitar saya ikut peduli pada warga yang kesulitan.", False),
        ("Saya merasa urusan warga miskin bukan tanggung jawab saya.", True),
        ("Saya merasa kegiatan WKSBM cukup diurus oleh ketua saja.", True),
    ],
    "ppks-dan-alur-rujukan": [
        ("Saya berusaha mengenali warga yang kesulitan sejak dini, sebelum keadaannya memburuk.", False),
        ("Saya menjaga kerahasiaan data dan keadaan warga yang saya ketahui.", False),
        ("Saya bersedia mendampingi warga sampai ia benar-benar mendapat layanan yang dirujuk.", False),
        ("Saya meminta persetujuan warga atau keluarganya sebelum merujuknya.", False),
        (
            "Saya mau mempelajari layanan Dinas Sosial dan puskesmas agar dapat merujuk warga dengan tepat.",
            False,
        ),
        ("Saya enggan ikut campur ketika melihat tanda-tanda kekerasan di rumah tetangga.", True),
        ("Saya merasa merujuk warga ke puskesmas atau Dinas Sosial terlalu merepotkan.", True),
        ("Saya merasa tidak apa-apa membicarakan keadaan warga di warung atau grup WhatsApp.", True),
    ],
    "mengelola-organisasi-wksbm": [
        ("Saya mencatat setiap uang masuk dan keluar pada hari yang sama.", False),
        ("Saya mendukung agar kas WKSBM diperiksa bersama dan dilaporkan terbuka di setiap rapat.", False),
        ("Saya datang ke rapat tepat waktu dan mengikutinya sampai selesai.", False),
        ("Saya mendengarkan pendapat pengurus lain walaupun berbeda dengan pendapat saya.", False),
        ("Saya menyelesaikan tugas dari keputusan rapat sebelum batas waktunya.", False),
        ("Saya bersedia menengahi perselisihan warga dengan sikap netral.", False),
        ("Saya merasa laporan bulanan ke Dinas Sosial hanya membuang waktu.", True),
        ("Saya merasa uang WKSBM boleh dicampur dengan uang pribadi asalkan nanti dikembalikan.", True),
    ],
}

# The keterampilan course the rubric observes.
RUBRIC_COURSE = "mengelola-organisasi-wksbm"

RUBRIC: dict = {
    "name": "Rubrik keterampilan pengurus",
    "description": (
        "Pengamatan penyuluh sosial atas keterampilan pengurus WKSBM di lapangan (rapat, buku kas, laporan, "
        "mediasi, dan rujukan), dipakai bersama kursus “Mengelola organisasi: keuangan, laporan, rapat, dan "
        "mediasi”. Tingkat 1 belum mampu, tingkat 2 mampu dengan bantuan, tingkat 3 mampu secara mandiri, "
        "tingkat 4 mampu dan membimbing orang lain. Nilailah dari apa yang Anda lihat dan dokumen yang Anda "
        "periksa, bukan dari cerita pengurus."
    ),
    "criteria": [
        {
            "name": "Memimpin rapat dan musyawarah",
            "levels": [
                "Belum pernah memimpin rapat; bila diminta, rapat berjalan tanpa agenda dan berakhir tanpa "
                "keputusan yang jelas.",
                "Memimpin rapat dengan agenda, tetapi pembicaraan sering melebar dan hanya beberapa peserta "
                "yang berbicara.",
                "Membacakan agenda, menjaga waktu, memberi kesempatan kepada peserta yang jarang bicara, dan "
                "menutup rapat dengan membacakan ulang keputusan, penanggung jawab, dan batas waktunya.",
                "Menenangkan suasana yang memanas dan membawa rapat ke mufakat, serta membimbing pengurus "
                "lain bergiliran memimpin rapat.",
            ],
        },
        {
            "name": "Mencatat kas dan bukti transaksi",
            "levels": [
                "Belum mencatat uang masuk dan keluar, atau uang WKSBM masih bercampur dengan uang pribadi.",
                "Mencatat di buku kas, tetapi tidak pada hari yang sama, sebagian transaksi tanpa nota atau "
                "kuitansi, dan saldo tidak dihitung ulang di setiap baris.",
                "Mencatat setiap transaksi pada hari yang sama dengan nomor bukti, menghitung saldo di "
                "setiap baris, dan saldo bukunya cocok dengan uang tunai ditambah rekening saat tutup buku.",
                "Menutup buku bersama ketua setiap bulan, menelusuri dan melaporkan selisih secara terbuka, "
                "dan mengajari bendahara lain atau penggantinya mengisi buku kas.",
            ],
        },
        {
            "name": "Menyusun laporan ke Dinas Sosial",
            "levels": [
                "Belum mengetahui format dan batas waktu laporan, dan belum pernah mengirim laporan.",
                "Mengirim laporan setelah ditagih, dengan isi yang belum lengkap atau angka yang berbeda "
                "dari buku kas dan catatan sekretaris.",
                "Mengirim laporan bulanan tepat waktu sesuai format Dinas Sosial, lengkap dan sesuai buku "
                "kas, tanpa data pribadi warga yang tidak perlu.",
                "Memakai laporan untuk menilai kegiatan bersama pengurus dan membimbing sekretaris WKSBM "
                "lain menyusun laporan.",
            ],
        },
        {
            "name": "Menengahi masalah antarwarga",
            "levels": [
                "Memihak atau langsung menyalahkan salah satu pihak ketika diminta menengahi.",
                "Bersedia menengahi, tetapi langsung mempertemukan kedua pihak tanpa mendengar masing-masing "
                "lebih dulu, atau menentukan sendiri jalan keluarnya.",
                "Menemui kedua pihak secara terpisah, mempertemukan mereka di tempat netral, membantu mereka "
                "menuliskan kesepakatan, lalu berkunjung kembali.",
                "Memilah perkara yang harus dirujuk, seperti kekerasan dan tindak pidana, dan membimbing "
                "pengurus lain menjadi penengah yang netral.",
            ],
        },
        {
            "name": "Berkoordinasi dan merujuk warga",
            "levels": [
                "Belum menyimpan kontak TKSK, penyuluh sosial, atau puskesmas, dan belum pernah merujuk "
                "warga.",
                "Merujuk warga tanpa menanyakan syarat lebih dulu sehingga berkas sering kurang, dan tidak "
                "menanyakan perkembangan setelahnya.",
                "Meminta persetujuan warga, menelepon petugas untuk menanyakan syarat, mendampingi dengan "
                "berkas lengkap, mencatat nama petugas, dan menanyakan tindak lanjutnya.",
                "Menjaga hubungan rutin dengan lurah atau kepala desa, TKSK, penyuluh sosial, dan puskesmas, "
                "serta membimbing pengurus lain merujuk warga dengan benar.",
            ],
        },
    ],
}

SESSION_TOPICS: list[str] = [
    "Membaca SK pengurus bersama, membagi ulang tugas, dan menyiapkan pengganti setiap jabatan",
    "Memetakan KPS per RW dan menyusun lembar kontak penting kelurahan",
    "Mengenali PPKS di lingkungan sendiri dan mencatat temuan dengan menjaga kerahasiaan warga",
    "Simulasi rujukan lansia ke puskesmas dan Dinas Sosial bersama TKSK",
    "Praktik buku kas umum, kuitansi, dan tutup buku bulanan",
    "Menyusun laporan bulanan ke Dinas Sosial dan latihan memimpin rapat dengan musyawarah mufakat",
]
