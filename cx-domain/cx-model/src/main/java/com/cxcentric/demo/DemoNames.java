package com.cxcentric.demo;

/** The names the demo company's people are drawn from: Indonesian and Dutch, as its staff would be. */
final class DemoNames {

    private DemoNames() {}

    static final String[] FIRST = {
        "Adi", "Agus", "Ayu", "Bayu", "Budi", "Citra", "Dewi", "Dian", "Dimas", "Eka", "Fajar", "Fitri", "Gita", "Hadi",
        "Hendra", "Indah", "Intan", "Joko", "Kartika", "Lestari", "Maya", "Mega", "Nadia", "Nur", "Putri", "Rani",
        "Reza", "Rizki", "Sari", "Siti", "Taufik", "Tika", "Wahyu", "Wulan", "Yoga", "Yuni", "Andre", "Clara", "Daniel",
        "Emma", "Lukas", "Sophie", "Thomas", "Anouk", "Ravi", "Mei", "Kevin", "Laura", "Michael", "Olivia"
    };

    static final String[] LAST = {
        "Santoso",
        "Wijaya",
        "Pratama",
        "Saputra",
        "Hidayat",
        "Kusuma",
        "Lestari",
        "Nugroho",
        "Permana",
        "Setiawan",
        "Siregar",
        "Simanjuntak",
        "Gunawan",
        "Halim",
        "Hasibuan",
        "Irawan",
        "Kurniawan",
        "Lubis",
        "Manurung",
        "Maulana",
        "Nasution",
        "Purnomo",
        "Rahman",
        "Sembiring",
        "Sihombing",
        "Susanto",
        "Tanjung",
        "Utomo",
        "Wibowo",
        "Yulianto",
        "de Vries",
        "Jansen",
        "Bakker",
        "Visser",
        "Tan",
        "Lim",
        "Chandra",
        "Hartono",
        "Sutanto",
        "Effendi"
    };
}
