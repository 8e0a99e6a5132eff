/**
 * The deterministic demo store: "Concierge Demo", an apparel shop with
 * ~200 customers from several locales (English, French, Japanese, Arabic),
 * ~1,000 orders over the 90 days before `now`, discount codes (WELCOME10,
 * agent codes like CHLOE10), refunds, exchanges, cancellations, chat-attributed
 * orders and fulfillments in every tracking state — plus a tiny second shop
 * for multi-tenant tests.
 *
 * Everything derives from `seed` through a small PRNG (mulberry32), so the
 * same seed and `now` always give the same store, ids included.
 */
import catalogue from "./demo-catalogue.json";
import { cents, type Cents } from "./money";
import {
  addCollection,
  addCustomer,
  addDiscount,
  addFulfillmentEvent,
  addProduct,
  addShop,
  addStaffMember,
  cancelOrder,
  createOrder,
  createReturn,
  createStore,
  fulfillOrder,
  processReturn,
  refundOrder,
  shopifyTime,
  upsertMetafield,
  gid,
  type AddressRecord,
  type CustomerRecord,
  type FulfillmentEventStatus,
  type FulfillmentRecord,
  type OrderRecord,
  type ProductRecord,
  type ShopData,
  type StaffMemberRecord,
  type Store,
  type VariantRecord,
} from "./store";

export const DEMO_SHOP = "concierge-demo.myshopify.com";
export const OTHER_SHOP = "other-shop.myshopify.com";
/** Default clock of the demo data (a fixed instant keeps snapshots stable). */
export const DEMO_NOW = new Date("2026-11-16T15:00:00Z");

const DAY = 86_400_000;
const HOUR = 3_600_000;

// ---------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------

/** mulberry32: tiny, fast, good enough for seed data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }
  /** Like {@link weighted}, precomputed for many draws (binary search, O(log n)). */
  weightedPicker<T>(items: readonly T[], weights: readonly number[]): () => T {
    const cumulative: number[] = [];
    let total = 0;
    for (const w of weights) cumulative.push((total += w));
    return () => {
      const r = this.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > r) hi = mid;
        else lo = mid + 1;
      }
      return items[lo]!;
    };
  }
  digits(n: number): string {
    let out = "";
    for (let i = 0; i < n; i++) out += String(this.int(0, 9));
    return out;
  }
}

// ---------------------------------------------------------------------------
// Locales
// ---------------------------------------------------------------------------

interface Person {
  first: string;
  last: string;
  /** Latin transliteration for e-mail addresses. */
  firstLatin: string;
  lastLatin: string;
}

interface Place {
  city: string;
  province: string | null;
  provinceCode: string | null;
  country: string;
  countryCode: string;
  zip: string;
  street: string;
  phonePrefix: string;
  phoneDigits: number;
  carrier: Carrier;
}

interface LocaleProfile {
  locale: string;
  weight: number;
  firsts: [string, string][];
  lasts: [string, string][];
  places: Place[];
  /** Name order for display in this locale (family name first for Japanese). */
  emailDomain: string[];
}

type Carrier = "UPS" | "USPS" | "FedEx" | "DHL Express" | "Aramex" | "Colissimo" | "Japan Post" | "Royal Mail";

const PLACES = {
  newYork: {
    city: "New York",
    province: "New York",
    provinceCode: "NY",
    country: "United States",
    countryCode: "US",
    zip: "10011",
    street: "Hudson Street",
    phonePrefix: "+1212555",
    phoneDigits: 4,
    carrier: "UPS",
  },
  austin: {
    city: "Austin",
    province: "Texas",
    provinceCode: "TX",
    country: "United States",
    countryCode: "US",
    zip: "78701",
    street: "Congress Avenue",
    phonePrefix: "+1512555",
    phoneDigits: 4,
    carrier: "USPS",
  },
  portland: {
    city: "Portland",
    province: "Oregon",
    provinceCode: "OR",
    country: "United States",
    countryCode: "US",
    zip: "97209",
    street: "NW Glisan Street",
    phonePrefix: "+1503555",
    phoneDigits: 4,
    carrier: "FedEx",
  },
  chicago: {
    city: "Chicago",
    province: "Illinois",
    provinceCode: "IL",
    country: "United States",
    countryCode: "US",
    zip: "60614",
    street: "N Clark Street",
    phonePrefix: "+1312555",
    phoneDigits: 4,
    carrier: "UPS",
  },
  london: {
    city: "London",
    province: "England",
    provinceCode: "ENG",
    country: "United Kingdom",
    countryCode: "GB",
    zip: "E1 6AN",
    street: "Commercial Street",
    phonePrefix: "+4420794",
    phoneDigits: 5,
    carrier: "Royal Mail",
  },
  manchester: {
    city: "Manchester",
    province: "England",
    provinceCode: "ENG",
    country: "United Kingdom",
    countryCode: "GB",
    zip: "M1 1AD",
    street: "Piccadilly",
    phonePrefix: "+4416149",
    phoneDigits: 5,
    carrier: "DHL Express",
  },
  paris: {
    city: "Paris",
    province: null,
    provinceCode: null,
    country: "France",
    countryCode: "FR",
    zip: "75011",
    street: "rue Oberkampf",
    phonePrefix: "+336123",
    phoneDigits: 5,
    carrier: "Colissimo",
  },
  lyon: {
    city: "Lyon",
    province: null,
    provinceCode: null,
    country: "France",
    countryCode: "FR",
    zip: "69002",
    street: "rue de la République",
    phonePrefix: "+336445",
    phoneDigits: 5,
    carrier: "Colissimo",
  },
  montreal: {
    city: "Montréal",
    province: "Québec",
    provinceCode: "QC",
    country: "Canada",
    countryCode: "CA",
    zip: "H2X 1Y4",
    street: "boulevard Saint-Laurent",
    phonePrefix: "+1514555",
    phoneDigits: 4,
    carrier: "FedEx",
  },
  tokyo: {
    city: "渋谷区",
    province: "東京都",
    provinceCode: "JP-13",
    country: "Japan",
    countryCode: "JP",
    zip: "150-0002",
    street: "渋谷2-21-1",
    phonePrefix: "+8190123",
    phoneDigits: 5,
    carrier: "Japan Post",
  },
  osaka: {
    city: "大阪市北区",
    province: "大阪府",
    provinceCode: "JP-27",
    country: "Japan",
    countryCode: "JP",
    zip: "530-0001",
    street: "梅田3-1-1",
    phonePrefix: "+8180456",
    phoneDigits: 5,
    carrier: "Japan Post",
  },
  riyadh: {
    city: "الرياض",
    province: "منطقة الرياض",
    provinceCode: "SA-01",
    country: "Saudi Arabia",
    countryCode: "SA",
    zip: "12211",
    street: "طريق الملك فهد",
    phonePrefix: "+966551",
    phoneDigits: 6,
    carrier: "Aramex",
  },
  jeddah: {
    city: "جدة",
    province: "منطقة مكة المكرمة",
    provinceCode: "SA-02",
    country: "Saudi Arabia",
    countryCode: "SA",
    zip: "23431",
    street: "شارع التحلية",
    phonePrefix: "+966561",
    phoneDigits: 6,
    carrier: "Aramex",
  },
  dubai: {
    city: "دبي",
    province: "دبي",
    provinceCode: "DU",
    country: "United Arab Emirates",
    countryCode: "AE",
    zip: "00000",
    street: "شارع الشيخ زايد",
    phonePrefix: "+971501",
    phoneDigits: 6,
    carrier: "Aramex",
  },
  cairo: {
    city: "القاهرة",
    province: "القاهرة",
    provinceCode: "C",
    country: "Egypt",
    countryCode: "EG",
    zip: "11511",
    street: "شارع التحرير",
    phonePrefix: "+201001",
    phoneDigits: 7,
    carrier: "DHL Express",
  },
  casablanca: {
    city: "الدار البيضاء",
    province: null,
    provinceCode: null,
    country: "Morocco",
    countryCode: "MA",
    zip: "20250",
    street: "شارع محمد الخامس",
    phonePrefix: "+212661",
    phoneDigits: 6,
    carrier: "DHL Express",
  },
} satisfies Record<string, Place>;

