// What a staff member reading the admin in Arabic or French is told when a
// form is refused: the schema's messages and the services' refusals, through
// the actions, with no English left (issue 17; decision 036).
import { describe, expect, it } from "vitest";
import db from "../app/db.server";
import type { AdminLocale } from "../app/i18n/locales";
import { action as agentAction } from "../app/routes/app.agents.$id";
import { action as helpdesksAction } from "../app/routes/app.helpdesks";
import { action as deskAction, loader as deskLoader } from "../app/routes/app.exchanges.$orderId";
import { recordOutcome } from "../app/data/exchanges.server";
import { action as newRuleAction } from "../app/routes/app.vip-rules.new";
import { action as campaignsAction } from "../app/routes/app.campaigns._index";
import { seniorConciergeForm, vipRule } from "./factories/vip";
import { action as agentDeskAction } from "../app/routes/app.agent-desk";
import { action as instantRefundsAction } from "../app/routes/app.instant-refunds";
import { action as emailAction } from "../app/routes/app.email";
import { action as templatesAction } from "../app/routes/app.email-templates";
import { action as profitAction } from "../app/routes/app.profit";
import { action as offerAction } from "../app/routes/app.exchange-offers.$id";
import { action as offersListAction } from "../app/routes/app.exchange-offers._index";
import { action as reasonsAction, loader as reasonsLoader } from "../app/routes/app.reasons";
import { action as trackingAction } from "../app/routes/app.tracking";
import type { ReasonsReportView } from "../app/services/reasons-report.server";
import { phraseText, type Phrase } from "../app/domain/phrase";
import { serverTranslate } from "../app/i18n/resources.server";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { adminRequest } from "./factories/admin-requests";
import { agentForm, answeredFieldErrors } from "./factories/forms";
import { withSignedInStaff } from "./factories/local-shopify";
import { routeAnswer, type RouteFunction } from "./factories/routes";

const CHLOE = "chloe@concierge-demo.example";

const signedIn = withSignedInStaff(CHLOE);

/** Posts a form to an action as the staff member, in their language (Shopify's `locale` parameter). */
async function post(
  route: RouteFunction,
  path: string,
  locale: AdminLocale,
  form: Record<string, string>,
  params: Record<string, string> = {},
) {
  const url = `${path}${path.includes("?") ? "&" : "?"}locale=${locale}`;
  return routeAnswer(
    route,
    adminRequest(url, { shop: DEMO_SHOP, userId: signedIn.staffId(), method: "POST", body: new URLSearchParams(form) }),
    params,
  );
}

describe("the agent form", () => {
  const addAgent = (locale: AdminLocale, overrides: Record<string, string> = {}) =>
    post(agentAction, "/app/agents/new", locale, agentForm(overrides), { id: "new" });

  it("refuses a code Shopify already has, and an email another agent has, in Arabic and in French", async () => {
    const taken = { name: "Chloe Martin", email: CHLOE, "personalCode.code": "chloe10" };
    expect(answeredFieldErrors(await (await addAgent("ar", taken)).json())).toEqual({
      "personalCode.code": "CHLOE10 رمز خصم موجود بالفعل في متجرك على Shopify. اختر رمزًا آخر، مثل CHLOEM10.",
    });
    expect(answeredFieldErrors(await (await addAgent("fr", taken)).json())).toEqual({
      "personalCode.code": "CHLOE10 est déjà un code de réduction de votre boutique Shopify. Choisissez-en un autre, comme CHLOEM10.",
    });

    expect((await addAgent("fr")).status).toBeLessThan(400);
    const again = { "personalCode.code": "AMIRA15" };
    expect(answeredFieldErrors(await (await addAgent("ar", again)).json())).toEqual({
      email: "لدى وكيل آخر عنوان البريد الإلكتروني هذا بالفعل",
    });
    const sameCode = { email: "amira.h@concierge-demo.example" };
    expect(answeredFieldErrors(await (await addAgent("fr", sameCode)).json())).toEqual({
      "personalCode.code": "AMIRA10 appartient déjà à un agent",
    });
    expect(await db.agent.count({ where: { shop: DEMO_SHOP } })).toBe(1);
  });

  it("says what is wrong with each field in the staff member's language", async () => {
    const response = await addAgent("ar", { name: "", email: "amira@", timeZone: "Mars/Olympus_Mons" });
    expect(response.status).toBe(400);
    expect(answeredFieldErrors(await response.json())).toEqual({
      name: "أدخل اسم الوكيل",
      email: "أدخل بريدًا إلكترونيًا صالحًا",
      timeZone: "«Mars/Olympus_Mons» ليست منطقة زمنية؛ اختر منطقة مثل America/New_York",
    });
  });
});

