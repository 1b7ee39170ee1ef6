import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

// The fixed market the demo source simulates: a fictional Bluetooth-audio and charging
// niche on several marketplaces. Base values describe the product on `demoAnchorDay`; the
// simulation moves them day by day. Image paths are local placeholders (`/demo/...`) so the
// demo never loads anything from another host.

export type DemoCategory = "earbuds" | "headphones" | "speaker" | "charger" | "power_bank";
export type DemoLanguage = "en" | "de" | "ja" | "fr";

export type DemoProduct = {
  asin: string;
  marketplace: MarketplaceCode;
  category: DemoCategory;
  brand: string;
  title: string;
  /** Later titles the listing moves to when the simulation publishes a new listing version. */
  titleVariants: string[];
  bullets: string[];
  images: string[];
  /** Root category first; the root is also the main BSR category. */
  categoryPath: string[];
  /** Regular price in the marketplace's currency. */
  basePrice: number;
  /** Strike-through "List Price", when the listing shows one outside promotions. */
  listPrice: number | null;
  baseBsr: number;
  /** Rank in the leaf category of `categoryPath`. */
  baseSubcategoryRank: number;
  baseRating: number;
  baseReviewCount: number;
  reviewsPerDay: number;
  seller: { id: string; name: string };
  /** Suggested as the seller's own product when the demo workspace is created. */
  suggestedOwn: boolean;
  /** Amazon sometimes purges reviews; scripted on a few products so that alert has data. */
  reviewRemoval?: { everyDays: number; fraction: number };
};

/** Day the catalogue's base values describe (UTC). */
export const demoAnchorDay = "2026-01-01";

export function demoLanguage(marketplace: MarketplaceCode): DemoLanguage {
  if (marketplace === "DE") return "de";
  if (marketplace === "JP") return "ja";
  if (marketplace === "FR" || marketplace === "BE") return "fr";
  return "en";
}

// Amazon's own category names differ per store; other marketplaces fall back to English.
const categoryPaths: Record<DemoLanguage | "uk", Record<DemoCategory, string[]>> = {
  en: {
    earbuds: ["Electronics", "Headphones, Earbuds & Accessories", "Earbud & In-Ear Headphones"],
    headphones: ["Electronics", "Headphones, Earbuds & Accessories", "Over-Ear Headphones"],
    speaker: ["Electronics", "Portable Audio & Video", "Portable Speakers & Docks", "Portable Bluetooth Speakers"],
    charger: ["Cell Phones & Accessories", "Accessories", "Chargers & Power Adapters", "Wall Chargers"],
    power_bank: ["Cell Phones & Accessories", "Accessories", "Chargers & Power Adapters", "Portable Power Banks"],
  },
  uk: {
    earbuds: ["Electronics & Photo", "Headphones, Earphones & Accessories", "Earphones"],
    headphones: ["Electronics & Photo", "Headphones, Earphones & Accessories", "Over-Ear Headphones"],
    speaker: ["Electronics & Photo", "Portable Sound & Vision", "Speakers", "Portable Speakers"],
    charger: ["Electronics & Photo", "Mobile Phones & Communication", "Mobile Phone Accessories", "Chargers"],
    power_bank: ["Electronics & Photo", "Mobile Phones & Communication", "Mobile Phone Accessories", "Power Banks"],
  },
  de: {
    earbuds: ["Elektronik & Foto", "Kopfhörer", "In-Ear-Kopfhörer"],
    headphones: ["Elektronik & Foto", "Kopfhörer", "Over-Ear-Kopfhörer"],
    speaker: ["Elektronik & Foto", "Audio & HiFi", "Lautsprecher", "Tragbare Lautsprecher"],
    charger: ["Elektronik & Foto", "Handys & Zubehör", "Zubehör", "Ladegeräte"],
    power_bank: ["Elektronik & Foto", "Handys & Zubehör", "Zubehör", "Powerbanks"],
  },
  ja: {
    earbuds: ["家電＆カメラ", "イヤホン・ヘッドホン", "イヤホン"],
    headphones: ["家電＆カメラ", "イヤホン・ヘッドホン", "ヘッドホン"],
    speaker: ["家電＆カメラ", "オーディオ", "スピーカー", "Bluetoothスピーカー"],
    charger: ["家電＆カメラ", "スマートフォン・携帯電話", "アクセサリ", "充電器"],
    power_bank: ["家電＆カメラ", "スマートフォン・携帯電話", "アクセサリ", "モバイルバッテリー"],
  },
  fr: {
    earbuds: ["High-Tech", "Casques et écouteurs", "Écouteurs intra-auriculaires"],
    headphones: ["High-Tech", "Casques et écouteurs", "Casques circum-auriculaires"],
    speaker: ["High-Tech", "Audio et HiFi", "Enceintes portables"],
    charger: ["High-Tech", "Téléphones portables et accessoires", "Chargeurs"],
    power_bank: ["High-Tech", "Téléphones portables et accessoires", "Batteries externes"],
  },
};