const LOCALES: LocaleProfile[] = [
  {
    locale: "en",
    weight: 45,
    firsts: [
      ["Emma", "emma"],
      ["Olivia", "olivia"],
      ["Liam", "liam"],
      ["Noah", "noah"],
      ["Ava", "ava"],
      ["Sophia", "sophia"],
      ["James", "james"],
      ["Lucas", "lucas"],
      ["Mia", "mia"],
      ["Ethan", "ethan"],
      ["Grace", "grace"],
      ["Henry", "henry"],
      ["Amelia", "amelia"],
      ["Jack", "jack"],
      ["Harper", "harper"],
      ["Samuel", "samuel"],
      ["Zoe", "zoe"],
      ["Daniel", "daniel"],
    ],
    lasts: [
      ["Smith", "smith"],
      ["Johnson", "johnson"],
      ["Brown", "brown"],
      ["Taylor", "taylor"],
      ["Wilson", "wilson"],
      ["Clarke", "clarke"],
      ["Walker", "walker"],
      ["Harris", "harris"],
      ["Lewis", "lewis"],
      ["Young", "young"],
      ["King", "king"],
      ["Wright", "wright"],
      ["Nguyen", "nguyen"],
      ["Patel", "patel"],
    ],
    places: [PLACES.newYork, PLACES.austin, PLACES.portland, PLACES.chicago, PLACES.london, PLACES.manchester],
    emailDomain: ["example.com", "mail.example", "example.org"],
  },
  {
    locale: "fr",
    weight: 18,
    firsts: [
      ["Camille", "camille"],
      ["Louis", "louis"],
      ["Chloé", "chloe"],
      ["Hugo", "hugo"],
      ["Léa", "lea"],
      ["Jules", "jules"],
      ["Manon", "manon"],
      ["Gabriel", "gabriel"],
      ["Inès", "ines"],
      ["Arthur", "arthur"],
      ["Zoé", "zoe"],
      ["Théo", "theo"],
    ],
    lasts: [
      ["Martin", "martin"],
      ["Bernard", "bernard"],
      ["Dubois", "dubois"],
      ["Lefèvre", "lefevre"],
      ["Moreau", "moreau"],
      ["Laurent", "laurent"],
      ["Girard", "girard"],
      ["Rousseau", "rousseau"],
      ["Fontaine", "fontaine"],
      ["Chevalier", "chevalier"],
    ],
    places: [PLACES.paris, PLACES.lyon, PLACES.montreal],
    emailDomain: ["exemple.fr", "example.com"],
  },
  {
    locale: "ja",
    weight: 12,
    firsts: [
      ["花子", "hanako"],
      ["太郎", "taro"],
      ["結衣", "yui"],
      ["蓮", "ren"],
      ["陽菜", "hina"],
      ["大翔", "hiroto"],
      ["美咲", "misaki"],
      ["翔太", "shota"],
      ["さくら", "sakura"],
      ["健", "ken"],
    ],
    lasts: [
      ["山田", "yamada"],
      ["佐藤", "sato"],
      ["鈴木", "suzuki"],
      ["高橋", "takahashi"],
      ["田中", "tanaka"],
      ["伊藤", "ito"],
      ["渡辺", "watanabe"],
      ["中村", "nakamura"],
    ],
    places: [PLACES.tokyo, PLACES.osaka],
    emailDomain: ["example.jp", "example.com"],
  },
  {
    locale: "ar",
    weight: 25,
    firsts: [
      ["أحمد", "ahmed"],
      ["محمد", "mohammed"],
      ["فاطمة", "fatima"],
      ["ليلى", "layla"],
      ["يوسف", "youssef"],
      ["مريم", "mariam"],
      ["عمر", "omar"],
      ["نور", "nour"],
      ["خالد", "khalid"],
      ["سارة", "sara"],
      ["هدى", "huda"],
      ["كريم", "karim"],
    ],
    lasts: [
      ["الفاسي", "elfassi"],
      ["الهاشمي", "alhashimi"],
      ["المنصوري", "almansouri"],
      ["العتيبي", "alotaibi"],
      ["حداد", "haddad"],
      ["السيد", "elsayed"],
      ["القحطاني", "alqahtani"],
      ["بنعلي", "benali"],
      ["الزهراني", "alzahrani"],
    ],
    places: [PLACES.riyadh, PLACES.jeddah, PLACES.dubai, PLACES.cairo, PLACES.casablanca],
    emailDomain: ["example.com", "example.sa", "example.ae"],
  },
];

// ---------------------------------------------------------------------------
// Catalogue
// ---------------------------------------------------------------------------

interface CatalogueItem {
  title: string;
  productType: string;
  tags: string[];
  options: { name: string; values: string[] }[];
  price: string;
  unitCost: string | null;
  createdDaysAgo: number;
  skuPrefix: string;
  /** Variant titles (option values joined with " / ") that start out of stock. */
  outOfStock: string[];
  isGiftCard?: boolean;
  /** Gift cards: one variant per denomination, priced by the value. */
  denominations?: string[];
  description: string;
}

/** The shop's products (`demo-catalogue.json`: data, kept apart from the code that seeds it). */
const CATALOGUE: CatalogueItem[] = catalogue;

function combinations(options: { name: string; values: string[] }[]): { name: string; value: string }[][] {
  return options.reduce<{ name: string; value: string }[][]>(
    (acc, option) => acc.flatMap((combo) => option.values.map((value) => [...combo, { name: option.name, value }])),
    [[]],
  );
}

// ---------------------------------------------------------------------------
// Carriers
// ---------------------------------------------------------------------------