describe("the Helpdesks page", () => {
  const send = async (locale: AdminLocale, form: Record<string, string>) => {
    const response = await post(helpdesksAction, "/app/helpdesks", locale, form);
    return { status: response.status, body: (await response.json()) as { intent: string; message?: string; saved?: boolean } };
  };
  const fieldErrors = async (locale: AdminLocale, form: Record<string, string>) => {
    const response = await post(helpdesksAction, "/app/helpdesks", locale, form);
    expect(response.status).toBe(400);
    return answeredFieldErrors(await response.json());
  };

  it("says what was saved, and what a test touch found, in Arabic and in French", async () => {
    expect((await send("ar", { intent: "options", windowDays: "7" })).body).toMatchObject({
      intent: "options",
      saved: true,
      message: "تم الحفظ: تُنسب الطلبات إلى آخر وكيل تواصل مع العميل خلال 7 أيام.",
    });
    expect((await send("fr", { intent: "options", windowDays: "1" })).body.message).toBe(
      "Enregistré : les commandes sont créditées au dernier agent ayant échangé avec le client dans un délai de 1 jour.",
    );
    expect((await send("fr", { intent: "rotate" })).body.message).toBe(
      "Nouveau secret créé. L'ancien reste valable 24 heures : mettez à jour vos outils de support d'ici là.",
    );
    // Chloe is a staff member, not an agent: the touch is accepted with a warning.
    expect((await send("ar", { intent: "test", helpdesk: "gorgias" })).body.message).toBe(
      `Gorgias: قُبل التفاعل التجريبي، لكن لا يوجد وكيل في Concierge بالبريد الإلكتروني ${CHLOE}: أضفه في صفحة الوكلاء، أو اربطه أدناه عند وصول تفاعلاته.`,
    );
    expect((await send("fr", { intent: "test", helpdesk: "generic" })).body.message).toMatch(
      /^Le webhook JSON : interaction de test acceptée/,
    );
  });

  it("refuses a test without Zendesk's secret, a window out of range and an unknown agent, in Arabic and in French", async () => {
    const zendesk = await send("ar", { intent: "test", helpdesk: "zendesk" });
    expect(zendesk).toEqual({
      status: 400,
      body: {
        intent: "test",
        ok: false,
        tone: "critical",
        message: "الصق سر التوقيع الخاص بـ Zendesk أولًا: يتحقق Concierge من كل طلب من Zendesk به.",
      },
    });
    expect(await fieldErrors("fr", { intent: "options", windowDays: "90", zendeskSigningSecret: "short" })).toEqual({
      windowDays: "La période est un nombre entier de jours de 1 à 30",
      zendeskSigningSecret: "Le secret de signature de Zendesk est plus long que cela",
    });
    const unknownAgent = { intent: "map", agentEmail: "sam@helpdesk.example", agentId: "no-such-agent" };
    expect(await fieldErrors("ar", unknownAgent)).toEqual({ agentId: "اختر وكيلًا من هذا المتجر" });
    expect(await fieldErrors("fr", { ...unknownAgent, agentId: "" })).toEqual({ agentId: "Choisissez l'agent" });
  });
});

