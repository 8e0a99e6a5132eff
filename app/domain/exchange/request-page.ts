// What a shopper sees after asking for an exchange on the tracking page
// (when they are not logged in, so there is no order page to go back to):
// Liquid rendered in the shop's theme, every sentence in each language and
// Liquid picking the shopper's, right-to-left in Arabic.
import { escapeForLiquid } from "../tracking/page";
import { OFFER_LANGUAGES, type OfferLanguage } from "./offers";

export type RequestPageKind =
  "requested" | "already_requested" | "invalid" | "not_found" | "unavailable" | "rate_limited" | "unavailable_service";

const MESSAGES: Record<RequestPageKind, Record<OfferLanguage, string>> = {
  requested: {
    en: "Thank you! We received your exchange request. One of our team will confirm it by email shortly.",
    ar: "شكرًا لك! استلمنا طلب الاستبدال. سيؤكده أحد أعضاء فريقنا عبر البريد الإلكتروني قريبًا.",
    fr: "Merci ! Nous avons bien reçu votre demande d'échange. Un membre de notre équipe vous la confirmera bientôt par e-mail.",
  },
  already_requested: {
    en: "You already asked to exchange this item: our team will be in touch.",
    ar: "لقد طلبت استبدال هذا المنتج بالفعل: سيتواصل معك فريقنا.",
    fr: "Vous avez déjà demandé l'échange de cet article : notre équipe vous contactera.",
  },
  invalid: {
    en: "We couldn't read that request. Please try again from your order page.",
    ar: "تعذرت قراءة هذا الطلب. يرجى المحاولة مرة أخرى من صفحة طلبك.",
    fr: "Nous n'avons pas pu lire cette demande. Veuillez réessayer depuis la page de votre commande.",
  },
  not_found: {
    en: "We couldn't find that order with those details.",
    ar: "لم نتمكن من العثور على هذا الطلب بهذه البيانات.",
    fr: "Nous n'avons pas trouvé cette commande avec ces informations.",
  },
  unavailable: {
    en: "Sorry, this exchange is no longer available for this item. Our team can still help you with a return.",
    ar: "عذرًا، هذا الاستبدال لم يعد متاحًا لهذا المنتج. لا يزال بإمكان فريقنا مساعدتك في الإرجاع.",
    fr: "Désolé, cet échange n'est plus disponible pour cet article. Notre équipe peut toujours vous aider pour un retour.",
  },
  rate_limited: {
    en: "Too many requests. Please wait a few minutes and try again.",
    ar: "طلبات كثيرة جدًا. يرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.",
    fr: "Trop de demandes. Veuillez patienter quelques minutes puis réessayer.",
  },
  unavailable_service: {
    en: "Exchanges are unavailable right now. Please try again later.",
    ar: "الاستبدال غير متاح حاليًا. يرجى المحاولة لاحقًا.",
    fr: "Les échanges sont momentanément indisponibles. Veuillez réessayer plus tard.",
  },
};

/** When the exchange can't follow: write to the shop about the order, its name already in the subject. */
const CONTACT: Record<OfferLanguage, string> = {
  en: "Contact us about order {order}",
  ar: "تواصل معنا بخصوص الطلب {order}",
  fr: "Contactez-nous au sujet de la commande {order}",
};

const BACK: Record<OfferLanguage, string> = {
  en: "Back to order tracking",
  ar: "العودة إلى تتبع الطلب",
  fr: "Retour au suivi de commande",
};

function localized(texts: Record<OfferLanguage, string>): string {
  const cases = OFFER_LANGUAGES.filter((language) => language !== "en")
    .map((language) => `{% when '${language}' %}${escapeForLiquid(texts[language])}`)
    .join("");
  return `{% case concierge_language %}${cases}{% else %}${escapeForLiquid(texts.en)}{% endcase %}`;
}

/** The confirmation (or refusal) page, as Liquid for the app proxy; `orderName` adds a way to reach the shop about it. */
export function renderExchangeRequestPage(kind: RequestPageKind, options: { orderName?: string } = {}): string {
  const withOrder = (texts: Record<OfferLanguage, string>) =>
    Object.fromEntries(
      OFFER_LANGUAGES.map((language) => [language, texts[language].replace("{order}", options.orderName ?? "")]),
    ) as Record<OfferLanguage, string>;
  const contact = options.orderName
    ? `<p><a href="mailto:{{ shop.email }}?subject={{ '${escapeForLiquid(withOrder(CONTACT).en)}' | url_encode }}" data-contact-order>${localized(withOrder(CONTACT))}</a></p>`
    : "";
  return [
    `{% assign concierge_language = request.locale.iso_code | split: '-' | first %}`,
    `<div class="concierge-exchange-request" {% if concierge_language == 'ar' %}dir="rtl"{% endif %} style="max-width:42rem;margin-inline:auto;padding-block:2rem">`,
    `<p role="${kind === "requested" || kind === "already_requested" ? "status" : "alert"}" data-exchange-request="${kind}">${localized(MESSAGES[kind])}</p>`,
    contact,
    `<p><a href="{{ routes.root_url | append: '/apps/concierge/track' | replace: '//', '/' }}">${localized(BACK)}</a></p>`,
    `</div>`,
  ].join("\n");
}
