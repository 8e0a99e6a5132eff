import { describe, expect, it } from "vitest";
import { themeEditorEmbedUrl } from "./theme-editor";

describe("themeEditorEmbedUrl", () => {
  it("opens the theme editor's App embeds on the chat trigger, previewing a product page", () => {
    const url = new URL(themeEditorEmbedUrl("amira-boutique.myshopify.com", "0123abcd"));
    expect(url.origin + url.pathname).toBe("https://amira-boutique.myshopify.com/admin/themes/current/editor");
    expect(Object.fromEntries(url.searchParams)).toEqual({ context: "apps", template: "product", activateAppId: "0123abcd/chat-trigger" });
  });
});
