// The words of the tracking page. The timeline returns message keys and
// parameters, never sentences, so the same view renders in the shop's
// language; these are the default texts (English, Arabic, French) that the
// page layer and the storefront locale files start from.
//
// Writing rules: plain words a worried shopper understands, no Shopify
// jargon ("fulfillment"), no promise the merchant cannot keep, and every
// language uses exactly the same {placeholders} (messages.test.ts checks).

export const TRACKING_LOCALES = ["en", "ar", "fr"] as const;
export type TrackingLocale = (typeof TRACKING_LOCALES)[number];

export type Translations = Readonly<Record<TrackingLocale, string>>;

export const trackingMessages = {
  // The headline: where the whole order stands.
  "tracking.overall.received": {
    en: "We've received your order.",
    ar: "استلمنا طلبك.",
    fr: "Nous avons bien reçu votre commande.",
  },
  "tracking.overall.preparing": {
    en: "We're preparing your order.",
    ar: "نعمل على تجهيز طلبك.",
    fr: "Nous préparons votre commande.",
  },
  "tracking.overall.label_created": {
    en: "Your order is packed and waiting for the carrier to collect it.",
    ar: "طلبك مُغلَّف وجاهز، وهو بانتظار أن تستلمه شركة الشحن.",
    fr: "Votre commande est emballée et attend d'être récupérée par le transporteur.",
  },
  "tracking.overall.on_hold": {
    en: "Your order is on hold for now. We'll start preparing it as soon as the hold is lifted.",
    ar: "طلبك معلَّق مؤقتًا، وسنبدأ تجهيزه فور رفع التعليق.",
    fr: "Votre commande est temporairement en attente. Nous commencerons à la préparer dès que ce blocage sera levé.",
  },
  "tracking.overall.scheduled": {
    en: "Your order is scheduled to be prepared soon.",
    ar: "تمت جدولة تجهيز طلبك قريبًا.",
    fr: "La préparation de votre commande est programmée prochainement.",
  },
  "tracking.overall.scheduled.date": {
    en: "Your order is scheduled to be prepared on {date}.",
    ar: "من المقرر تجهيز طلبك في {date}.",
    fr: "La préparation de votre commande est prévue le {date}.",
  },
  "tracking.overall.partially_shipped": {
    en: "Part of your order has shipped. We're preparing the rest.",
    ar: "شُحن جزء من طلبك، ونعمل على تجهيز الباقي.",
    fr: "Une partie de votre commande a été expédiée. Nous préparons le reste.",
  },
  "tracking.overall.shipped": {
    en: "Your order has shipped.",
    ar: "تم شحن طلبك.",
    fr: "Votre commande a été expédiée.",
  },
  "tracking.overall.in_transit": {
    en: "Your order is on its way.",
    ar: "طلبك في الطريق إليك.",
    fr: "Votre commande est en route.",
  },
  "tracking.overall.in_transit.eta": {
    en: "Your order is on its way and should arrive by {date}.",
    ar: "طلبك في الطريق إليك، ومن المتوقع أن يصل بحلول {date}.",
    fr: "Votre commande est en route et devrait arriver d'ici le {date}.",
  },
  "tracking.overall.out_for_delivery": {
    en: "Your order is out for delivery.",
    ar: "طلبك مع مندوب التوصيل وفي طريقه إليك.",
    fr: "Votre commande est en cours de livraison.",
  },
  "tracking.overall.ready_for_pickup": {
    en: "Your order is ready for pickup.",
    ar: "طلبك جاهز للاستلام.",
    fr: "Votre commande est prête à être retirée.",
  },
  "tracking.overall.partially_delivered": {
    en: "Part of your order has been delivered. We'll keep you posted on the rest.",
    ar: "وصل جزء من طلبك، وسنُطلعك على مستجدات الباقي.",
    fr: "Une partie de votre commande a été livrée. Nous vous tiendrons informé pour le reste.",
  },
  "tracking.overall.delivered": {
    en: "Your order has been delivered.",
    ar: "تم توصيل طلبك.",
    fr: "Votre commande a été livrée.",
  },
  "tracking.overall.picked_up": {
    en: "Your order has been picked up.",
    ar: "تم استلام طلبك.",
    fr: "Votre commande a été retirée.",
  },
  "tracking.overall.delayed": {
    en: "Your order is running late.",
    ar: "تأخّر طلبك عن موعده المتوقع.",
    fr: "Votre commande a pris du retard.",
  },
  "tracking.overall.attempted_delivery": {
    en: "The carrier tried to deliver your order but couldn't.",
    ar: "حاولت شركة الشحن توصيل طلبك لكنها لم تتمكن من ذلك.",
    fr: "Le transporteur a tenté de livrer votre commande, sans succès.",
  },
  "tracking.overall.problem": {
    en: "There's a problem with your delivery. We're here to help.",
    ar: "هناك مشكلة في توصيل طلبك، ونحن هنا لمساعدتك.",
    fr: "Un problème est survenu avec votre livraison. Nous sommes là pour vous aider.",
  },
  "tracking.overall.cancelled": {
    en: "Your order has been cancelled.",
    ar: "تم إلغاء طلبك.",
    fr: "Votre commande a été annulée.",
  },
  "tracking.overall.refunded": {
    en: "Your order has been refunded.",
    ar: "تم ردّ المبلغ المدفوع لطلبك.",
    fr: "Votre commande a été remboursée.",
  },
  "tracking.overall.no_shipping_needed": {
    en: "Your order doesn't need to be shipped.",
    ar: "لا يحتاج طلبك إلى شحن.",
    fr: "Votre commande ne nécessite pas d'expédition.",
  },

  // The steps of one package's timeline.
  "tracking.step.ordered": { en: "Order placed", ar: "تم تقديم الطلب", fr: "Commande passée" },
  "tracking.step.confirmed": { en: "Order confirmed", ar: "تم تأكيد الطلب", fr: "Commande confirmée" },
  "tracking.step.preparing": { en: "Being prepared", ar: "قيد التجهيز", fr: "En préparation" },
  "tracking.step.preparing.label_created": {
    en: "Packed, waiting for the carrier",
    ar: "مُغلَّف وبانتظار شركة الشحن",
    fr: "Emballé, en attente du transporteur",
  },
  "tracking.step.preparing.on_hold": { en: "On hold", ar: "معلَّق مؤقتًا", fr: "En attente" },
  "tracking.step.preparing.scheduled": {
    en: "Scheduled for {date}",
    ar: "مجدول في {date}",
    fr: "Prévu le {date}",
  },
  "tracking.step.shipped": { en: "Shipped", ar: "تم الشحن", fr: "Expédié" },
  "tracking.step.shipped.carrier": {
    en: "Shipped with {carrier}",
    ar: "تم الشحن عبر {carrier}",
    fr: "Expédié avec {carrier}",
  },
  "tracking.step.shipped.carrier_picked_up": {
    en: "Collected by the carrier",
    ar: "استلمته شركة الشحن",
    fr: "Pris en charge par le transporteur",
  },
  "tracking.step.in_transit": { en: "In transit", ar: "في الطريق", fr: "En transit" },
  "tracking.step.in_transit.eta": {
    en: "In transit, expected by {date}",
    ar: "في الطريق، ومن المتوقع وصوله بحلول {date}",
    fr: "En transit, arrivée prévue d'ici le {date}",
  },
  "tracking.step.out_for_delivery": { en: "Out for delivery", ar: "خرج للتوصيل", fr: "En cours de livraison" },
  "tracking.step.delivered": { en: "Delivered", ar: "تم التوصيل", fr: "Livré" },
  "tracking.step.ready_for_pickup": { en: "Ready for pickup", ar: "جاهز للاستلام", fr: "Prêt à être retiré" },
  "tracking.step.picked_up": { en: "Picked up", ar: "تم الاستلام", fr: "Retiré" },

  // Items that have not shipped yet.
  "tracking.pending.preparing": {
    en: "These items are being prepared.",
    ar: "يجري تجهيز هذه المنتجات.",
    fr: "Ces articles sont en cours de préparation.",
  },
  "tracking.pending.on_hold": {
    en: "These items are on hold for now.",
    ar: "هذه المنتجات معلَّقة مؤقتًا.",
    fr: "Ces articles sont temporairement en attente.",
  },
  "tracking.pending.scheduled": {
    en: "These items are scheduled to be prepared soon.",
    ar: "تمت جدولة تجهيز هذه المنتجات قريبًا.",
    fr: "La préparation de ces articles est programmée prochainement.",
  },
  "tracking.pending.scheduled.date": {
    en: "These items are scheduled to be prepared on {date}.",
    ar: "من المقرر تجهيز هذه المنتجات في {date}.",
    fr: "La préparation de ces articles est prévue le {date}.",
  },

  // Exceptions: what happened, in plain words.
  "tracking.exception.delayed": {
    en: "The carrier has reported a delay. Your package is still on its way.",
    ar: "أبلغت شركة الشحن عن تأخير، لكن طردك لا يزال في الطريق إليك.",
    fr: "Le transporteur signale un retard. Votre colis est toujours en route.",
  },
  "tracking.exception.delayed.new_eta": {
    en: "The carrier has reported a delay. Your package is now expected by {date}.",
    ar: "أبلغت شركة الشحن عن تأخير، ومن المتوقع الآن أن يصل طردك بحلول {date}.",
    fr: "Le transporteur signale un retard. Votre colis est désormais attendu d'ici le {date}.",
  },
  "tracking.exception.overdue": {
    en: "Your package was expected by {date} and hasn't been delivered yet.",
    ar: "كان من المتوقع أن يصل طردك بحلول {date}، لكنه لم يُسلَّم بعد.",
    fr: "Votre colis était attendu pour le {date} et n'a pas encore été livré.",
  },
  "tracking.exception.attempted_delivery": {
    en: "The carrier tried to deliver your package but couldn't. Carriers usually try again or leave a notice saying where to collect it.",
    ar: "حاولت شركة الشحن توصيل طردك لكنها لم تتمكن من ذلك. وعادةً ما تعيد المحاولة أو تترك إشعارًا يوضح مكان استلامه.",
    fr: "Le transporteur a tenté de livrer votre colis, sans succès. Il effectue généralement une nouvelle tentative ou laisse un avis indiquant où le récupérer.",
  },
  "tracking.exception.failure": {
    en: "Something went wrong with this shipment. Contact us and we'll sort it out.",
    ar: "حدث خطأ في هذه الشحنة. تواصل معنا وسنعمل على حلّ المشكلة.",
    fr: "Un problème est survenu avec cet envoi. Contactez-nous et nous trouverons une solution.",
  },
  "tracking.exception.not_delivered": {
    en: "We couldn't deliver your order. Contact us to arrange a new delivery.",
    ar: "لم نتمكن من توصيل طلبك. تواصل معنا لترتيب موعد توصيل جديد.",
    fr: "Nous n'avons pas pu livrer votre commande. Contactez-nous pour convenir d'une nouvelle livraison.",
  },
  "tracking.exception.ready_for_pickup": {
    en: "Your order is ready. You can pick it up at the store you chose.",
    ar: "طلبك جاهز، ويمكنك استلامه من المتجر الذي اخترته.",
    fr: "Votre commande est prête. Vous pouvez la retirer dans le magasin choisi.",
  },
  "tracking.exception.ready_for_pickup.location": {
    en: "Your order is ready. You can pick it up at {location}.",
    ar: "طلبك جاهز، ويمكنك استلامه من {location}.",
    fr: "Votre commande est prête. Vous pouvez la retirer chez {location}.",
  },
  "tracking.exception.ready_for_pickup.carrier": {
    en: "Your package is waiting for you at a pickup point. Bring ID and your tracking number to collect it.",
    ar: "طردك بانتظارك في نقطة الاستلام. أحضر معك إثبات هوية ورقم التتبع لاستلامه.",
    fr: "Votre colis vous attend dans un point de retrait. Munissez-vous d'une pièce d'identité et de votre numéro de suivi pour le récupérer.",
  },
  "tracking.exception.label_voided": {
    en: "The shipping label for this package was cancelled, so it hasn't left yet. Its items will be sent in a new shipment.",
    ar: "أُلغيت بوليصة الشحن الخاصة بهذا الطرد، لذا لم يُشحن بعد. وستُرسل منتجاته في شحنة جديدة.",
    fr: "L'étiquette d'expédition de ce colis a été annulée : il n'est donc pas encore parti. Ses articles seront envoyés dans un nouvel envoi.",
  },
  "tracking.exception.shipment_cancelled": {
    en: "This shipment was cancelled. If any of its items are still due, they'll appear in another package.",
    ar: "أُلغيت هذه الشحنة. وإذا كانت بعض منتجاتها لا تزال مستحقة لك، فستظهر ضمن طرد آخر.",
    fr: "Cet envoi a été annulé. Si certains de ses articles vous sont encore dus, ils apparaîtront dans un autre colis.",
  },
  "tracking.exception.cancelled": {
    en: "Your order was cancelled. Contact us if you have any questions.",
    ar: "أُلغي طلبك. تواصل معنا إذا كانت لديك أي استفسارات.",
    fr: "Votre commande a été annulée. Contactez-nous si vous avez des questions.",
  },
  "tracking.exception.cancelled.customer": {
    en: "Your order was cancelled at your request.",
    ar: "أُلغي طلبك بناءً على طلبك.",
    fr: "Votre commande a été annulée à votre demande.",
  },
  "tracking.exception.cancelled.inventory": {
    en: "Your order was cancelled because some items were out of stock.",
    ar: "أُلغي طلبك لعدم توفّر بعض المنتجات في المخزون.",
    fr: "Votre commande a été annulée car certains articles étaient en rupture de stock.",
  },
  "tracking.exception.cancelled.declined": {
    en: "Your order was cancelled because the payment was declined.",
    ar: "أُلغي طلبك لأن عملية الدفع رُفضت.",
    fr: "Votre commande a été annulée car le paiement a été refusé.",
  },
  "tracking.exception.refunded": {
    en: "Your order has been fully refunded. Refunds can take a few business days to show on your statement.",
    ar: "تم ردّ كامل مبلغ طلبك. وقد يستغرق ظهور المبلغ المردود في كشف حسابك بضعة أيام عمل.",
    fr: "Votre commande a été intégralement remboursée. Un remboursement peut mettre quelques jours ouvrés à apparaître sur votre relevé.",
  },
  "tracking.exception.refunded.amount": {
    en: "Your order has been fully refunded ({amount}). Refunds can take a few business days to show on your statement.",
    ar: "تم ردّ كامل مبلغ طلبك ({amount}). وقد يستغرق ظهور المبلغ المردود في كشف حسابك بضعة أيام عمل.",
    fr: "Votre commande a été intégralement remboursée ({amount}). Un remboursement peut mettre quelques jours ouvrés à apparaître sur votre relevé.",
  },
  "tracking.exception.partially_refunded": {
    en: "Part of your order has been refunded. Refunds can take a few business days to show on your statement.",
    ar: "تم ردّ جزء من مبلغ طلبك. وقد يستغرق ظهور المبلغ المردود في كشف حسابك بضعة أيام عمل.",
    fr: "Une partie de votre commande a été remboursée. Un remboursement peut mettre quelques jours ouvrés à apparaître sur votre relevé.",
  },
  "tracking.exception.partially_refunded.amount": {
    en: "{amount} of your order has been refunded. Refunds can take a few business days to show on your statement.",
    ar: "تم ردّ {amount} من مبلغ طلبك. وقد يستغرق ظهور المبلغ المردود في كشف حسابك بضعة أيام عمل.",
    fr: "Un remboursement de {amount} a été effectué sur votre commande. Il peut mettre quelques jours ouvrés à apparaître sur votre relevé.",
  },

  // What the shopper can do about it.
  "tracking.action.contact_support": {
    en: "Contact us about order {orderName}",
    ar: "تواصل معنا بخصوص الطلب {orderName}",
    fr: "Nous contacter au sujet de la commande {orderName}",
  },
  "tracking.action.wait": {
    en: "No need to do anything for now. This page updates as soon as we hear more.",
    ar: "لا يلزمك فعل أي شيء حاليًا، وستُحدَّث هذه الصفحة فور ورود أي مستجدات.",
    fr: "Vous n'avez rien à faire pour le moment. Cette page sera mise à jour dès que nous en saurons plus.",
  },
  "tracking.action.track_with_carrier": {
    en: "Track with {carrier}",
    ar: "تتبّع الشحنة لدى {carrier}",
    fr: "Suivre le colis chez {carrier}",
  },
  "tracking.action.track_with_carrier.generic": {
    en: "Track your package",
    ar: "تتبّع طردك",
    fr: "Suivre votre colis",
  },
  "tracking.action.pick_up": {
    en: "Pick up your order",
    ar: "استلم طلبك",
    fr: "Retirer votre commande",
  },

  // The support form, opened with the order already filled in.
  "tracking.support.subject": {
    en: "Question about order {orderName}",
    ar: "استفسار بخصوص الطلب {orderName}",
    fr: "Question concernant la commande {orderName}",
  },

  // The tracking page around the timeline.
  "tracking.page.title": { en: "Track your order", ar: "تتبّع طلبك", fr: "Suivre votre commande" },
  "tracking.page.intro": {
    en: "Enter your order number and the email or phone number you ordered with.",
    ar: "أدخل رقم طلبك والبريد الإلكتروني أو رقم الهاتف الذي استخدمته عند الطلب.",
    fr: "Saisissez votre numéro de commande et l'e-mail ou le téléphone utilisé pour la commande.",
  },
  "tracking.page.order_number": { en: "Order number", ar: "رقم الطلب", fr: "Numéro de commande" },
  "tracking.page.contact": { en: "Email or phone", ar: "البريد الإلكتروني أو الهاتف", fr: "E-mail ou téléphone" },
  "tracking.page.submit": { en: "Find my order", ar: "ابحث عن طلبي", fr: "Trouver ma commande" },
  "tracking.page.not_found": {
    en: "We couldn't find an order with that number and email or phone. Check both and try again.",
    ar: "لم نعثر على طلب بهذا الرقم وهذا البريد الإلكتروني أو الهاتف. تحقّق منهما وحاول مرة أخرى.",
    fr: "Nous n'avons trouvé aucune commande avec ce numéro et cet e-mail ou ce téléphone. Vérifiez-les et réessayez.",
  },
  "tracking.page.rate_limited": {
    en: "Too many lookups from your connection. Please wait {minutes} minutes and try again.",
    ar: "عدد كبير جدًا من محاولات البحث من اتصالك. يُرجى الانتظار {minutes} دقائق ثم المحاولة مجددًا.",
    fr: "Trop de recherches depuis votre connexion. Patientez {minutes} minutes puis réessayez.",
  },
  "tracking.page.recent_orders": { en: "Your recent orders", ar: "طلباتك الأخيرة", fr: "Vos commandes récentes" },
  "tracking.page.ordered_on": { en: "Ordered {date}", ar: "تاريخ الطلب {date}", fr: "Commandée le {date}" },
  "tracking.page.package": { en: "Package {number}", ar: "الطرد {number}", fr: "Colis {number}" },
  "tracking.page.tracking_number": { en: "Tracking number: {number}", ar: "رقم التتبّع: {number}", fr: "Numéro de suivi : {number}" },
  "tracking.page.estimated_delivery": {
    en: "Estimated delivery: {date}",
    ar: "موعد التسليم المتوقّع: {date}",
    fr: "Livraison estimée : {date}",
  },
  "tracking.page.not_shipped_yet": { en: "Not shipped yet", ar: "لم يُشحن بعد", fr: "Pas encore expédié" },
  "tracking.page.another_order": { en: "Track another order", ar: "تتبّع طلبًا آخر", fr: "Suivre une autre commande" },
  "tracking.page.unavailable": {
    en: "Order tracking is not available right now. Please try again later.",
    ar: "تتبّع الطلبات غير متاح حاليًا. يُرجى المحاولة لاحقًا.",
    fr: "Le suivi de commande n'est pas disponible pour le moment. Réessayez plus tard.",
  },
  "tracking.page.recommendations": { en: "You might also like", ar: "قد يعجبك أيضًا", fr: "Vous aimerez aussi" },
  "tracking.page.add_to_cart": { en: "Add to cart", ar: "أضف إلى السلة", fr: "Ajouter au panier" },
  "tracking.page.added_to_cart": { en: "Added to your cart", ar: "تمت الإضافة إلى سلتك", fr: "Ajouté à votre panier" },
  "tracking.page.questions": { en: "Questions?", ar: "لديك سؤال؟", fr: "Des questions ?" },
  "tracking.page.contact_email": { en: "Email us", ar: "راسلنا بالبريد الإلكتروني", fr: "Écrivez-nous" },
  "tracking.page.contact_phone": { en: "Call us", ar: "اتصل بنا", fr: "Appelez-nous" },
  "tracking.page.contact_whatsapp": { en: "WhatsApp us", ar: "راسلنا عبر واتساب", fr: "Contactez-nous sur WhatsApp" },
  "tracking.page.exchange_title": { en: "Not the right fit?", ar: "المقاس غير مناسب؟", fr: "Pas la bonne taille ?" },
  "tracking.page.exchange_reason": { en: "Why would you like to exchange it?", ar: "لماذا ترغب في استبداله؟", fr: "Pourquoi souhaitez-vous l'échanger ?" },
  "tracking.page.exchange_submit": { en: "Request this exchange", ar: "اطلب هذا الاستبدال", fr: "Demander cet échange" },
  "tracking.page.exchange_sent": {
    en: "Thank you! We have your exchange request and will confirm it shortly.",
    ar: "شكرًا لك! تلقّينا طلب الاستبدال وسنؤكّده قريبًا.",
    fr: "Merci ! Nous avons reçu votre demande d'échange et la confirmerons rapidement.",
  },
  "tracking.page.exchange_already": {
    en: "You have already asked for this exchange; we will be in touch shortly.",
    ar: "لقد طلبت هذا الاستبدال من قبل، وسنتواصل معك قريبًا.",
    fr: "Vous avez déjà demandé cet échange ; nous vous contacterons rapidement.",
  },
} as const satisfies Record<string, Translations>;

