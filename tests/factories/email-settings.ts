// The demo shop's email set up as the Email page saves it: Maison Nour's
// sender, through the local SMTP server on this machine, and what it chose
// to send.
import db from "../../app/db.server";
import { saveOutreachChoices } from "../../app/data/outreach-choices.server";
import { DEFAULT_OUTREACH_CHOICES, emailServerSchema, type OutreachChoices } from "../../app/domain/outreach/email-settings";
import { saveEmailServer } from "../../app/services/outreach-email.server";
import { DEMO_SHOP } from "../../local-shopify/demo-store";
import { parseFields } from "./forms";

/** Saves the server form's fields (`overrides` replace the defaults), parsed as the page parses them. */
export async function setUpEmailServer(port: number, overrides: Record<string, string> = {}) {
  const parsed = parseFields(
    {
      fromName: "Maison Nour",
      fromEmail: "hello@maison-nour.example",
      host: "127.0.0.1",
      port: String(port),
      security: "none",
      ...overrides,
    },
    emailServerSchema,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  const saved = await saveEmailServer(db, DEMO_SHOP, parsed.value);
  if (!saved.ok) throw new Error(saved.problem);
}

/** What the demo shop sends: the defaults, but for `choices`. */
export async function chooseOutreach(choices: Partial<OutreachChoices>) {
  await saveOutreachChoices(db, DEMO_SHOP, { ...DEFAULT_OUTREACH_CHOICES, ...choices });
}