describe("the exchange desk", () => {
  function anOrder() {
    const order = [...signedIn.local().store.getShop(DEMO_SHOP).orders.values()].find(
      (candidate) => candidate.customerId !== null && candidate.cancelledAt === null && candidate.lineItems.length > 0,
    );
    if (!order) throw new Error("the demo store has no order with a customer");
    return order;
  }

  it("names an offer deleted since, and an agent removed since, in the staff member's language", async () => {
    const order = anOrder();
    await recordOutcome(db, DEMO_SHOP, {
      offerId: "offer-deleted-since",
      orderId: String(order.id),
      lineItemId: "999999",
      customerId: null,
      agentId: "agent-removed-since",
      channel: "agent",
      status: "refused",
      returnReason: null,
      exchangeVariantId: null,
      currencyCode: "USD",
      figures: { keptMinor: 0n, upsellMinor: 0n, bonusCostMinor: 0n },
      createdAt: new Date(),
      decidedAt: new Date(),
    });
    const response = await routeAnswer(
      deskLoader,
      adminRequest(`/app/exchanges/${order.id}`, { shop: DEMO_SHOP, userId: signedIn.staffId() }),
      {
        orderId: String(order.id),
      },
    );
    expect(response.status).toBe(200);
    const [outcome] = ((await response.json()) as { outcomes: { offerName: Phrase; agent: Phrase; item: Phrase }[] }).outcomes;
    const named = (locale: AdminLocale) =>
      [outcome.offerName, outcome.agent, outcome.item].map((text) => phraseText(text, serverTranslate(locale)));
    expect(named("en")).toEqual(["Deleted offer", "Removed agent", "Line 999999"]);
    expect(named("ar")).toEqual(["عرض محذوف", "وكيل محذوف", "السطر 999999"]);
    expect(named("fr")).toEqual(["Offre supprimée", "Agent retiré", "Ligne 999999"]);

    // Its money as Arabic writes it: Intl's "0.00 US$", isolated so it lays out right to left.
    const arabic = await routeAnswer(
      deskLoader,
      adminRequest(`/app/exchanges/${order.id}?locale=ar`, { shop: DEMO_SHOP, userId: signedIn.staffId() }),
      { orderId: String(order.id) },
    );
    const [arabicOutcome] = ((await arabic.json()) as { outcomes: { net: string }[] }).outcomes;
    expect(arabicOutcome.net).toBe("\u2068\u200f0.00\u00a0\u2068US$\u2069\u2069");
  });

  it("refuses an answer from a staff member who is not an agent, in Arabic and in French", async () => {
    const order = anOrder();
    const answer = { intent: "refuse_outcome", outcomeId: "no-such-outcome" };
    const path = `/app/exchanges/${order.id}`;
    const ar = await post(deskAction, path, "ar", answer, { orderId: String(order.id) });
    expect(ar.status).toBe(403);
    expect(answeredFieldErrors(await ar.json())).toEqual({
      "": "يستطيع الوكلاء النشطون فقط تسجيل استبدال: أضف نفسك في صفحة الوكلاء ببريدك الإلكتروني في Shopify",
    });
    const fr = await post(deskAction, path, "fr", { intent: "accept" }, { orderId: String(order.id) });
    expect(fr.status).toBe(400);
    expect(answeredFieldErrors(await fr.json())).toEqual({
      lineItemId: "Choisissez un article",
      offerId: "Choisissez une offre",
      reason: "Choisissez le motif de retour",
    });

    // Chloe on the roster: an answer to an offer this order never had.
    const added = await post(
      agentAction,
      "/app/agents/new",
      "en",
      agentForm({ name: "Chloe Martin", email: CHLOE, "personalCode.code": "CHLOEDESK" }),
      {
        id: "new",
      },
    );
    expect(added.status).toBeLessThan(400);
    const notFound = await post(deskAction, path, "fr", answer, { orderId: String(order.id) });
    expect(notFound.status).toBe(404);
    expect(answeredFieldErrors(await notFound.json())).toEqual({ "": "Cette offre n'a pas été trouvée sur cette commande" });
  });
});

describe("the VIP rule form", () => {
  it("refuses a tier name the shop has and a contact nobody can reach, in Arabic and in French", async () => {
    await vipRule({ tierName: "Gold", conditions: [{ kind: "orders_count_at_least", value: 10 }] });
    const ar = await post(newRuleAction, "/app/vip-rules/new", "ar", seniorConciergeForm({ tierName: "gold", "concierge.email": "ana@" }));
    expect(ar.status).toBe(400);
    expect(answeredFieldErrors(await ar.json())).toEqual({
      tierName: "توجد بالفعل فئة باسم «Gold»",
      "concierge.email": "أدخل بريدًا إلكترونيًا صالحًا",
    });
    const fr = await post(
      newRuleAction,
      "/app/vip-rules/new",
      "fr",
      seniorConciergeForm({ "conditions[0].kind": "orders_count_at_least", "conditions[0].value": "2000000", "tagsToAdd[0]": "VIP, Gold" }),
    );
    expect(answeredFieldErrors(await fr.json())).toEqual({
      "conditions[0].value": "Saisissez au plus 1\u202f000\u202f000 commandes",
      "tagsToAdd[0]": "Les tags ne peuvent pas contenir de virgule",
    });
    expect(await db.vipRule.count({ where: { shop: DEMO_SHOP } })).toBe(1);
  });
});

