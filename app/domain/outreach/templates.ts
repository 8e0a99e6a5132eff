// The emails Concierge sends for the merchant, in the shopper's language
// (English, Arabic right-to-left, French), with the shop's branding from the
// tracking page settings and a link to the tracking page. Placeholders are
// {{name}}; every value is HTML-escaped, and a template can only use the
// placeholders its message offers.
import type { MessageKind } from "./consent";

export type OutreachLocale = "en" | "ar" | "fr";

export const OUTREACH_LOCALES: readonly OutreachLocale[] = ["en", "ar", "fr"];

export interface MessageTemplate {
  subject: string;
  /** Paragraphs separated by a blank line. */
  body: string;
  /** The button to the tracking page. */
  button: string;
}

export interface Branding {
  shopName: string;
  logoUrl: string | null;
  primaryColor: string | null;
  accentColor: string | null;
  supportEmail: string | null;
}

/** trackingUrl is the tracking page's link (through its signed click link), as text. */
const ORDER_PLACEHOLDERS = ["firstName", "orderName", "shopName", "carrier", "trackingUrl"] as const;

export const PLACEHOLDERS: Record<MessageKind, readonly string[]> = {
  shipment_delay: ORDER_PLACEHOLDERS,
  stage_shipped: ORDER_PLACEHOLDERS,
  stage_out_for_delivery: ORDER_PLACEHOLDERS,
  stage_delivered: ORDER_PLACEHOLDERS,
  // A campaign's welcome (decision 028): the customer's own code, the signing agent, and the unsubscribe link as text.
  welcome: ["firstName", "agentName", "code", "percentOff", "shopName", "unsubscribeUrl"],
};

/** Placeholders a message must keep: a welcome without its code or its signature is not the offer the campaign promised. */
export const REQUIRED_PLACEHOLDERS: Partial<Record<MessageKind, readonly string[]>> = {
  welcome: ["code", "agentName"],
};

