// The welcome email of a campaign, in the customer's language (English,
// Arabic right to left, French), signed by the campaign's agent and carrying
// the customer's own single-use code. Rendered by the outreach templates'
// renderMessage (branding, escaping, the unsubscribe link of a marketing message).
import type { MessageTemplate, OutreachLocale } from "../outreach/templates";

export const WELCOME_PLACEHOLDERS = ["firstName", "agentName", "code", "percentOff", "shopName"] as const;

export const WELCOME_TEMPLATES: Record<OutreachLocale, MessageTemplate> = {
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
};

/** Where the button leads: the shop, with the code applied at checkout (Shopify's /discount/<code> link). */
export function welcomeDestination(shop: string, code: string): string {
  return `https://${shop}/discount/${encodeURIComponent(code)}`;
}