export function demoCategoryPath(category: DemoCategory, marketplace: MarketplaceCode): string[] {
  return categoryPaths[marketplace === "UK" ? "uk" : demoLanguage(marketplace)][category];
}

// Bullet texts by feature, as [en, de, ja, fr]. Products in a group share some features and
// differ in others, which is what the competitor comparison shows.
const featureText = {
  anc: ["Active noise cancellation with transparency mode", "Aktive Geräuschunterdrückung mit Transparenzmodus", "アクティブノイズキャンセリングと外音取り込みモード", "Réduction de bruit active avec mode transparence"],
  battery40: ["Up to 40 hours of playtime with the charging case", "Bis zu 40 Stunden Akkulaufzeit mit Ladecase", "充電ケース併用で最大40時間再生", "Jusqu'à 40 heures d'autonomie avec le boîtier de charge"],
  battery30: ["30 hours of battery; 10 minutes of charging gives 3 hours", "30 Stunden Akku; 10 Minuten Laden für 3 Stunden", "最大30時間再生、10分の充電で3時間使用可能", "30 heures d'autonomie ; 10 minutes de charge pour 3 heures"],
  ipx5: ["IPX5 sweat and water resistance", "Schweiß- und wasserbeständig nach IPX5", "IPX5防水・防汗", "Résistance à la transpiration et à l'eau IPX5"],
  multipoint: ["Multipoint: connect two devices at once", "Multipoint: zwei Geräte gleichzeitig verbinden", "マルチポイント対応：2台同時接続", "Multipoint : deux appareils connectés en même temps"],
  app: ["Custom EQ and firmware updates in the companion app", "Individueller Equalizer und Updates über die App", "専用アプリでイコライザー調整とアップデート", "Égaliseur personnalisable et mises à jour via l'application"],
  mics: ["Six microphones for clear calls", "Sechs Mikrofone für klare Anrufe", "6つのマイクでクリアな通話", "Six micros pour des appels clairs"],
  lowLatency: ["Low-latency game mode", "Gaming-Modus mit geringer Latenz", "低遅延ゲームモード", "Mode jeu à faible latence"],
  comfort: ["Lightweight fit with four ear-tip sizes", "Leichter Sitz mit vier Ohrstöpselgrößen", "4サイズのイヤーピース付きで快適な装着感", "Ajustement léger avec quatre tailles d'embouts"],
  foldable: ["Foldable design with travel case", "Faltbares Design mit Reiseetui", "折りたたみ式・専用ケース付き", "Design pliable avec étui de voyage"],
  volumeLimit: ["Volume limited to 85 dB for young ears", "Lautstärke auf 85 dB begrenzt für Kinderohren", "子どもの耳にやさしい85dB音量制限", "Volume limité à 85 dB pour les jeunes oreilles"],
  sound360: ["360° sound with deep bass", "360°-Klang mit kräftigem Bass", "360°サウンドと迫力の低音", "Son à 360° avec des basses profondes"],
  speakerBattery: ["24 hours of playtime on one charge", "24 Stunden Wiedergabe mit einer Akkuladung", "1回の充電で24時間再生", "24 heures de lecture avec une seule charge"],
  ip67: ["IP67 waterproof and dustproof: it floats", "Wasser- und staubdicht nach IP67: schwimmt", "IP67防水・防塵、水に浮く設計", "Étanche à l'eau et à la poussière IP67 : flotte"],
  stereoPair: ["Pair two speakers for stereo sound", "Zwei Lautsprecher für Stereo-Klang koppeln", "2台ペアリングでステレオ再生", "Associez deux enceintes pour un son stéréo"],
  gan65: ["65W GaN fast charging for laptops, tablets and phones", "65W GaN-Schnellladen für Laptop, Tablet und Handy", "65W GaN急速充電：ノートPC・タブレット・スマホに対応", "Charge rapide GaN 65 W pour ordinateurs, tablettes et téléphones"],
  ports3: ["Three ports: 2 × USB-C and 1 × USB-A", "Drei Anschlüsse: 2 × USB-C und 1 × USB-A", "USB-C×2、USB-A×1の3ポート", "Trois ports : 2 × USB-C et 1 × USB-A"],
  capacity20k: ["20,000 mAh: charges a phone about four times", "20.000 mAh: lädt ein Handy etwa viermal", "20000mAh大容量：スマホを約4回充電", "20 000 mAh : recharge un téléphone environ quatre fois"],
  pd20: ["20W USB-C Power Delivery in and out", "20W USB-C Power Delivery (Ein- und Ausgang)", "USB-C PD 20W 入出力対応", "USB-C Power Delivery 20 W en entrée et sortie"],
  warranty: ["18-month warranty and friendly support", "18 Monate Garantie und freundlicher Support", "18ヶ月保証と安心サポート", "Garantie de 18 mois et support réactif"],
} as const;

