// The Email page's "Send a test email": parsed with its schema, sent by the
// service, its outcome in words (never a 500): 200 sent, 400 a bad address or
// no server saved yet, 429 too many tests, 502 the SMTP server said no.
import { json } from "@remix-run/node";
import type { ServiceContext } from "../services/context";
import { testEmailSchema } from "../domain/outreach/email-settings";
import { messageText } from "../domain/form-message";
import type { Translate } from "../domain/phrase";
import { sendTestEmail } from "../services/outreach-test-send.server";

export interface TestSendAnswer {
  ok: boolean;
  message: string;
}

const answer = (test: TestSendAnswer, status = 200, headers?: HeadersInit) =>
  json({ fieldErrors: {} as Record<string, string>, saved: false, problem: null as string | null, test }, { status, headers });

/** `t`: the staff member's language, for the address's message. */
export async function testSendAction(context: Pick<ServiceContext, "db" | "shop" | "now">, formData: FormData, t: Translate) {
  const parsed = testEmailSchema.safeParse({ to: formData.get("to") ?? "", language: formData.get("language") ?? undefined });
  if (!parsed.success) return answer({ ok: false, message: messageText(parsed.error.issues[0]!.message, t) }, 400);
  const result = await sendTestEmail(context, context.shop, { to: parsed.data.to, locale: parsed.data.language });
  switch (result.kind) {
    case "sent":
      return answer({
        ok: true,
        message: t("email:testSend.sent", { to: result.to }),
      });
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