export type TrackingMessageKey = keyof typeof trackingMessages;

/** An amount as Shopify sends it: a decimal string, never a float. */
export interface MoneyParam {
  readonly amount: string;
  readonly currencyCode: string;
}

export type MessageParam = string | number | Date | MoneyParam;
export type MessageParams = Readonly<Record<string, MessageParam>>;

export interface FormatOptions {
  /** IANA time zone dates are shown in (the shop's); UTC when not given. */
  readonly timeZone?: string;
}

/**
 * The language to show: the locale's language when Concierge has it ("fr-CA"
 * is French), English otherwise.
 */
export function resolveLocale(locale: string | null | undefined): TrackingLocale {
  const language = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return (TRACKING_LOCALES as readonly string[]).includes(language) ? (language as TrackingLocale) : "en";
}

/**
 * The locale to format dates and amounts with: the caller's full tag when it
 * is valid and in the message language (so "ar-u-nu-latn" keeps Latin digits
 * and "fr-CA" Canadian formats), otherwise just the message language.
 */
function intlLocale(locale: string, language: TrackingLocale): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    return canonical && resolveLocale(canonical) === language ? canonical : language;
  } catch {
    return language;
  }
}

function isMoneyParam(value: MessageParam): value is MoneyParam {
  return typeof value === "object" && !(value instanceof Date);
}