export const DEFAULT_TEMPLATES: Record<MessageKind, Record<OutreachLocale, MessageTemplate>> = {
  shipment_delay: {
    en: {
      subject: "Your order {{orderName}} is running late",
      body: "Hi {{firstName}},\n\nThe carrier tells us your order {{orderName}} is delayed. We are on it and wanted you to hear it from us first.\n\nYou can follow your package at any time on our tracking page, and simply reply to this email if you need anything.\n\nThe {{shopName}} team",
      button: "Track my order",
    },
    ar: {
      subject: "طلبك {{orderName}} متأخر قليلاً",
      body: "مرحباً {{firstName}}،\n\nأبلغتنا شركة الشحن أن طلبك {{orderName}} قد تأخر. نحن نتابع الأمر وأردنا أن تسمع ذلك منا أولاً.\n\nيمكنك متابعة شحنتك في أي وقت على صفحة التتبع، ويكفي أن ترد على هذه الرسالة إن احتجت أي شيء.\n\nفريق {{shopName}}",
      button: "تتبع طلبي",
    },
    fr: {
      subject: "Votre commande {{orderName}} a du retard",
      body: "Bonjour {{firstName}},\n\nLe transporteur nous indique que votre commande {{orderName}} est retardée. Nous suivons la situation et voulions que vous l'appreniez par nous.\n\nVous pouvez suivre votre colis à tout moment sur notre page de suivi ; répondez simplement à cet e-mail si vous avez besoin de quoi que ce soit.\n\nL'équipe {{shopName}}",
      button: "Suivre ma commande",
    },
  },
  stage_shipped: {
    en: {
      subject: "Your order {{orderName}} is on its way",
      body: "Hi {{firstName}},\n\nGood news: your order {{orderName}} has left us and is with the carrier.\n\nFollow it on our tracking page; we will let you know if anything changes.\n\nThe {{shopName}} team",
      button: "Track my order",
    },
    ar: {
      subject: "طلبك {{orderName}} في الطريق إليك",
      body: "مرحباً {{firstName}}،\n\nخبر سار: غادر طلبك {{orderName}} مستودعنا وهو الآن مع شركة الشحن.\n\nتابعه على صفحة التتبع، وسنخبرك إن تغيّر أي شيء.\n\nفريق {{shopName}}",
      button: "تتبع طلبي",
    },
    fr: {
      subject: "Votre commande {{orderName}} est en route",
      body: "Bonjour {{firstName}},\n\nBonne nouvelle : votre commande {{orderName}} nous a quittés et se trouve chez le transporteur.\n\nSuivez-la sur notre page de suivi ; nous vous préviendrons si quelque chose change.\n\nL'équipe {{shopName}}",
      button: "Suivre ma commande",
    },
  },
  stage_out_for_delivery: {
    en: {
      subject: "Your order {{orderName}} arrives today",
      body: "Hi {{firstName}},\n\nYour order {{orderName}} is out for delivery and should reach you today.\n\nThe {{shopName}} team",
      button: "Track my order",
    },
    ar: {
      subject: "طلبك {{orderName}} يصل اليوم",
      body: "مرحباً {{firstName}}،\n\nطلبك {{orderName}} خرج للتوصيل ومن المتوقع أن يصلك اليوم.\n\nفريق {{shopName}}",
      button: "تتبع طلبي",
    },
    fr: {
      subject: "Votre commande {{orderName}} arrive aujourd'hui",
      body: "Bonjour {{firstName}},\n\nVotre commande {{orderName}} est en cours de livraison et devrait vous parvenir aujourd'hui.\n\nL'équipe {{shopName}}",
      button: "Suivre ma commande",
    },
  },
  stage_delivered: {
    en: {
      subject: "Your order {{orderName}} was delivered",
      body: "Hi {{firstName}},\n\nThe carrier tells us your order {{orderName}} was delivered. We hope you love it.\n\nSomething not right? Reply to this email and we will sort it out.\n\nThe {{shopName}} team",
      button: "See my order",
    },
    ar: {
      subject: "تم توصيل طلبك {{orderName}}",
      body: "مرحباً {{firstName}}،\n\nأبلغتنا شركة الشحن بتوصيل طلبك {{orderName}}. نتمنى أن ينال إعجابك.\n\nهل هناك ما لا يرضيك؟ رد على هذه الرسالة وسنعالج الأمر.\n\nفريق {{shopName}}",
      button: "عرض طلبي",
    },
    fr: {
      subject: "Votre commande {{orderName}} a été livrée",
      body: "Bonjour {{firstName}},\n\nLe transporteur nous indique que votre commande {{orderName}} a été livrée. Nous espérons qu'elle vous plaira.\n\nUn souci ? Répondez à cet e-mail et nous nous en occupons.\n\nL'équipe {{shopName}}",
      button: "Voir ma commande",
    },
  },
  welcome: {
    en: {
      subject: "Welcome to {{shopName}}, {{firstName}}: {{percentOff}}% off your next order",
      body: "Hi {{firstName}},\n\nI'm {{agentName}}, and I look after our customers at {{shopName}}. Thank you for choosing us: if anything about your order is not perfect, simply reply to this email and I will sort it out myself.\n\nAs a welcome, here is {{percentOff}}% off your next order with your personal code {{code}} (it works once, just for you).\n\n{{agentName}}, {{shopName}}",
      button: "Shop with my code",
    },
    ar: {
      subject: "أهلاً بك في {{shopName}} يا {{firstName}}: خصم {{percentOff}}% على طلبك القادم",
      body: "مرحباً {{firstName}}،\n\nأنا {{agentName}}، وأهتم بعملائنا في {{shopName}}. شكراً لاختيارك لنا: إن لم يكن أي شيء في طلبك على ما يرام، يكفي أن ترد على هذه الرسالة وسأتولى الأمر بنفسي.\n\nترحيباً بك، إليك خصم {{percentOff}}% على طلبك القادم برمزك الشخصي {{code}} (يُستخدم مرة واحدة، لك وحدك).\n\n{{agentName}}، {{shopName}}",
      button: "تسوّق برمزي",
    },
    fr: {
      subject: "Bienvenue chez {{shopName}}, {{firstName}} : {{percentOff}} % sur votre prochaine commande",
      body: "Bonjour {{firstName}},\n\nJe suis {{agentName}} et je m'occupe de nos clients chez {{shopName}}. Merci de nous avoir choisis : si quelque chose n'est pas parfait dans votre commande, répondez simplement à cet e-mail et je m'en occupe personnellement.\n\nPour vous souhaiter la bienvenue, voici {{percentOff}} % sur votre prochaine commande avec votre code personnel {{code}} (valable une fois, rien que pour vous).\n\n{{agentName}}, {{shopName}}",
      button: "Profiter de mon code",
    },
  },
};

/** A shopper's locale ("ar-AE", "fr", "en-GB", null) as one of the template languages; English otherwise. */
export function outreachLocale(locale: string | null | undefined): OutreachLocale {
  const language = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return (OUTREACH_LOCALES as readonly string[]).includes(language ?? "") ? (language as OutreachLocale) : "en";
}

export const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? "");
}

