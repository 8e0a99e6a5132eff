// Where the merchant turns the chat trigger on: the theme editor's App embeds
// panel, opened on the embed itself. Shopify's deep link for app embed blocks
// is /admin/themes/current/editor?context=apps&activateAppId={api_key}/{handle},
// where api_key is the app's client id and handle the block's file name.

/** blocks/chat-trigger.liquid in extensions/concierge-storefront. */
export const CHAT_TRIGGER_EMBED_HANDLE = "chat-trigger";

export function themeEditorEmbedUrl(shop: string, apiKey: string, handle = CHAT_TRIGGER_EMBED_HANDLE): string {
  const url = new URL(`https://${shop}/admin/themes/current/editor`);
  url.searchParams.set("context", "apps");
  // Previews a product page, where the prompt shows.
  url.searchParams.set("template", "product");
  url.searchParams.set("activateAppId", `${apiKey}/${handle}`);
  return url.toString();
}
