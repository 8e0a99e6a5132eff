// The Email page's forms, one intent each: the sender and server, what
// Concierge sends, and a test email. Each is parsed with the schema its
// component checks with (app/domain/outreach/email-settings.ts); the answer
// names the intent, so only the form that was sent shows it.
import { json } from "@remix-run/node";
import type { z } from "zod";
import { parseForm, replyWithErrors, type FormLanguage } from "../components/form/parse";
import { INTENT_FIELD } from "../components/form/schema-form";
import { formMessage } from "../domain/form-message";
import { saveOutreachChoices } from "../data/outreach-choices.server";
import { emailServerSchema, outreachChoicesSchema, testEmailSchema } from "../domain/outreach/email-settings";
import type { ServiceContext } from "../services/context";
import { saveEmailServer } from "../services/outreach-email.server";
import { sendTestEmail } from "../services/outreach-test-send.server";

export const EMAIL_FORM_INTENTS = ["server", "choices", "test"] as const;
export type EmailFormIntent = (typeof EMAIL_FORM_INTENTS)[number];

/** How a test send went, in the staff member's words. */
export interface TestSendOutcome {
  ok: boolean;
  message: string;
}

type Saved = { ok: true } | { ok: false; fieldErrors: Record<string, string>; status: number };

async function submit<Schema extends z.ZodType>(
  intent: EmailFormIntent,
  formData: FormData,
  schema: Schema,
  language: FormLanguage,
  save: (value: z.output<Schema>) => Promise<Saved>,
) {
  const submission = parseForm(formData, schema, language);
  if (submission.status !== "success") return json({ intent, result: submission.reply(), saved: false }, { status: 400 });
  const saved = await save(submission.value);
  if (!saved.ok)
    return json({ intent, result: replyWithErrors(submission, saved.fieldErrors, language), saved: false }, { status: saved.status });
  return json({ intent, result: submission.reply(), saved: true });
}

/**
 * The test email: 200 sent, 400 a bad address or no server saved yet, 429
 * too many tests, 502 the SMTP server said no; never a 500.
 */
async function sendTest(context: Pick<ServiceContext, "db" | "shop" | "now">, formData: FormData, language: FormLanguage) {
  const intent = "test" as const;
  const submission = parseForm(formData, testEmailSchema, language);
  if (submission.status !== "success") return json({ intent, result: submission.reply(), test: null }, { status: 400 });
  const { t } = language;
  const answer = (test: TestSendOutcome, status = 200, headers?: HeadersInit) =>
    json({ intent, result: submission.reply(), test }, { status, headers });
  const result = await sendTestEmail(context, context.shop, { to: submission.value.to, locale: submission.value.language });
  switch (result.kind) {
    case "sent":
      return answer({ ok: true, message: t("email:testSend.sent", { to: result.to }) });
    case "not_set_up":
      return answer({ ok: false, message: t("email:testSend.notSetUp") }, 400);
    case "rate_limited":
      return answer({ ok: false, message: t("email:testSend.rateLimited", { count: result.retryAfterSeconds }) }, 429, {
        "Retry-After": String(result.retryAfterSeconds),
      });
    case "smtp_error":
      return answer({ ok: false, message: result.problem }, 502);
  }
}

/** `language`: the staff member's, for the forms' messages. */
export async function submitEmailForm(context: Pick<ServiceContext, "db" | "shop" | "now">, formData: FormData, language: FormLanguage) {
  const intent = formData.get(INTENT_FIELD);
  switch (intent) {
    case "server":
      return submit(intent, formData, emailServerSchema, language, async (value) => {
        const saved = await saveEmailServer(context.db, context.shop, value);
        return saved.ok ? saved : { ok: false, fieldErrors: { form: formMessage("email:noEncryptionKey") }, status: 503 };
      });
    case "choices":
      return submit(intent, formData, outreachChoicesSchema, language, async (value) => {
        await saveOutreachChoices(context.db, context.shop, value);
        return { ok: true };
      });
    case "test":
      return sendTest(context, formData, language);
    default:
      throw new Response("Unknown form", { status: 400 });
  }
}

export type EmailFormAnswer = Awaited<ReturnType<typeof submitEmailForm>>;
