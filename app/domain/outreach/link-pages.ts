// The pages a shopper sees after following an unsubscribe link, in the
// language the message was written in (English, Arabic right to left,
// French): a question first (mail scanners open links; only the button
// unsubscribes), then the confirmation. Tiny, self-contained HTML.
import { escapeHtml, type OutreachLocale } from "./templates";

interface LinkPageTexts {
  askTitle: string;
  ask: string;
  button: string;
  doneTitle: string;
  done: string;
  invalidTitle: string;
  invalid: string;
}

export const LINK_PAGE_TEXTS: Record<OutreachLocale, LinkPageTexts> = {
  en: {
    askTitle: "Unsubscribe",
    ask: "Stop receiving marketing emails from {{shopName}} at {{email}}? You will still get emails about your orders.",
    button: "Unsubscribe",
    doneTitle: "You are unsubscribed",
    done: "{{shopName}} will send no more marketing emails to {{email}}. You will still get emails about your orders.",
    invalidTitle: "This link does not work",
    invalid: "The link is incomplete or has been changed. Please use the link in the email as it came.",
  },
  ar: {
    askTitle: "إلغاء الاشتراك",
    ask: "هل تريد التوقف عن تلقي الرسائل التسويقية من {{shopName}} على {{email}}؟ ستظل تصلك الرسائل المتعلقة بطلباتك.",
    button: "إلغاء الاشتراك",
    doneTitle: "تم إلغاء اشتراكك",
    done: "لن يرسل {{shopName}} أي رسائل تسويقية أخرى إلى {{email}}. ستظل تصلك الرسائل المتعلقة بطلباتك.",
    invalidTitle: "هذا الرابط لا يعمل",
    invalid: "الرابط غير مكتمل أو تم تغييره. يرجى استخدام الرابط كما ورد في الرسالة.",
  },
  fr: {
    askTitle: "Se désabonner",
    ask: "Ne plus recevoir les e-mails marketing de {{shopName}} à l'adresse {{email}} ? Vous recevrez toujours les e-mails concernant vos commandes.",
    button: "Me désabonner",
    doneTitle: "Vous êtes désabonné",
    done: "{{shopName}} n'enverra plus d'e-mails marketing à {{email}}. Vous recevrez toujours les e-mails concernant vos commandes.",
    invalidTitle: "Ce lien ne fonctionne pas",
    invalid: "Le lien est incomplet ou a été modifié. Utilisez le lien tel qu'il figure dans l'e-mail.",
  },
};

export type LinkPage = { kind: "ask"; formAction: string } | { kind: "done" } | { kind: "invalid" };

/** The page, in the message's language; `values` fill {{shopName}} and {{email}} (escaped). */
export function renderLinkPage(page: LinkPage, locale: OutreachLocale, values: { shopName: string; email: string }): string {
  const texts = LINK_PAGE_TEXTS[locale];
  const fill = (text: string) => escapeHtml(text.replace(/\{\{(\w+)\}\}/g, (_, name: "shopName" | "email") => values[name] ?? ""));
  const [title, paragraph] =
    page.kind === "ask"
      ? [texts.askTitle, texts.ask]
      : page.kind === "done"
        ? [texts.doneTitle, texts.done]
        : [texts.invalidTitle, texts.invalid];
  const dir = locale === "ar" ? "rtl" : "ltr";
  const form =
    page.kind === "ask"
      ? `<form method="post" action="${escapeHtml(page.formAction)}"><button type="submit" style="padding:12px 20px;font:inherit;cursor:pointer">${escapeHtml(texts.button)}</button></form>`
      : "";
  return [
    `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>`,
    `<body style="margin:0;padding:24px;font-family:-apple-system,'Segoe UI',Tahoma,Arial,sans-serif;color:#202223;background:#f6f6f7">`,
    `<main style="max-width:480px;margin:0 auto;background:#fff;padding:24px"><h1 style="font-size:22px;margin:0 0 12px">${escapeHtml(title)}</h1>`,
    `<p style="line-height:1.5">${fill(paragraph)}</p>${form}</main></body></html>`,
  ].join("");
}