/** The placeholders a template uses that its message does not offer, for the editor's errors. */
export function unknownPlaceholders(kind: MessageKind, template: MessageTemplate): string[] {
  return unknownPlaceholdersIn(kind, `${template.subject}\n${template.body}\n${template.button}`);
}

/** The placeholders its message requires that a template (subject, body and button together) leaves out. */
export function missingPlaceholders(kind: MessageKind, template: MessageTemplate): string[] {
  const used = new Set(
    [...`${template.subject}\n${template.body}\n${template.button}`.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!),
  );
  return (REQUIRED_PLACEHOLDERS[kind] ?? []).filter((name) => !used.has(name));
}

/** The placeholders one text of a template uses that its message does not offer. */
export function unknownPlaceholdersIn(kind: MessageKind, text: string): string[] {
  const allowed = new Set(PLACEHOLDERS[kind]);
  const used = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!);
  return [...new Set(used.filter((name) => !allowed.has(name)))];
}

const SAFE_COLOR = /^#[0-9a-f]{6}$/i;

export interface RenderedMessage {
  subject: string;
  html: string;
  text: string;
}

/** The footer link of a marketing message. */
export const UNSUBSCRIBE_LABEL: Record<OutreachLocale, string> = {
  en: "Unsubscribe from marketing emails",
  ar: "إلغاء الاشتراك في الرسائل التسويقية",
  fr: "Se désabonner des e-mails marketing",
};

/** The email, ready to send: subject, HTML (right-to-left in Arabic) and plain text. */
export function renderMessage(input: {
  template: MessageTemplate;
  locale: OutreachLocale;
  values: Record<string, string>;
  branding: Branding;
  /** The button's link: the tracking page through its signed click link. */
  trackingUrl: string;
  /** Marketing messages only: the signed unsubscribe link. */
  unsubscribeUrl?: string;
}): RenderedMessage {
  const { template, locale, branding } = input;
  const values = {
    ...input.values,
    shopName: branding.shopName,
    trackingUrl: input.trackingUrl,
    unsubscribeUrl: input.unsubscribeUrl ?? "",
  };
  const subject = fill(template.subject, values).replace(/\s+/g, " ").trim();
  const paragraphs = fill(template.body, values)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const button = fill(template.button, values);
  const dir = locale === "ar" ? "rtl" : "ltr";
  const primary = branding.primaryColor && SAFE_COLOR.test(branding.primaryColor) ? branding.primaryColor : "#1a1a1a";
  const accent = branding.accentColor && SAFE_COLOR.test(branding.accentColor) ? branding.accentColor : primary;
  const logo = branding.logoUrl?.startsWith("https://")
    ? `<img src="${escapeHtml(branding.logoUrl)}" alt="${escapeHtml(branding.shopName)}" height="40" style="height:40px;border:0">`
    : `<strong style="font-size:20px;color:${primary}">${escapeHtml(branding.shopName)}</strong>`;
  const html = [
    `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f6f6f7;font-family:-apple-system,'Segoe UI',Tahoma,Arial,sans-serif;color:#202223">`,
    `<div dir="${dir}" style="max-width:560px;margin:0 auto;background:#ffffff;border-top:4px solid ${primary};padding:24px;text-align:${dir === "rtl" ? "right" : "left"}">`,
    `<p style="margin:0 0 16px">${logo}</p>`,
    ...paragraphs.map((paragraph) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`),
    `<p style="margin:24px 0"><a href="${escapeHtml(input.trackingUrl)}" style="display:inline-block;padding:12px 20px;background:${accent};color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(button)}</a></p>`,
    branding.supportEmail
      ? `<p style="margin:0;color:#6d7175;font-size:13px"><a href="mailto:${escapeHtml(branding.supportEmail)}" style="color:#6d7175">${escapeHtml(branding.supportEmail)}</a></p>`
      : "",
    input.unsubscribeUrl
      ? `<p style="margin:16px 0 0;color:#6d7175;font-size:12px"><a href="${escapeHtml(input.unsubscribeUrl)}" style="color:#6d7175">${escapeHtml(UNSUBSCRIBE_LABEL[locale])}</a></p>`
      : "",
    `</div></body></html>`,
  ].join("");
  const text = [
    ...paragraphs,
    `${button}: ${input.trackingUrl}`,
    ...(branding.supportEmail ? [branding.supportEmail] : []),
    ...(input.unsubscribeUrl ? [`${UNSUBSCRIBE_LABEL[locale]}: ${input.unsubscribeUrl}`] : []),
  ].join("\n\n");
  return { subject, html, text };
}