function trackingFor(random: Random, carrier: Carrier): { company: string; number: string; url: string } {
  switch (carrier) {
    case "UPS": {
      const number = `1Z${random.digits(3)}AA${random.digits(10)}`;
      return { company: "UPS", number, url: `https://www.ups.com/track?tracknum=${number}` };
    }
    case "USPS": {
      const number = `9400${random.digits(18)}`;
      return { company: "USPS", number, url: `https://tools.usps.com/go/TrackConfirmAction?tLabels=${number}` };
    }
    case "FedEx": {
      const number = random.digits(12);
      return { company: "FedEx", number, url: `https://www.fedex.com/fedextrack/?trknbr=${number}` };
    }
    case "DHL Express": {
      const number = random.digits(10);
      return { company: "DHL Express", number, url: `https://www.dhl.com/en/express/tracking.html?AWB=${number}` };
    }
    case "Aramex": {
      const number = random.digits(11);
      return { company: "Aramex", number, url: `https://www.aramex.com/track/results?ShipmentNumber=${number}` };
    }
    case "Colissimo": {
      const number = `6A${random.digits(11)}`;
      return { company: "Colissimo", number, url: `https://www.laposte.fr/outils/suivre-vos-envois?code=${number}` };
    }
    case "Japan Post": {
      const number = random.digits(12);
      return { company: "Japan Post", number, url: `https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=${number}` };
    }
    case "Royal Mail": {
      const number = `RM${random.digits(9)}GB`;
      return { company: "Royal Mail", number, url: `https://www.royalmail.com/track-your-item#/tracking-results/${number}` };
    }
  }
}

// ---------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------

export interface SeedDemoStoreOptions {
  seed?: number;
  shop?: string;
  now?: Date;
  /** Number of customers (default 200). */
  customers?: number;
  /** Number of orders (default 1000). */
  orders?: number;
  /** Also seed {@link OTHER_SHOP} (default true). */
  includeOtherShop?: boolean;
  /** Numeric app id whose `$app` metafields are seeded (default 7345001). */
  appId?: number;
}

/** A staff member of a demo shop: active, verified, neither owner nor collaborator unless said. */
function staffMember(
  member: Pick<StaffMemberRecord, "email" | "firstName" | "lastName" | "locale"> & Partial<Omit<StaffMemberRecord, "kind" | "id">>,
): Omit<StaffMemberRecord, "kind" | "id"> {
  return { accountOwner: false, active: true, phone: null, collaborator: false, emailVerified: true, ...member };
}

/** Hand-picked customers that demos and tests can rely on. */
const HERO_CUSTOMERS: {
  locale: string;
  first: string;
  last: string;
  email: string;
  place: Place;
  tags: string[];
  /** Orders to give them (beyond random ones); "none" keeps them order-less. */
  role: "whale" | "regular" | "none" | "new";
}[] = [
  { locale: "ar", first: "أحمد", last: "الفاسي", email: "ahmed.elfassi@example.com", place: PLACES.riyadh, tags: ["VIP"], role: "whale" },
  {
    locale: "en",
    first: "Emma",
    last: "Johnson",
    email: "emma.johnson@example.com",
    place: PLACES.newYork,
    tags: ["newsletter"],
    role: "regular",
  },
  { locale: "fr", first: "Camille", last: "Martin", email: "camille.martin@exemple.fr", place: PLACES.paris, tags: [], role: "regular" },
  { locale: "ja", first: "花子", last: "山田", email: "hanako.yamada@example.jp", place: PLACES.tokyo, tags: [], role: "regular" },
  {
    locale: "ar",
    first: "فاطمة",
    last: "المنصوري",
    email: "fatima.almansouri@example.ae",
    place: PLACES.dubai,
    tags: ["VIP"],
    role: "whale",
  },
  { locale: "ar", first: "عمر", last: "السيد", email: "omar.elsayed@example.com", place: PLACES.cairo, tags: [], role: "regular" },
  {
    locale: "en",
    first: "Liam",
    last: "Walker",
    email: "liam.walker@example.com",
    place: PLACES.london,
    tags: ["newsletter"],
    role: "none",
  },
  {
    locale: "en",
    first: "Grace",
    last: "Nguyen",
    email: "grace.nguyen@example.org",
    place: PLACES.portland,
    tags: ["VIP", "wholesale"],
    role: "whale",
  },
  { locale: "fr", first: "Louis", last: "Chevalier", email: "louis.chevalier@example.com", place: PLACES.montreal, tags: [], role: "new" },
];

/**
 * Builds the demo store. Same `seed` and `now` → identical data (ids,
 * names, orders, totals). Customer totals come from the orders themselves.
 */