describe("the welcome campaign form", () => {
  it("refuses an agent who can't sign it and a missing date, in Arabic and in French", async () => {
    const campaign = { intent: "create", name: "Welcome", segment: "first_order", segmentDays: "30", percentOff: "10", channel: "email" };
    const ar = await post(campaignsAction, "/app/campaigns", "ar", { ...campaign, agentId: "somebody-else", when: "now" });
    expect(ar.status).toBe(400);
    expect(answeredFieldErrors(await ar.json())).toEqual({ agentId: "اختر أحد وكلائك النشطين" });
    const fr = await post(campaignsAction, "/app/campaigns", "fr", { ...campaign, agentId: "somebody-else", when: "later" });
    expect(answeredFieldErrors(await fr.json())).toEqual({ sendAt: "Saisissez une date et une heure" });
  });
});

describe("the agent desk's delight codes", () => {
  it("tells a staff member who is not an agent how to get there, and bounds a code's life, in French and in Arabic", async () => {
    const code = { "discount.kind": "fixed_amount", "discount.value": "10" };
    const fr = await post(agentDeskAction, "/app/agent-desk", "fr", code);
    expect(fr.status).toBe(400);
    expect(answeredFieldErrors(await fr.json())).toEqual({
      "": "Seuls les agents peuvent émettre des codes surprise : demandez au propriétaire de la boutique de vous ajouter à la liste avec votre e-mail Shopify",
    });
    const ar = await post(agentDeskAction, "/app/agent-desk", "ar", { ...code, expiresInDays: "400", customerId: "emma" });
    expect(answeredFieldErrors(await ar.json())).toEqual({
      expiresInDays: "يصلح الكود من يوم واحد إلى 365 يوم",
      customerId: "ابحث عن العميل مجددًا: معرّف العميل هذا غير صالح",
    });
  });
});

describe("the instant refunds settings", () => {
  it("bounds the SKUs kept out, in Arabic and in French", async () => {
    const tooMany = Array.from({ length: 201 }, (_, index) => `SKU-${index}`).join("\n");
    const ar = await post(instantRefundsAction, "/app/instant-refunds", "ar", { excludedSkus: tooMany });
    expect(ar.status).toBe(400);
    expect(answeredFieldErrors(await ar.json())).toEqual({ excludedSkus: "200 رمز SKU على الأكثر" });
    const fr = await post(instantRefundsAction, "/app/instant-refunds", "fr", { excludedSkus: "X".repeat(256) });
    expect(answeredFieldErrors(await fr.json())).toEqual({ excludedSkus: "Un SKU compte au plus 255 caractères" });
  });
});