function formatParam(value: MessageParam, locale: string, options: FormatOptions): string {
  try {
    if (value instanceof Date) {
      return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: options.timeZone ?? "UTC" }).format(value);
    }
    if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
    if (isMoneyParam(value)) {
      // Intl formats the decimal string exactly; no float touches the amount.
      return new Intl.NumberFormat(locale, { style: "currency", currency: value.currencyCode }).format(
        value.amount as Intl.StringNumericLiteral,
      );
    }
    return value;
  } catch {
    // An unknown time zone or currency code must not take the page down.
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (isMoneyParam(value)) return `${value.amount} ${value.currencyCode}`;
    return String(value);
  }
}

/**
 * The text of a message in a locale, with its {placeholders} filled in.
 * Unknown locales fall back to English; an unknown key comes back as itself
 * and a missing parameter stays as {name}, so a mistake shows on the page
 * instead of throwing.
 */
export function formatMessage(
  key: TrackingMessageKey | (string & Record<never, never>),
  locale: string,
  params: MessageParams = {},
  options: FormatOptions = {},
): string {
  if (!Object.hasOwn(trackingMessages, key)) return key;
  const language = resolveLocale(locale);
  const template = trackingMessages[key as TrackingMessageKey][language];
  const formatLocale = intlLocale(locale, language);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? formatParam(params[name], formatLocale, options) : placeholder,
  );
}

/** The {placeholder} names a text uses, in order of appearance. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}