export function seedDemoStore(options: SeedDemoStoreOptions = {}): Store {
  const seed = options.seed ?? 42;
  const now = options.now ?? DEMO_NOW;
  const nowMs = now.getTime();
  const random = new Random(seed);
  const store = createStore();
  const appId = options.appId ?? 7_345_001;
  const customerCount = options.customers ?? 200;
  const orderCount = options.orders ?? 1000;
  const at = (ms: number) => shopifyTime(ms);

  const data = addShop(store, {
    domain: options.shop ?? DEMO_SHOP,
    name: "Concierge Demo",
    email: "hello@concierge-demo.example",
    currencyCode: "USD",
    ianaTimezone: "America/New_York",
    primaryLocale: "en",
    primaryDomainUrl: "https://concierge-demo.example",
    planName: "Shopify",
    createdAt: at(nowMs - 800 * DAY),
    countryCode: "US",
    locationName: "Brooklyn warehouse",
    locationCity: "Brooklyn",
  });

  // Staff: Chloe owns the shop; the others answer chats too (Marc from an agency, as a collaborator).
  for (const member of [
    {
      email: "chloe@concierge-demo.example",
      firstName: "Chloe",
      lastName: "Martin",
      locale: "en",
      accountOwner: true,
      phone: "+12125550100",
    },
    { email: "youssef@concierge-demo.example", firstName: "Youssef", lastName: "Haddad", locale: "ar" },
    { email: "aiko@concierge-demo.example", firstName: "Aiko", lastName: "Tanaka", locale: "ja" },
    { email: "marc@agency.example", firstName: "Marc", lastName: "Dubois", locale: "fr", collaborator: true },
  ])
    addStaffMember(store, data, staffMember(member));

  // Catalogue.
  const products: ProductRecord[] = [];
  for (const item of CATALOGUE) {
    const combos = combinations(item.options);
    const product = addProduct(store, data, {
      title: item.title,
      productType: item.productType,
      vendor: "Concierge Demo",
      tags: item.tags,
      isGiftCard: item.isGiftCard,
      createdAt: at(nowMs - item.createdDaysAgo * DAY),
      descriptionHtml: item.description,
      options: item.options,
      variants: combos.map((combo, i) => {
        const title = combo.map((c) => c.value).join(" / ");
        return {
          title,
          sku: item.isGiftCard ? null : `${item.skuPrefix}-${combo.map((c) => c.value.toUpperCase().replace(/[^A-Z0-9]/g, "")).join("-")}`,
          priceCents: cents(item.denominations?.[i] ?? item.price),
          inventoryQuantity: item.isGiftCard ? 0 : item.outOfStock.includes(title) ? 0 : random.int(4, 60),
          unitCostCents: item.unitCost === null ? null : cents(item.unitCost),
          selectedOptions: combo,
          inventoryPolicy: item.isGiftCard ? "CONTINUE" : "DENY",
          requiresShipping: !item.isGiftCard,
        };
      }),
    });
    products.push(product);
  }
  const designedStock = new Map([...data.variants.values()].map((v) => [v.id, v.inventoryQuantity] as const));
  const byTitle = (title: string) => products.find((p) => p.title === title)!;
  addCollection(store, data, {
    title: "Tops",
    productIds: ["Everyday Tee", "Merino Crew Sweater", "Linen Overshirt"].map((t) => byTitle(t).id),
    updatedAt: at(nowMs - 100 * DAY),
  });
  addCollection(store, data, {
    title: "Trousers",
    productIds: ["Classic Chino", "Relaxed Chino"].map((t) => byTitle(t).id),
    updatedAt: at(nowMs - 60 * DAY),
  });
  addCollection(store, data, {
    title: "Accessories",
    productIds: ["Leather Belt", "Gift Card"].map((t) => byTitle(t).id),
    updatedAt: at(nowMs - 200 * DAY),
  });
  addCollection(store, data, {
    title: "New arrivals",
    productIds: ["Relaxed Chino", "Linen Overshirt"].map((t) => byTitle(t).id),
    updatedAt: at(nowMs - 60 * DAY),
  });
  const variantsOf = (product: ProductRecord): VariantRecord[] => product.variantIds.map((id) => data.variants.get(id)!);
  const apparel = products.filter((p) => !p.isGiftCard);

  // Customers.
  const usedEmails = new Set<string>();
  const emailCounters = new Map<string, number>();
  const customers: CustomerRecord[] = [];
  const roles = new Map<number, "whale" | "regular" | "none" | "new">();
  const addressFor = (first: string, last: string, place: Place): Omit<AddressRecord, "id"> => ({
    firstName: first,
    lastName: last,
    company: null,
    address1: `${random.int(2, 480)} ${place.street}`,
    address2: random.chance(0.3) ? `Apt ${random.int(1, 40)}` : null,
    city: place.city,
    province: place.province,
    provinceCode: place.provinceCode,
    country: place.country,
    countryCode: place.countryCode,
    zip: place.zip,
    phone: null,
  });
  for (const hero of HERO_CUSTOMERS) {
    if (customers.length >= customerCount) break;
    const phone = `${hero.place.phonePrefix}${random.digits(hero.place.phoneDigits)}`;
    const created = hero.role === "new" ? nowMs - 20 * DAY : nowMs - random.int(200, 700) * DAY;
    const customer = addCustomer(store, data, {
      firstName: hero.first,
      lastName: hero.last,
      email: hero.email,
      phone,
      tags: hero.tags,
      locale: hero.locale,
      createdAt: at(created),
      address: { ...addressFor(hero.first, hero.last, hero.place), phone },
      emailMarketingState: hero.tags.includes("newsletter") ? "SUBSCRIBED" : "NOT_SUBSCRIBED",
      state: "ENABLED",
    });
    usedEmails.add(hero.email);
    roles.set(customer.id, hero.role);
    customers.push(customer);
  }
  const placeOf = new Map<number, Place>();
  HERO_CUSTOMERS.forEach((hero, i) => customers[i] && placeOf.set(customers[i]!.id, hero.place));
  while (customers.length < customerCount) {
    const profile = random.weighted(
      LOCALES,
      LOCALES.map((l) => l.weight),
    );
    const [first, firstLatin] = random.pick(profile.firsts);
    const [last, lastLatin] = random.pick(profile.lasts);
    const person: Person = { first, last, firstLatin, lastLatin };
    const local = `${person.firstLatin}.${person.lastLatin}`;
    const domain = random.pick(profile.emailDomain);
    // Namesakes get numbered addresses (emma.smith2@…); a counter per base
    // keeps this O(1) even for 100,000 customers.
    let n = emailCounters.get(`${local}@${domain}`) ?? 1;
    let email = n === 1 ? `${local}@${domain}` : `${local}${n}@${domain}`;
    while (usedEmails.has(email)) email = `${local}${++n}@${domain}`;
    emailCounters.set(`${local}@${domain}`, n + 1);
    usedEmails.add(email);
    const place = random.pick(profile.places);
    const hasPhone = random.chance(0.7);
    const phone = hasPhone ? `${place.phonePrefix}${random.digits(place.phoneDigits)}` : null;
    const recent = random.chance(0.12);
    const created = recent
      ? nowMs - random.int(3, 85) * DAY - random.int(0, 23) * HOUR
      : nowMs - random.int(95, 900) * DAY - random.int(0, 23) * HOUR;
    const role = random.chance(0.06) ? "none" : random.chance(0.025) ? "whale" : "regular";
    const tags: string[] = [];
    if (random.chance(0.25)) tags.push("newsletter");
    if (role === "whale" && random.chance(0.6)) tags.push("VIP");
    else if (role === "regular" && random.chance(0.03)) tags.push("VIP");
    if (random.chance(0.02)) tags.push("wholesale");
    const customer = addCustomer(store, data, {
      firstName: person.first,
      lastName: person.last,
      email,
      phone,
      tags,
      locale: profile.locale,
      createdAt: at(created),
      address: { ...addressFor(person.first, person.last, place), phone },
      emailMarketingState: tags.includes("newsletter") ? "SUBSCRIBED" : "NOT_SUBSCRIBED",
      state: random.chance(0.5) ? "ENABLED" : "DISABLED",
    });
    roles.set(customer.id, role);
    placeOf.set(customer.id, place);
    customers.push(customer);
  }

  // Customer metafields the merchant keeps (and one owned by the app).
  for (const customer of customers) {
    if (random.chance(0.3))
      upsertMetafield(store, data, {
        ownerGid: gid("Customer", customer.id),
        namespace: "custom",
        key: "preferred_fit",
        type: "single_line_text_field",
        value: random.pick(["Slim", "Regular", "Relaxed"]),
        at: customer.createdAt,
      });
    if (random.chance(0.15))
      upsertMetafield(store, data, {
        ownerGid: gid("Customer", customer.id),
        namespace: "custom",
        key: "birthday",
        type: "date",
        value: `19${random.int(60, 99)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
        at: customer.createdAt,
      });
  }
  if (customers[0])
    upsertMetafield(store, data, {
      ownerGid: gid("Customer", customers[0].id),
      namespace: `app--${appId}--concierge`,
      key: "language",
      type: "single_line_text_field",
      value: "ar",
      at: customers[0].createdAt,
    });

  // Discount codes.
  const vipIds = customers.filter((c) => c.tags.includes("VIP")).map((c) => c.id);
  // What the codes share unless they say otherwise: a percentage for any buyer, unlimited, open-ended.
  const base = {
    valueType: "PERCENTAGE" as "PERCENTAGE" | "FIXED_AMOUNT",
    appliesOnEachItem: false,
    minimumSubtotalCents: null,
    minimumQuantity: null,
    usageLimit: null,
    appliesOncePerCustomer: false,
    customerIds: null as number[] | null,
    endsAt: null as string | null,
    combinesWith: { orderDiscounts: false, productDiscounts: true, shippingDiscounts: true },
    tags: [] as string[],
    createdByAppKey: null,
  };
  /** A code live since `daysAgo`, made that day. */
  const since = (daysAgo: number) => ({ startsAt: at(nowMs - daysAgo * DAY), createdAt: at(nowMs - daysAgo * DAY) });
  const welcome = addDiscount(store, data, {
    ...base,
    appliesOncePerCustomer: true,
    title: "Welcome 10% off",
    code: "WELCOME10",
    value: 10,
    ...since(500),
  });
  // The summer sale was made a week before it started, and has ended.
  const summer = addDiscount(store, data, {
    ...base,
    title: "Summer sale 20%",
    code: "SUMMER20",
    value: 20,
    ...since(88),
    endsAt: at(nowMs - 60 * DAY),
    createdAt: at(nowMs - 95 * DAY),
  });
  const vip = addDiscount(store, data, {
    ...base,
    valueType: "FIXED_AMOUNT",
    value: cents("50.00"),
    minimumSubtotalCents: cents("250.00"),
    customerIds: vipIds,
    title: "VIP $50 off $250",
    code: "VIP50",
    ...since(300),
  });
  const agentCodes = [
    { staff: "Chloe", code: "CHLOE10", value: 10 },
    { staff: "Youssef", code: "YOUSSEF15", value: 15 },
    { staff: "Aiko", code: "AIKO10", value: 10 },
  ].map((agent, i) => {
    const target = customers[1 + i * 2] ?? customers[0]!;
    return addDiscount(store, data, {
      ...base,
      title: `${agent.staff} — goodwill ${agent.value}% for ${[target.firstName, target.lastName].filter(Boolean).join(" ")}`,
      code: agent.code,
      value: agent.value,
      usageLimit: 1,
      appliesOncePerCustomer: true,
      customerIds: [target.id],
      startsAt: at(nowMs - (30 - i * 5) * DAY),
      endsAt: at(nowMs + 30 * DAY),
      createdAt: at(nowMs - (30 - i * 5) * DAY),
      tags: ["concierge", "agent"],
    });
  });

  // Orders: draw every order's customer and time, then create them in time
  // order so order numbers and ids increase with processing time.
  const ordering = customers.filter((c) => roles.get(c.id) !== "none");
  const weights = ordering.map((c) => (roles.get(c.id) === "whale" ? 10 : roles.get(c.id) === "new" ? 1 : 0.4 + random.float() * 1.6));
  interface Plan {
    customer: CustomerRecord;
    at: number;
    /** Hand-written story for demos; random orders have none. */
    scenario?: Scenario;
  }
  const plans: Plan[] = [];
  for (const scenario of demoScenarios(customers, byTitle, variantsOf, nowMs)) {
    plans.push({ customer: scenario.customer, at: scenario.at, scenario });
  }
  const randomOrders = Math.max(0, orderCount - plans.length);
  const pickCustomer = random.weightedPicker(ordering, weights);
  for (let i = 0; i < randomOrders; i++) {
    const customer = pickCustomer();
    const earliest = Math.max(Date.parse(customer.createdAt) + HOUR, nowMs - 90 * DAY);
    const t = earliest + Math.floor(random.float() * (nowMs - 2 * HOUR - earliest));
    plans.push({ customer, at: t });
  }
  plans.sort((a, b) => a.at - b.at || a.customer.id - b.customer.id);

  const firstOrderDone = new Set<number>();
  // CHLOE10 is reserved for Emma's scripted chat order.
  const agentUsed = new Set<string>(["CHLOE10"]);
  for (const plan of plans) {
    if (plan.scenario) {
      const scenario = plan.scenario;
      const order = createOrder(store, data, {
        customerId: scenario.customer.id,
        lines: scenario.lines,
        createdAt: at(scenario.at),
        discountCode: scenario.discountCode ?? null,
        customAttributes: scenario.chat ? [{ key: "_concierge_chat", value: `chat_${scenario.at.toString(36)}` }] : [],
        shippingCents: scenario.pickup ? 0 : cents("8.00"),
        deliveryMethod: scenario.pickup ? "PICK_UP" : "SHIPPING",
        keepInventory: true,
        tags: scenario.chat ? ["concierge"] : [],
      });
      if (scenario.discountCode) agentUsed.add(scenario.discountCode);
      firstOrderDone.add(scenario.customer.id);
      scenario.then({ store, data, order, random, place: placeOf.get(scenario.customer.id)!, nowMs });
      continue;
    }
    const role = roles.get(plan.customer.id);
    const lineCount = role === "whale" ? random.int(2, 4) : random.weighted([1, 2, 3], [6, 3, 1]);
    const lines: { variantId: number; quantity: number }[] = [];
    const giftCard = byTitle("Gift Card");
    for (let l = 0; l < lineCount; l++) {
      const product = random.chance(0.04)
        ? giftCard
        : random.pick(role === "whale" ? apparel.filter((p) => p.title !== "Everyday Tee") : apparel);
      const variant = random.pick(variantsOf(product));
      if (lines.some((x) => x.variantId === variant.id)) continue;
      lines.push({ variantId: variant.id, quantity: role === "whale" ? random.int(1, 3) : random.weighted([1, 2], [8, 2]) });
    }
    const subtotal: Cents = lines.reduce((s, l) => s + data.variants.get(l.variantId)!.priceCents * l.quantity, 0);
    const ageDays = (nowMs - plan.at) / DAY;
    let discountCode: string | null = null;
    if (!firstOrderDone.has(plan.customer.id) && random.chance(0.3)) discountCode = welcome.code;
    else if (plan.at >= Date.parse(summer.startsAt) && plan.at < Date.parse(summer.endsAt!) && random.chance(0.25))
      discountCode = summer.code;
    else if (vip.customerIds!.includes(plan.customer.id) && subtotal >= vip.minimumSubtotalCents! && random.chance(0.2))
      discountCode = vip.code;
    else {
      const agent = agentCodes.find(
        (d) => d.customerIds![0] === plan.customer.id && !agentUsed.has(d.code) && plan.at >= Date.parse(d.startsAt),
      );
      if (agent && random.chance(0.6)) {
        discountCode = agent.code;
        agentUsed.add(agent.code);
      }
    }
    firstOrderDone.add(plan.customer.id);
    const fromChat = discountCode !== null && agentCodes.some((d) => d.code === discountCode) ? true : ageDays < 45 && random.chance(0.08);
    const place = placeOf.get(plan.customer.id)!;
    const pickup = place.countryCode === "US" && random.chance(0.05);
    const pending = ageDays < 3 && random.chance(0.04);
    const order = createOrder(store, data, {
      customerId: plan.customer.id,
      lines,
      createdAt: at(plan.at),
      discountCode,
      customAttributes: fromChat ? [{ key: "_concierge_chat", value: `chat_${plan.at.toString(36)}` }] : [],
      shippingCents: pickup ? 0 : subtotal >= cents("150.00") ? 0 : place.countryCode === "US" ? cents("8.00") : cents("18.00"),
      deliveryMethod: pickup ? "PICK_UP" : "SHIPPING",
      financialStatus: pending ? "PENDING" : "PAID",
      keepInventory: true,
      tags: fromChat ? ["concierge"] : [],
    });

    // What happened to it afterwards.
    const fate = random.float();
    if (!pending && fate < 0.03 && ageDays > 0.5) {
      cancelOrder(store, data, order, {
        at: at(plan.at + random.int(1, 10) * HOUR),
        reason: random.pick(["CUSTOMER", "INVENTORY", "FRAUD"] as const),
        refund: true,
        restock: true,
      });
      continue;
    }
    if (pending) continue;
    simulateShipping(store, data, order, place, random, plan.at, nowMs, pickup);
    afterDelivery(store, data, order, random, plan.at, nowMs, fate, variantsOf);
  }
  // Stock levels are part of the design (some variants sold out); returns
  // and cancellations above must not change them.
  for (const [variantId, quantity] of designedStock) data.variants.get(variantId)!.inventoryQuantity = quantity;

  if (options.includeOtherShop !== false) seedOtherShop(store, { now });
  return store;
}

/** Fulfillment and carrier events for an order of the given age. */
function simulateShipping(
  store: Store,
  data: ShopData,
  order: OrderRecord,
  place: Place,
  random: Random,
  placedAt: number,
  nowMs: number,
  pickup: boolean,
): void {
  const ageHours = (nowMs - placedAt) / HOUR;
  const at = (ms: number) => shopifyTime(Math.min(ms, nowMs - 60_000));
  const shippable = order.lineItems.filter((l) => l.requiresShipping);
  if (shippable.length === 0) return;
  if (ageHours < 20 && random.chance(0.7)) return; // not yet fulfilled

  if (pickup) {
    const f = fulfillOrder(store, data, order, { at: at(placedAt + random.int(2, 18) * HOUR), shipmentStatus: "READY_FOR_PICKUP" });
    if (ageHours > 72 && random.chance(0.8))
      addFulfillmentEvent(store, data, order, f, {
        status: "DELIVERED",
        at: at(placedAt + random.int(30, 70) * HOUR),
        message: "Picked up in store",
      });
    return;
  }

  const split = shippable.length >= 2 && random.chance(0.12);
  const groups = split ? [shippable.slice(0, 1), shippable.slice(1)] : [shippable];
  groups.forEach((group, index) => {
    const labelAt = placedAt + random.int(4, 30) * HOUR + index * random.int(12, 48) * HOUR;
    if (labelAt > nowMs - HOUR) return;
    const transitDays = place.countryCode === "US" ? random.int(2, 4) : random.int(4, 8);
    const eta = labelAt + transitDays * DAY;
    const f = fulfillOrder(store, data, order, {
      at: at(labelAt),
      lines: group.map((l) => ({ lineItemId: l.id, quantity: l.quantity })),
      tracking: trackingFor(random, place.carrier),
      shipmentStatus: random.chance(0.5) ? "LABEL_PRINTED" : "CONFIRMED",
      estimatedDeliveryAt: at(eta),
    });
    advanceShipment(store, data, order, f, random, labelAt, eta, nowMs, place);
  });
}

/** Walks a parcel through carrier states up to `now`, sometimes going wrong. */
function advanceShipment(
  store: Store,
  data: ShopData,
  order: OrderRecord,
  f: FulfillmentRecord,
  random: Random,
  labelAt: number,
  eta: number,
  nowMs: number,
  place: Place,
): void {
  const event = (status: FulfillmentEventStatus, t: number, extra: { message?: string; estimatedDeliveryAt?: string } = {}) => {
    if (t >= nowMs) return false;
    addFulfillmentEvent(store, data, order, f, { status, at: shopifyTime(t), city: place.city, country: place.country, ...extra });
    return true;
  };
  const pickedUp = labelAt + random.int(6, 20) * HOUR;
  if (!event("IN_TRANSIT", pickedUp, { estimatedDeliveryAt: shopifyTime(eta) })) return;
  const trouble = random.float();
  if (trouble < 0.06) {
    // Delayed: new estimate two to four days later.
    const newEta = eta + random.int(2, 4) * DAY;
    if (
      !event("DELAYED", eta - random.int(6, 20) * HOUR, {
        message: "Shipment delayed due to carrier network disruption",
        estimatedDeliveryAt: shopifyTime(newEta),
      })
    )
      return;
    eta = newEta;
  }
  if (!event("OUT_FOR_DELIVERY", eta - random.int(3, 8) * HOUR)) return;
  if (trouble > 0.975) {
    event("FAILURE", eta, { message: "Address not found — returned to sender" });
    return;
  }
  if (trouble > 0.92) {
    if (!event("ATTEMPTED_DELIVERY", eta, { message: "Delivery attempted — recipient not available" })) return;
    eta += DAY;
    if (!event("OUT_FOR_DELIVERY", eta - 4 * HOUR)) return;
  }
  event("DELIVERED", eta + random.int(0, 3) * HOUR);
}

/** Refunds, returns and exchanges on delivered orders. */
function afterDelivery(
  store: Store,
  data: ShopData,
  order: OrderRecord,
  random: Random,
  placedAt: number,
  nowMs: number,
  fate: number,
  variantsOf: (p: ProductRecord) => VariantRecord[],
): void {
  const delivered = order.fulfillments.filter((f) => f.deliveredAt !== null);
  const at = (ms: number) => shopifyTime(Math.min(ms, nowMs - 60_000));
  const lastDelivery = Math.max(placedAt, ...delivered.map((f) => Date.parse(f.deliveredAt!)));
  if (fate < 0.06 && fate >= 0.03) {
    // Full refund (e.g. lost parcel, goodwill).
    refundOrder(store, data, order, {
      full: true,
      at: at(lastDelivery + random.int(1, 5) * DAY),
      note: "Refunded in full",
      restockType: "NO_RESTOCK",
    });
    return;
  }
  if (fate < 0.11) {
    // Partial refund of one unit of one line.
    const line = random.pick(order.lineItems);
    refundOrder(store, data, order, {
      lines: [{ lineItemId: line.id, quantity: 1 }],
      at: at(placedAt + random.int(2, 12) * DAY),
      note: "Partial refund — item damaged",
      restockType: "NO_RESTOCK",
    });
    return;
  }
  if (delivered.length === 0 || fate >= 0.18) return;
  // Returns: the first delivered, returnable, non-gift-card unit.
  const fulfillment = delivered[0]!;
  const fli = fulfillment.lineItems.find((l) => !order.lineItems.find((x) => x.id === l.lineItemId)!.isGiftCard);
  if (!fli) return;
  const line = order.lineItems.find((l) => l.id === fli.lineItemId)!;
  const product = data.products.get(line.productId!)!;
  const variant = data.variants.get(line.variantId!)!;
  const openedAt = lastDelivery + random.int(1, 6) * DAY;
  if (openedAt >= nowMs) return;
  if (fate < 0.145 && order.totalDiscountsCents === 0) {
    // Exchange for another size of the same product.
    const sizeIndex = variant.selectedOptions.findIndex((o) => o.name === "Size" || o.name === "Waist");
    const alternatives = variantsOf(product).filter(
      (v) => v.id !== variant.id && v.selectedOptions.every((o, i) => i === sizeIndex || o.value === variant.selectedOptions[i]?.value),
    );
    const swap = alternatives[0];
    if (!swap) return;
    const ret = createReturn(store, data, order, {
      at: at(openedAt),
      returnLineItems: [
        {
          fulfillmentLineItemId: fli.id,
          quantity: 1,
          returnReason: random.pick(["SIZE_TOO_SMALL", "SIZE_TOO_LARGE"]),
          returnReasonNote: "Exchange for another size",
        },
      ],
      exchangeLineItems: [{ variantId: swap.id, quantity: 1 }],
    });
    const processedAt = openedAt + random.int(3, 8) * DAY;
    if (processedAt < nowMs)
      processReturn(store, data, order, ret, {
        at: at(processedAt),
        returnLineItems: [{ id: ret.returnLineItems[0]!.id, quantity: 1 }],
        exchangeLineItems: [{ id: ret.exchangeLineItems[0]!.id, quantity: 1 }],
        refund: true,
      });
    return;
  }
  // Plain return, refunded once received (or still open).
  const ret = createReturn(store, data, order, {
    at: at(openedAt),
    returnLineItems: [
      {
        fulfillmentLineItemId: fli.id,
        quantity: 1,
        returnReason: random.pick(["UNWANTED", "NOT_AS_DESCRIBED", "DEFECTIVE", "STYLE"]),
        returnReasonNote: "",
      },
    ],
  });
  const receivedAt = openedAt + random.int(4, 10) * DAY;
  if (receivedAt < nowMs)
    processReturn(store, data, order, ret, {
      at: at(receivedAt),
      returnLineItems: [{ id: ret.returnLineItems[0]!.id, quantity: 1 }],
      exchangeLineItems: [],
      refund: true,
    });
}

// ---------------------------------------------------------------------------
// Demo scenarios
// ---------------------------------------------------------------------------

interface ScenarioContext {
  store: Store;
  data: ShopData;
  order: OrderRecord;
  random: Random;
  place: Place;
  nowMs: number;
}

/** A carrier scan: its status, when (ms), and what else the carrier said. */
type Scan = [status: FulfillmentEventStatus, at: number, extra?: { message?: string; estimatedDeliveryAt?: string }];

interface Scenario {
  name: string;
  customer: CustomerRecord;
  at: number;
  lines: { variantId: number; quantity: number }[];
  discountCode?: string;
  chat?: boolean;
  pickup?: boolean;
  then: (ctx: ScenarioContext) => void;
}

/**
 * Recent orders of the hero customers, each in a known state, so a demo of
 * "where is my order?" can show every tracking state.
 */
function demoScenarios(
  customers: CustomerRecord[],
  byTitle: (title: string) => ProductRecord,
  variantsOf: (p: ProductRecord) => VariantRecord[],
  nowMs: number,
): Scenario[] {
  const variant = (title: string, ...values: string[]) => {
    const found = variantsOf(byTitle(title)).find((v) => values.every((value, i) => v.selectedOptions[i]?.value === value));
    if (!found) throw new Error(`No ${title} ${values.join(" / ")}`);
    return found.id;
  };
  const hero = (email: string) => customers.find((c) => c.email === email);
  const ship = (ctx: ScenarioContext, labelAt: number, eta: number, lines?: { lineItemId: number; quantity: number }[]) =>
    fulfillOrder(ctx.store, ctx.data, ctx.order, {
      at: shopifyTime(labelAt),
      lines,
      tracking: trackingFor(ctx.random, ctx.place.carrier),
      shipmentStatus: "CONFIRMED",
      estimatedDeliveryAt: shopifyTime(eta),
    });
  /** A parcel of the scenario's order: its label bought at `labelAt`, expected at `eta`, then the carrier's scans, in the customer's city. */
  const parcel =
    (labelAt: number, eta: number, scans: Scan[], lines?: { lineItemId: number; quantity: number }[]) =>
    (ctx: ScenarioContext): FulfillmentRecord => {
      const f = ship(ctx, labelAt, eta, lines);
      for (const [status, t, extra] of scans)
        addFulfillmentEvent(ctx.store, ctx.data, ctx.order, f, {
          status,
          at: shopifyTime(t),
          city: ctx.place.city,
          country: ctx.place.country,
          ...extra,
        });
      return f;
    };
  // A scenario needs its customer; one the seed did not make is skipped.
  const scenario = (customer: CustomerRecord | undefined, rest: Omit<Scenario, "customer">): Scenario | null =>
    customer ? { ...rest, customer } : null;
  const scenarios: (Scenario | null)[] = [
    scenario(hero("emma.johnson@example.com"), {
      name: "in transit, chat-attributed, agent code",
      at: nowMs - 3 * DAY,
      lines: [
        { variantId: variant("Relaxed Chino", "32", "Khaki"), quantity: 1 },
        { variantId: variant("Leather Belt", "M"), quantity: 1 },
      ],
      discountCode: "CHLOE10",
      chat: true,
      then: parcel(nowMs - 2.6 * DAY, nowMs + 1 * DAY, [
        ["IN_TRANSIT", nowMs - 2 * DAY, { estimatedDeliveryAt: shopifyTime(nowMs + 1 * DAY) }],
      ]),
    }),
    scenario(hero("ahmed.elfassi@example.com"), {
      name: "split shipment: one parcel delivered, one in transit",
      at: nowMs - 6 * DAY,
      lines: [
        { variantId: variant("Merino Crew Sweater", "L"), quantity: 2 },
        { variantId: variant("Classic Chino", "34", "Navy"), quantity: 1 },
      ],
      then: (ctx) => {
        const [sweaters, chino] = ctx.order.lineItems;
        const delivered: Scan[] = [
          ["IN_TRANSIT", nowMs - 5 * DAY],
          ["OUT_FOR_DELIVERY", nowMs - 2.2 * DAY],
          ["DELIVERED", nowMs - 2 * DAY],
        ];
        parcel(nowMs - 5.5 * DAY, nowMs - 2 * DAY, delivered, [{ lineItemId: sweaters!.id, quantity: 2 }])(ctx);
        const inTransit: Scan[] = [["IN_TRANSIT", nowMs - 2.5 * DAY, { estimatedDeliveryAt: shopifyTime(nowMs + 2 * DAY) }]];
        parcel(nowMs - 3 * DAY, nowMs + 2 * DAY, inTransit, [{ lineItemId: chino!.id, quantity: 1 }])(ctx);
      },
    }),
    scenario(hero("hanako.yamada@example.jp"), {
      name: "out for delivery",
      at: nowMs - 4 * DAY,
      lines: [{ variantId: variant("Linen Overshirt", "S"), quantity: 1 }],
      then: parcel(nowMs - 3.5 * DAY, nowMs, [
        ["IN_TRANSIT", nowMs - 3 * DAY],
        ["OUT_FOR_DELIVERY", nowMs - 5 * HOUR],
      ]),
    }),
    scenario(hero("omar.elsayed@example.com"), {
      name: "attempted delivery",
      at: nowMs - 8 * DAY,
      lines: [{ variantId: variant("Everyday Tee", "M"), quantity: 3 }],
      then: parcel(nowMs - 7 * DAY, nowMs - 1 * DAY, [
        ["IN_TRANSIT", nowMs - 6 * DAY],
        ["OUT_FOR_DELIVERY", nowMs - 1.2 * DAY],
        ["ATTEMPTED_DELIVERY", nowMs - 1 * DAY, { message: "Delivery attempted — recipient not available" }],
      ]),
    }),
    scenario(hero("fatima.almansouri@example.ae"), {
      name: "delayed with a new estimate",
      at: nowMs - 7 * DAY,
      lines: [
        { variantId: variant("Merino Crew Sweater", "M"), quantity: 1 },
        { variantId: variant("Linen Overshirt", "M"), quantity: 2 },
      ],
      then: parcel(nowMs - 6.5 * DAY, nowMs - 1 * DAY, [
        ["IN_TRANSIT", nowMs - 6 * DAY],
        ["DELAYED", nowMs - 1.5 * DAY, { message: "Shipment held at customs", estimatedDeliveryAt: shopifyTime(nowMs + 3 * DAY) }],
      ]),
    }),
    scenario(hero("louis.chevalier@example.com"), {
      name: "first order, label printed",
      at: nowMs - 1 * DAY,
      lines: [{ variantId: variant("Classic Chino", "32", "Khaki"), quantity: 1 }],
      discountCode: "WELCOME10",
      then: parcel(nowMs - 6 * HOUR, nowMs + 4 * DAY, []),
    }),
    scenario(hero("grace.nguyen@example.org"), {
      name: "local pickup ready",
      at: nowMs - 2 * DAY,
      pickup: true,
      lines: [{ variantId: variant("Leather Belt", "L"), quantity: 1 }],
      then: (ctx) => {
        fulfillOrder(ctx.store, ctx.data, ctx.order, { at: shopifyTime(nowMs - 1.5 * DAY), shipmentStatus: "READY_FOR_PICKUP" });
      },
    }),
    scenario(hero("camille.martin@exemple.fr"), {
      name: "exchanged for another waist via a return",
      at: nowMs - 24 * DAY,
      lines: [{ variantId: variant("Classic Chino", "32", "Khaki"), quantity: 1 }],
      then: (ctx) => {
        const f = parcel(nowMs - 23 * DAY, nowMs - 18 * DAY, [
          ["IN_TRANSIT", nowMs - 22 * DAY],
          ["DELIVERED", nowMs - 18 * DAY],
        ])(ctx);
        const ret = createReturn(ctx.store, ctx.data, ctx.order, {
          at: shopifyTime(nowMs - 16 * DAY),
          returnLineItems: [
            {
              fulfillmentLineItemId: f.lineItems[0]!.id,
              quantity: 1,
              returnReason: "SIZE_TOO_SMALL",
              returnReasonNote: "Waist too tight",
            },
          ],
          exchangeLineItems: [{ variantId: variant("Classic Chino", "34", "Khaki"), quantity: 1 }],
        });
        processReturn(ctx.store, ctx.data, ctx.order, ret, {
          at: shopifyTime(nowMs - 10 * DAY),
          returnLineItems: [{ id: ret.returnLineItems[0]!.id, quantity: 1 }],
          exchangeLineItems: [{ id: ret.exchangeLineItems[0]!.id, quantity: 1 }],
          refund: true,
        });
      },
    }),
    scenario(customers[9], {
      name: "carrier picked up",
      at: nowMs - 2 * DAY,
      lines: [{ variantId: variant("Everyday Tee", "L"), quantity: 2 }],
      then: parcel(nowMs - 1.5 * DAY, nowMs + 3 * DAY, [["CARRIER_PICKED_UP", nowMs - 1 * DAY]]),
    }),
    scenario(customers[10], {
      name: "label purchased",
      at: nowMs - 20 * HOUR,
      lines: [{ variantId: variant("Leather Belt", "S"), quantity: 1 }],
      then: parcel(nowMs - 10 * HOUR, nowMs + 5 * DAY, [["LABEL_PURCHASED", nowMs - 10 * HOUR]]),
    }),
    scenario(customers[11], {
      name: "delivery failed",
      at: nowMs - 12 * DAY,
      lines: [{ variantId: variant("Merino Crew Sweater", "XL"), quantity: 1 }],
      then: parcel(nowMs - 11 * DAY, nowMs - 6 * DAY, [
        ["IN_TRANSIT", nowMs - 10 * DAY],
        ["OUT_FOR_DELIVERY", nowMs - 6.2 * DAY],
        ["FAILURE", nowMs - 6 * DAY, { message: "Address not found — returned to sender" }],
      ]),
    }),
    scenario(customers[12], {
      name: "just placed, unfulfilled",
      at: nowMs - 2 * HOUR,
      lines: [{ variantId: variant("Relaxed Chino", "34", "Olive"), quantity: 1 }],
      then: () => undefined,
    }),
  ];
  return scenarios.filter((s): s is Scenario => s !== null);
}

/** A tiny second tenant (EUR, Paris) for multi-tenant tests. */
export function seedOtherShop(store: Store, options: { now?: Date } = {}): ShopData {
  const nowMs = (options.now ?? DEMO_NOW).getTime();
  const at = (ms: number) => shopifyTime(ms);
  const data = addShop(store, {
    domain: OTHER_SHOP,
    name: "Other Shop",
    email: "contact@other-shop.example",
    currencyCode: "EUR",
    ianaTimezone: "Europe/Paris",
    primaryLocale: "fr",
    primaryDomainUrl: "https://other-shop.example",
    createdAt: at(nowMs - 300 * DAY),
    countryCode: "FR",
    locationName: "Entrepôt Paris",
    locationCity: "Paris",
  });
  addStaffMember(
    store,
    data,
    staffMember({ email: "owner@other-shop.example", firstName: "Sophie", lastName: "Leroy", locale: "fr", accountOwner: true }),
  );
  const product = addProduct(store, data, {
    title: "Tote Bag",
    productType: "Bags",
    vendor: "Other Shop",
    createdAt: at(nowMs - 250 * DAY),
    options: [{ name: "Title", values: ["Default Title"] }],
    variants: [
      {
        title: "Default Title",
        sku: "TOTE-1",
        priceCents: cents("35.00"),
        inventoryQuantity: 12,
        unitCostCents: cents("11.00"),
        selectedOptions: [{ name: "Title", value: "Default Title" }],
      },
    ],
  });
  const people = [
    { first: "Julie", last: "Petit", email: "julie.petit@exemple.fr" },
    { first: "Ahmed", last: "Benali", email: "ahmed.benali@exemple.fr" },
    { first: "Claire", last: "Roux", email: "claire.roux@exemple.fr" },
  ];
  const customers = people.map((p, i) =>
    addCustomer(store, data, {
      firstName: p.first,
      lastName: p.last,
      email: p.email,
      locale: "fr",
      createdAt: at(nowMs - (200 - i * 30) * DAY),
      address: {
        firstName: p.first,
        lastName: p.last,
        company: null,
        address1: `${10 + i} rue du Temple`,
        address2: null,
        city: "Paris",
        province: null,
        provinceCode: null,
        country: "France",
        countryCode: "FR",
        zip: "75004",
        phone: null,
      },
    }),
  );
  const variantId = product.variantIds[0]!;
  [0, 0, 1, 2, 1].forEach((who, i) => {
    const order = createOrder(store, data, {
      customerId: customers[who]!.id,
      lines: [{ variantId, quantity: 1 + (i % 2) }],
      createdAt: at(nowMs - (40 - i * 7) * DAY),
      keepInventory: true,
      shippingCents: cents("6.00"),
    });
    if (i < 3) {
      const f = fulfillOrder(store, data, order, {
        at: at(nowMs - (39 - i * 7) * DAY),
        tracking: {
          company: "Colissimo",
          number: `6A1000000000${i}`,
          url: `https://www.laposte.fr/outils/suivre-vos-envois?code=6A1000000000${i}`,
        },
      });
      addFulfillmentEvent(store, data, order, f, { status: "DELIVERED", at: at(nowMs - (36 - i * 7) * DAY) });
    }
  });
  return data;
}

/** The first customer (أحمد الفاسي), handy in demos. */
export function demoHeroCustomer(store: Store, shop = DEMO_SHOP): CustomerRecord {
  const data = store.getShop(shop);
  const id = data.customerIdByEmail.get("ahmed.elfassi@example.com");
  if (id === undefined) throw new Error("The demo store has no hero customer");
  return data.customers.get(id)!;
}