describe("the Email page and the template editor", () => {
  it("say what is wrong with the sender, the server and a template, in Arabic and in French", async () => {
    const server = {
      intent: "server",
      fromName: "",
      fromEmail: "hello@shop.example",
      host: "smtp.example.com",
      port: "70000",
      security: "none",
    };
    const ar = await post(emailAction, "/app/email", "ar", server);
    expect(ar.status).toBe(400);
    expect(answeredFieldErrors(await ar.json())).toEqual({
      fromName: "أدخل الاسم الذي يراه المتسوقون",
      port: "أدخل منفذًا من 1 إلى 65535",
    });
    const choices = await post(emailAction, "/app/email", "fr", { intent: "choices", stageUpdates: "lost" });
    expect(answeredFieldErrors(await choices.json())).toEqual({
      "stageUpdates[0]": "Choisissez parmi expédiée, en cours de livraison et livrée",
    });
    const test = await post(emailAction, "/app/email", "fr", { intent: "test", to: "you@" });
    expect(answeredFieldErrors(await test.json())).toEqual({
      to: "Saisissez l'adresse à laquelle envoyer le test, comme you@yourshop.com",
    });

    const notSetUp = await post(emailAction, "/app/email", "ar", { intent: "test", to: "you@shop.example" });
    expect(((await notSetUp.json()) as { test: { message: string } }).test.message).toBe(
      "احفظ المرسل والخادم أولًا: يُرسل الاختبار من خلالهما.",
    );

    const template = { kind: "shipment_delay", locale: "en", subject: "Late: {{discountCode}}", body: "", button: "Track" };
    const fr = await post(templatesAction, "/app/email-templates", "fr", template);
    expect(fr.status).toBe(400);
    expect(answeredFieldErrors(await fr.json())).toEqual({
      subject: expect.stringMatching(/^\{\{discountCode\}\} n'est pas une variable de ce message : utilisez \{\{firstName\}\}/),
      body: "Saisissez le message",
    });
  });
});

describe("the Profit page's campaign form", () => {
  it("says what is wrong with a campaign, and that a code is no agent's, in Arabic and in French", async () => {
    const campaign = (locale: AdminLocale, fields: Record<string, string>) =>
      post(profitAction, "/app/profit", locale, { intent: "addCampaign", ...fields });
    const invalid = { name: "", month: "2026-13", contacted: "10", replied: "20" };
    const arabic = await campaign("ar", invalid);
    expect(arabic.status).toBe(400);
    expect(answeredFieldErrors(await arabic.json())).toMatchObject({
      name: "أدخل اسم الحملة",
      month: "أدخل الشهر بالصيغة 2026-01",
      replied: "عدد الردود أكبر من عدد العملاء الذين تواصلت معهم: لا يردّ إلا من تواصلت معه",
    });
    const french = await campaign("fr", { name: "Relance", month: "2026-11", contacted: "10", replied: "2", code: "NOBODY10" });
    expect(french.status).toBe(400);
    expect(answeredFieldErrors(await french.json())).toEqual({
      code: "NOBODY10 n’est pas le code d’un agent. Donnez à la campagne un code de la page Agents, pour que ses commandes soient créditées.",
    });
  });
});

describe("the exchange offer form", () => {
  it("says what is wrong with each field in Arabic and in French", async () => {
    const invalid = { name: "", "exchange.kind": "variant", "bonus.kind": "free_gift", "texts.en.headline": "Hi {who}" };
    const arabic = await post(offerAction, "/app/exchange-offers/new", "ar", invalid, { id: "new" });
    expect(arabic.status).toBe(400);
    expect(answeredFieldErrors(await arabic.json())).toMatchObject({
      name: "أدخل اسمًا",
      "exchange.variantId": "اختر النوع الذي يُستبدل به",
      "bonus.variantId": "اختر الهدية المجانية",
      "texts.en.headline": "العنصر النائب {who} غير معروف: استخدم {returned_item}, {exchange_item}, {bonus_item}, {price_difference}",
      "texts.en.script": "أدخل نص الوكيل",
    });
    const french = await post(offerAction, "/app/exchange-offers/new", "fr", invalid, { id: "new" });
    expect(answeredFieldErrors(await french.json())).toMatchObject({
      name: "Saisissez un nom",
      "texts.en.script": "Saisissez le texte de l’agent",
    });
    expect(await db.exchangeOffer.count({ where: { shop: DEMO_SHOP } })).toBe(0);
  });
});

describe("the exchange offers list's buttons", () => {
  const press = async (locale: AdminLocale, form: Record<string, string>) => {
    const response = await post(offersListAction, "/app/exchange-offers", locale, form);
    return { status: response.status, body: (await response.json()) as unknown };
  };

  const ID = "clx0k8v2f000108l4a1b2c3d4";
  it.each<{ locale: AdminLocale; form: Record<string, string>; status: number; message: string }>([
    { locale: "ar", form: { intent: "delete", offerId: "not an id" }, status: 400, message: "هذا العرض ليس في القائمة" },
    { locale: "fr", form: { intent: "publish", offerId: ID }, status: 400, message: "Action inconnue" },
    { locale: "ar", form: { intent: "accept_outcome", outcomeId: ID }, status: 404, message: "لم يعد هذا الطلب في القائمة" },
    { locale: "fr", form: { intent: "delete", offerId: ID }, status: 404, message: "Cette offre n’est plus dans la liste" },
  ])("answers the $form.intent button with $status in the staff member's language ($locale)", async ({ locale, form, status, message }) => {
    expect(await press(locale, form)).toEqual({ status, body: { ok: false, message } });
  });
});

describe("the Contact reasons page", () => {
  it("refuses a reason in Arabic and in French, and a fifty-first one", async () => {
    const arabic = await post(reasonsAction, "/app/reasons", "ar", { key: "Zipper Broke!", labelEn: "" });
    expect(arabic.status).toBe(400);
    expect(answeredFieldErrors(await arabic.json())).toEqual({
      key: "استخدم كلمات بأحرف لاتينية صغيرة تفصل بينها شرطات، مثل zipper-broke",
      labelEn: "أدخل الاسم بالإنجليزية",
    });
    const tooLong = await post(reasonsAction, "/app/reasons", "ar", { key: "zipper-broke", labelEn: "Zipper", labelFr: "x".repeat(81) });
    expect(answeredFieldErrors(await tooLong.json())).toEqual({ labelFr: "لا يتجاوز الاسم 80 حرفًا" });
    const french = await post(reasonsAction, "/app/reasons", "fr", { key: "k".repeat(61), labelEn: "Zipper" });
    expect(answeredFieldErrors(await french.json())).toEqual({ key: "Une clé compte au plus 60 caractères" });

    await db.customReason.createMany({
      data: Array.from({ length: 50 }, (_, index) => ({ shop: DEMO_SHOP, key: `reason-${index}`, labelEn: `Reason ${index}` })),
    });
    const full = await post(reasonsAction, "/app/reasons", "ar", { key: "zipper-broke", labelEn: "Zipper broke" });
    expect(full.status).toBe(400);
    expect(answeredFieldErrors(await full.json())).toEqual({ "": "50 سببًا خاصًا بك على الأكثر: احذف واحدًا أولًا" });
  });

  it("names the week's reasons in the staff member's language, the merchant's own as they named it", async () => {
    await db.shop.upsert({ where: { shop: DEMO_SHOP }, create: { shop: DEMO_SHOP, ianaTimezone: "Asia/Dubai" }, update: {} });
    await db.customReason.create({ data: { shop: DEMO_SHOP, key: "zipper-broke", labelEn: "Zipper broke", labelAr: "انكسر السحاب" } });
    for (const [index, reasonKey] of ["too-small", "too-small", "zipper-broke"].entries())
      await db.contactReason.create({
        data: { shop: DEMO_SHOP, source: "helpdesk", sourceId: `touch-${index}`, reasonKey, occurredAt: new Date() },
      });
    const response = await routeAnswer(
      reasonsLoader,
      adminRequest("/app/reasons?locale=ar", { shop: DEMO_SHOP, userId: signedIn.staffId() }),
    );
    const report = (await response.json()) as ReasonsReportView;
    expect(report.byReason.map((line) => [line.label, line.count])).toEqual([
      ["صغير جدًا", 2],
      ["انكسر السحاب", 1],
    ]);
  });
});

describe("the tracking page settings and its shipments at risk", () => {
  it("says what is wrong with the branding and help, in Arabic and in French", async () => {
    const invalid = {
      logoUrl: "http://shop.example/logo.png",
      primaryColor: "blue",
      supportEmail: "help@",
      "faqLinks[0].url": "https://shop.example/faq",
      stalledAfterDays: "45",
    };
    const arabic = await post(trackingAction, "/app/tracking", "ar", invalid);
    expect(arabic.status).toBe(400);
    expect(answeredFieldErrors(await arabic.json())).toEqual({
      logoUrl: "يجب أن يبدأ عنوان الشعار بـ https://",
      primaryColor: "استخدم لونًا مثل #1a73e8",
      supportEmail: "أدخل بريدًا إلكترونيًا مثل help@example.com",
      "faqLinks[0].label": "أعطِ الرابط اسمًا",
      stalledAfterDays: "أدخل عدد أيام من 1 إلى 30",
    });
    const french = await post(trackingAction, "/app/tracking", "fr", { supportPhone: "12", pinnedCollection: "New Arrivals" });
    expect(answeredFieldErrors(await french.json())).toEqual({
      supportPhone: "Saisissez un numéro de téléphone comme +971 50 111 0346",
      pinnedCollection: "Saisissez l'identifiant d'une collection, comme new-arrivals",
    });
  });

  it("refuses to mark handled a shipment not in the list, in Arabic", async () => {
    const response = await post(trackingAction, "/app/tracking", "ar", { intent: "handled", riskId: "not a risk" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ intent: "handled", ok: false, message: "هذه الشحنة ليست في القائمة" });
  });
});