export type DemoFeature = keyof typeof featureText;
const languageIndex: Record<DemoLanguage, number> = { en: 0, de: 1, ja: 2, fr: 3 };

export function demoBullets(features: DemoFeature[], language: DemoLanguage): string[] {
  return features.map((f) => featureText[f][languageIndex[language]]);
}

/** Title of a later listing version, in the listing's language. */
export function demoTitleVariants(title: string, language: DemoLanguage): string[] {
  if (language === "ja") return [`【2026年最新版】${title}`, `【最新モデル】${title}`];
  if (language === "de") return [`${title} – Neueste Version`, `${title} (2026 Modell)`];
  if (language === "fr") return [`${title} – Nouvelle version`, `${title} (Modèle 2026)`];
  return [`${title} – Upgraded Version`, `${title} (2026 Model)`];
}

/** A stable, Amazon-shaped merchant id ("A" + 12 characters) derived from the seller name. */
export function demoSellerId(name: string): string {
  let h = 2166136261;
  let id = "A";
  for (let round = 0; id.length < 13; round++) {
    for (const ch of `${round}:${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    id += (h >>> 0).toString(36).toUpperCase();
  }
  return id.slice(0, 13);
}

type DemoProductInput = {
  n: number;
  mk: MarketplaceCode;
  cat: DemoCategory;
  brand: string;
  title: string;
  features: DemoFeature[];
  price: number;
  list?: number;
  bsr: number;
  sub: number;
  rating: number;
  reviews: number;
  perDay: number;
  /** Amazon itself holds the buy box instead of the brand's store. */
  amazon?: boolean;
  own?: boolean;
  removal?: DemoProduct["reviewRemoval"];
};

const amazonRetail: Partial<Record<MarketplaceCode, string>> = {
  US: "Amazon.com", UK: "Amazon.co.uk", DE: "Amazon.de", JP: "Amazon.co.jp", FR: "Amazon.fr", CA: "Amazon.ca",
};

function demoProduct(p: DemoProductInput): DemoProduct {
  const asin = `B0DEMO${String(p.n).padStart(4, "0")}`;
  const language = demoLanguage(p.mk);
  const sellerName = p.amazon ? (amazonRetail[p.mk] ?? "Amazon") : `${p.brand} Official Store`;
  return {
    asin,
    marketplace: p.mk,
    category: p.cat,
    brand: p.brand,
    title: p.title,
    titleVariants: demoTitleVariants(p.title, language),
    bullets: demoBullets(p.features, language),
    images: [1, 2, 3, 4].map((i) => `/demo/products/${asin}-${i}.jpg`),
    categoryPath: demoCategoryPath(p.cat, p.mk),
    basePrice: p.price,
    listPrice: p.list ?? null,
    baseBsr: p.bsr,
    baseSubcategoryRank: p.sub,
    baseRating: p.rating,
    baseReviewCount: p.reviews,
    reviewsPerDay: p.perDay,
    seller: { id: demoSellerId(`${p.mk}:${sellerName}`), name: sellerName },
    suggestedOwn: p.own ?? false,
    reviewRemoval: p.removal,
  };
}

const earbudBasics: DemoFeature[] = ["anc", "battery40", "ipx5", "comfort"];

export const demoCatalog: DemoProduct[] = [
  // US: the seller's Auralis earbuds against five competitors, plus speakers, headphones, charging.
  demoProduct({ n: 1, mk: "US", cat: "earbuds", brand: "Auralis", title: "Auralis AirFlow Pro Wireless Earbuds, Active Noise Cancelling, 40H Playtime, IPX5 Waterproof", features: [...earbudBasics, "multipoint", "app"], price: 59.99, list: 79.99, bsr: 1850, sub: 95, rating: 4.4, reviews: 12840, perDay: 9, own: true }),
  demoProduct({ n: 2, mk: "US", cat: "earbuds", brand: "Nordtone", title: "Nordtone Pulse ANC Earbuds, Bluetooth 5.3, 36H Battery, Multipoint Connection", features: ["anc", "multipoint", "mics", "comfort"], price: 49.99, bsr: 2400, sub: 130, rating: 4.3, reviews: 8320, perDay: 6 }),
  demoProduct({ n: 3, mk: "US", cat: "earbuds", brand: "Pulsewave", title: "Pulsewave Beat Lite Wireless Earbuds with Charging Case, Deep Bass, IPX5", features: ["battery40", "ipx5", "lowLatency"], price: 39.99, bsr: 3900, sub: 210, rating: 4.2, reviews: 21500, perDay: 7, amazon: true, removal: { everyDays: 97, fraction: 0.03 } }),
  demoProduct({ n: 4, mk: "US", cat: "earbuds", brand: "Kestrel Audio", title: "Kestrel Audio K5 Hi-Res Noise Cancelling Earbuds, LDAC, Six Mics, Wireless Charging", features: ["anc", "mics", "app", "multipoint", "warranty"], price: 79.99, bsr: 5200, sub: 290, rating: 4.5, reviews: 3120, perDay: 3 }),
  demoProduct({ n: 5, mk: "US", cat: "earbuds", brand: "Lumo", title: "Lumo Go Wireless Earbuds, 40H Playtime, Touch Control, Budget Bluetooth Earphones", features: ["battery40", "comfort"], price: 24.99, bsr: 980, sub: 41, rating: 4.0, reviews: 45210, perDay: 22 }),
  demoProduct({ n: 6, mk: "US", cat: "speaker", brand: "Auralis", title: "Auralis Boom 2 Portable Bluetooth Speaker, 360° Sound, IP67 Waterproof, 24H Playtime", features: ["sound360", "ip67", "speakerBattery", "stereoPair"], price: 89.99, bsr: 4100, sub: 120, rating: 4.6, reviews: 5630, perDay: 4, own: true }),
  demoProduct({ n: 7, mk: "US", cat: "speaker", brand: "Sonique", title: "Sonique Wave Portable Speaker, Powerful Bass, IP67, PartyLink Stereo Pairing", features: ["sound360", "ip67", "stereoPair"], price: 99.99, list: 119.99, bsr: 2900, sub: 85, rating: 4.5, reviews: 18200, perDay: 11, amazon: true }),
  demoProduct({ n: 8, mk: "US", cat: "headphones", brand: "Nordtone", title: "Nordtone Studio Over-Ear Bluetooth Headphones, Hybrid ANC, 30H Battery, Foldable", features: ["anc", "battery30", "foldable", "multipoint"], price: 129.99, list: 149.99, bsr: 6100, sub: 180, rating: 4.4, reviews: 7420, perDay: 4 }),
  demoProduct({ n: 9, mk: "US", cat: "headphones", brand: "Kestrel Audio", title: "Kestrel Audio K900 Wireless Noise Cancelling Headphones, Studio Sound, 30H", features: ["anc", "battery30", "app", "mics"], price: 199.0, bsr: 8800, sub: 260, rating: 4.6, reviews: 2210, perDay: 2 }),
  demoProduct({ n: 10, mk: "US", cat: "charger", brand: "LANXIN", title: "LANXIN 65W USB C Charger, 3-Port GaN Fast Wall Charger for MacBook, iPhone, Galaxy", features: ["gan65", "ports3", "warranty"], price: 35.99, bsr: 1400, sub: 60, rating: 4.7, reviews: 9800, perDay: 8 }),
  demoProduct({ n: 11, mk: "US", cat: "power_bank", brand: "HUOLI", title: "HUOLI Portable Charger 20000mAh Power Bank, 20W PD Fast Charging, LED Display", features: ["capacity20k", "pd20", "warranty"], price: 45.99, bsr: 2200, sub: 75, rating: 4.5, reviews: 15400, perDay: 9 }),
  demoProduct({ n: 12, mk: "US", cat: "headphones", brand: "Pulsewave", title: "Pulsewave Kids Bluetooth Headphones, 85dB Volume Limit, Foldable, 30H Playtime", features: ["volumeLimit", "foldable", "battery30"], price: 19.99, bsr: 7600, sub: 230, rating: 4.3, reviews: 6300, perDay: 5 }),
  // UK
  demoProduct({ n: 13, mk: "UK", cat: "earbuds", brand: "Auralis", title: "Auralis AirFlow Pro Wireless Earbuds, Active Noise Cancelling Bluetooth Earphones, 40H, IPX5", features: [...earbudBasics, "multipoint"], price: 54.99, list: 69.99, bsr: 2300, sub: 110, rating: 4.3, reviews: 4210, perDay: 3, own: true }),
  demoProduct({ n: 14, mk: "UK", cat: "earbuds", brand: "Nordtone", title: "Nordtone Pulse ANC Wireless Earbuds, Bluetooth 5.3 In-Ear Headphones, Multipoint", features: ["anc", "multipoint", "mics"], price: 44.99, bsr: 3100, sub: 150, rating: 4.2, reviews: 2950, perDay: 2 }),
  demoProduct({ n: 15, mk: "UK", cat: "speaker", brand: "Sonique", title: "Sonique Wave Portable Bluetooth Speaker, IP67 Waterproof, 24 Hours Playtime", features: ["sound360", "ip67", "speakerBattery"], price: 79.99, bsr: 1900, sub: 40, rating: 4.6, reviews: 7800, perDay: 5, amazon: true }),
  demoProduct({ n: 16, mk: "UK", cat: "charger", brand: "LANXIN", title: "LANXIN 65W USB C Plug, 3-Port GaN Fast Charger, UK Wall Plug for Laptop and Phone", features: ["gan65", "ports3"], price: 29.99, bsr: 1700, sub: 55, rating: 4.6, reviews: 3400, perDay: 3 }),
  demoProduct({ n: 17, mk: "UK", cat: "headphones", brand: "Lumo", title: "Lumo Air Over-Ear Wireless Headphones, 30H Battery, Soft Memory-Foam Cushions", features: ["battery30", "foldable"], price: 59.99, bsr: 5400, sub: 170, rating: 4.1, reviews: 1890, perDay: 1.5 }),
  // DE
  demoProduct({ n: 18, mk: "DE", cat: "earbuds", brand: "Auralis", title: "Auralis AirFlow Pro Bluetooth Kopfhörer In Ear mit aktiver Geräuschunterdrückung, 40 Std. Akku, IPX5", features: [...earbudBasics, "app"], price: 59.99, list: 79.99, bsr: 1600, sub: 70, rating: 4.4, reviews: 3870, perDay: 3, own: true }),
  demoProduct({ n: 19, mk: "DE", cat: "earbuds", brand: "Pulsewave", title: "Pulsewave Beat Lite Kabellose Kopfhörer, Bluetooth 5.3, Ladecase, IPX5 wasserdicht", features: ["battery40", "ipx5", "lowLatency"], price: 39.99, bsr: 2700, sub: 120, rating: 4.1, reviews: 6120, perDay: 4, amazon: true }),
  demoProduct({ n: 20, mk: "DE", cat: "headphones", brand: "Kestrel Audio", title: "Kestrel Audio K900 Over-Ear Kopfhörer mit Noise Cancelling, Studioklang, 30 Std.", features: ["anc", "battery30", "app"], price: 189.0, bsr: 9400, sub: 310, rating: 4.5, reviews: 980, perDay: 1 }),
  demoProduct({ n: 21, mk: "DE", cat: "speaker", brand: "Sonique", title: "Sonique Wave Bluetooth Lautsprecher, 360° Sound, IP67 wasserdicht, 24 Std. Spielzeit", features: ["sound360", "ip67", "speakerBattery", "stereoPair"], price: 89.99, bsr: 2500, sub: 60, rating: 4.5, reviews: 5400, perDay: 4 }),
  demoProduct({ n: 22, mk: "DE", cat: "power_bank", brand: "HUOLI", title: "HUOLI Powerbank 20000mAh, 20W USB C PD Schnellladen, Externer Akku mit LED-Anzeige", features: ["capacity20k", "pd20"], price: 39.99, bsr: 1900, sub: 45, rating: 4.4, reviews: 7200, perDay: 5, removal: { everyDays: 131, fraction: 0.04 } }),
  // JP: Japanese listings, prices in whole yen.
  demoProduct({ n: 23, mk: "JP", cat: "earbuds", brand: "Auralis", title: "Auralis AirFlow Pro ワイヤレスイヤホン Bluetooth 5.3 ノイズキャンセリング 最大40時間再生 IPX5防水", features: [...earbudBasics, "multipoint"], price: 7980, list: 9980, bsr: 2100, sub: 88, rating: 4.3, reviews: 2650, perDay: 2, own: true }),
  demoProduct({ n: 24, mk: "JP", cat: "earbuds", brand: "Nordtone", title: "Nordtone Pulse ANC 完全ワイヤレスイヤホン マルチポイント対応 外音取り込み", features: ["anc", "multipoint", "mics"], price: 6480, bsr: 3300, sub: 140, rating: 4.1, reviews: 1840, perDay: 1.5 }),
  demoProduct({ n: 25, mk: "JP", cat: "earbuds", brand: "Lumo", title: "Lumo Go ワイヤレスイヤホン 軽量 タッチ操作 最大40時間再生", features: ["battery40", "comfort"], price: 3280, bsr: 1200, sub: 38, rating: 3.9, reviews: 11300, perDay: 6 }),
  demoProduct({ n: 26, mk: "JP", cat: "speaker", brand: "Sonique", title: "Sonique Wave Bluetoothスピーカー 360°サウンド IP67防水 24時間連続再生", features: ["sound360", "ip67", "speakerBattery"], price: 11800, bsr: 4200, sub: 95, rating: 4.4, reviews: 1520, perDay: 1 }),
  demoProduct({ n: 27, mk: "JP", cat: "charger", brand: "LANXIN", title: "LANXIN 65W USB-C 充電器 GaN 3ポート 急速充電 PD対応 折りたたみ式プラグ", features: ["gan65", "ports3", "warranty"], price: 4290, bsr: 900, sub: 25, rating: 4.6, reviews: 5900, perDay: 4, amazon: true }),
  // FR and CA
  demoProduct({ n: 28, mk: "FR", cat: "earbuds", brand: "Pulsewave", title: "Pulsewave Beat Lite Écouteurs Bluetooth sans fil, boîtier de charge, étanches IPX5", features: ["battery40", "ipx5", "lowLatency"], price: 42.99, bsr: 3500, sub: 160, rating: 4.1, reviews: 2300, perDay: 2 }),
  demoProduct({ n: 29, mk: "FR", cat: "speaker", brand: "Sonique", title: "Sonique Wave Enceinte Bluetooth portable, son 360°, étanche IP67, 24 h d'autonomie", features: ["sound360", "ip67", "speakerBattery", "stereoPair"], price: 94.99, list: 109.99, bsr: 2800, sub: 70, rating: 4.5, reviews: 3100, perDay: 2, amazon: true }),
  demoProduct({ n: 30, mk: "CA", cat: "earbuds", brand: "Nordtone", title: "Nordtone Pulse ANC Wireless Earbuds, Bluetooth 5.3, Multipoint, 36H Battery", features: ["anc", "multipoint", "mics", "comfort"], price: 64.99, bsr: 2600, sub: 120, rating: 4.3, reviews: 2400, perDay: 2 }),
];

const byKey = new Map(demoCatalog.map((p) => [`${p.marketplace}:${p.asin}`, p]));

export function findDemoProduct(asin: string, marketplace: MarketplaceCode): DemoProduct | undefined {
  return byKey.get(`${marketplace}:${asin}`);
}
