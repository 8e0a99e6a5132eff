/* eslint-disable @typescript-eslint/no-explicit-any -- mutation inputs are schema-shaped and coerced by graphql-js */
/**
 * Admin API mutations over the store. Each one validates its input the way
 * Shopify does and answers bad input with `userErrors` (field path, message
 * and, where the schema has one, a code) instead of changing anything.
 */
import { flowPayloadProblems } from "./flow";
import { parse } from "graphql";
import { parseDecimalToCents } from "./money";
import { findNode, notImplemented, resolveNamespace, requireGid, type Resolver, type ResolverContext } from "./resolvers";
import {
  RETURN_REASON_DEFINITIONS,
  addDiscount,
  addRedeemCodes,
  completeDraftOrder,
  createReturn,
  deleteMetafield,
  findDiscountByCode,
  findFulfillmentLineItem,
  normalizeTags,
  parseGid,
  processReturn,
  refundableOfReturn,
  returnableQuantity,
  setCustomerEmail,
  shopifyTime,
  StoreError,
  upsertMetafield,
  variantAvailableForSale,
  type CustomerRecord,
  type DiscountRecord,
  type DraftOrderRecord,
  type OrderRecord,
  type ProductRecord,
  type ReturnRecord,
  type ShopData,
} from "./store";
import { customerEmailConsentPayload, customerPayload, orderPayload, refundPayload } from "./webhooks";
import { reverseDeliveryMutations, saleTransactionOf } from "./reverse-deliveries";

type FieldPath = (string | number)[] | null;

function userError(field: FieldPath, message: string) {
  return { field: field?.map(String) ?? null, message };
}

function codedError(field: FieldPath, message: string, code: string | null) {
  return { field: field?.map(String) ?? null, message, code };
}

function discountError(field: FieldPath, message: string, code: string) {
  return { field: field?.map(String) ?? null, message, code, extraInfo: null };
}

function nowIso(ctx: ResolverContext): string {
  return shopifyTime(ctx.now);
}

function emit(ctx: ResolverContext, topic: string, payload: () => unknown): void {
  ctx.webhooks.push({ topic, shop: ctx.data.shop.domain, payload });
}

function emitCustomerUpdate(ctx: ResolverContext, customer: CustomerRecord): void {
  emit(ctx, "customers/update", () => customerPayload(ctx.data, customer));
}

function emitEmailConsentUpdate(ctx: ResolverContext, customer: CustomerRecord): void {
  emit(ctx, "customers/email_marketing_consent_update", () => customerEmailConsentPayload(customer));
}

function emitOrderUpdated(ctx: ResolverContext, order: OrderRecord): void {
  emit(ctx, "orders/updated", () => orderPayload(ctx.data, order));
}

// ---------------------------------------------------------------------------
// Tags
// ---------------------------------------------------------------------------

type Taggable = CustomerRecord | OrderRecord | ProductRecord | DraftOrderRecord;

function findTaggable(data: ShopData, type: string, id: number): Taggable | undefined {
  switch (type) {
    case "Customer":
      return data.customers.get(id);
    case "Order":
      return data.orders.get(id);
    case "Product":
      return data.products.get(id);
    case "DraftOrder":
      return data.draftOrders.get(id);
    default:
      return undefined;
  }
}

function changeTags(ctx: ResolverContext, args: { id: string; tags: string[] }, change: (current: string[], tags: string[]) => string[]) {
  const { type, id } = requireGid(args.id);
  const target = findTaggable(ctx.data, type, id);
  if (!target) return { node: null, userErrors: [userError(["id"], "Resource not found")] };
  const tags = args.tags
    .flatMap((t) => t.split(","))
    .map((t) => t.trim())
    .filter(Boolean);
  const tooLong = tags.find((t) => t.length > 255);
  if (tooLong) return { node: null, userErrors: [userError(["tags"], "Tags is too long (maximum is 255 characters)")] };
  target.tags = change(target.tags, tags);
  target.updatedAt = nowIso(ctx);
  if (target.kind === "Customer") emitCustomerUpdate(ctx, target);
  else if (target.kind === "Order") emitOrderUpdated(ctx, target);
  return { node: target, userErrors: [] };
}

// ---------------------------------------------------------------------------
// Metafields
// ---------------------------------------------------------------------------

const METAFIELD_TYPES = new Set([
  "boolean",
  "color",
  "date",
  "date_time",
  "dimension",
  "id",
  "json",
  "link",
  "money",
  "multi_line_text_field",
  "number_decimal",
  "number_integer",
  "rating",
  "rich_text_field",
  "single_line_text_field",
  "url",
  "volume",
  "weight",
  "customer_reference",
  "product_reference",
  "variant_reference",
  "collection_reference",
  "order_reference",
  "metaobject_reference",
]);

function isKnownMetafieldType(type: string): boolean {
  return METAFIELD_TYPES.has(type) || (type.startsWith("list.") && METAFIELD_TYPES.has(type.slice(5)));
}

/** Returns an error message when `value` is not valid for `type`. */
function metafieldValueProblem(type: string, value: string): string | null {
  if (type.startsWith("list.")) {
    try {
      const parsed = JSON.parse(value);
      if (!Array.isArray(parsed)) return "Value must be an array.";
      for (const item of parsed) {
        const problem = metafieldValueProblem(type.slice(5), typeof item === "string" ? item : JSON.stringify(item));
        if (problem) return problem;
      }
      return null;
    } catch {
      return "Value is invalid JSON.";
    }
  }
  switch (type) {
    case "number_integer":
      return /^-?\d+$/.test(value) ? null : "Value must be an integer.";
    case "number_decimal":
      return /^-?\d+(\.\d+)?$/.test(value) ? null : "Value must be a decimal.";
    case "boolean":
      return value === "true" || value === "false" ? null : "Value must be true or false.";
    case "json":
    case "money":
    case "rating":
    case "dimension":
    case "volume":
    case "weight":
      try {
        JSON.parse(value);
        return null;
      } catch {
        return "Value is invalid JSON.";
      }
    case "single_line_text_field":
      return value.includes("\n") ? "Value must be a single line text string." : null;
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : "Value must be in YYYY-MM-DD format.";
    case "date_time":
      return Number.isNaN(Date.parse(value)) ? "Value must be in ISO 8601 format." : null;
    case "url":
    case "link":
      return /^(https?:|mailto:|sms:|tel:|\/)/.test(value) || type === "link" ? null : "Value must be a valid URL.";
    default:
      return type.endsWith("_reference") && !parseGid(value) ? "Value must be a valid global id." : null;
  }
}

/** The resources this emulator lets metafieldsSet write to (Shopify takes more owner types; the app needs these). */
const METAFIELD_OWNERS = new Set([
  "Customer",
  "Order",
  "Product",
  "ProductVariant",
  "Collection",
  "DraftOrder",
  "DiscountCodeNode",
  "Shop",
]);

function ownerExists(data: ShopData, ownerId: string): boolean {
  const parsed = parseGid(ownerId);
  return parsed !== undefined && METAFIELD_OWNERS.has(parsed.type) && findNode(data, parsed.type, parsed.id) !== null;
}

const metafieldsSet: Resolver = (_src, args, ctx) => {
  const inputs = args.metafields as {
    ownerId: string;
    namespace?: string | null;
    key: string;
    type?: string | null;
    value: string;
    compareDigest?: string | null;
  }[];
  const errors: unknown[] = [];
  const err = (index: number, field: string, message: string, code: string) =>
    errors.push({ field: ["metafields", String(index), field], message, code, elementIndex: index });
  if (inputs.length > 25) {
    return {
      metafields: [],
      userErrors: [
        {
          field: ["metafields"],
          message: "Exceeded the maximum metafields input limit of 25.",
          code: "LESS_THAN_OR_EQUAL_TO",
          elementIndex: null,
        },
      ],
    };
  }
  const resolved = inputs.map((input, index) => {
    const namespace = resolveNamespace(input.namespace, ctx.app.appId);
    if (!ownerExists(ctx.data, input.ownerId)) err(index, "ownerId", "Owner does not exist.", "INVALID");
    if (namespace.startsWith("app--") && !namespace.startsWith(`app--${ctx.app.appId}`))
      err(
        index,
        "namespace",
        "Access to this namespace and key on Metafields for this resource type is not allowed.",
        "APP_NOT_AUTHORIZED",
      );
    const bareNamespace = namespace.replace(/^app--\d+(--)?/, "");
    if (namespace.length > 255) err(index, "namespace", "Namespace is too long (maximum is 255 characters)", "TOO_LONG");
    else if (!namespace.startsWith("app--") && bareNamespace.length < 2)
      err(index, "namespace", "Namespace is too short (minimum is 2 characters)", "TOO_SHORT");
    if (input.key.length < 2) err(index, "key", "Key is too short (minimum is 2 characters)", "TOO_SHORT");
    else if (input.key.length > 64) err(index, "key", "Key is too long (maximum is 64 characters)", "TOO_LONG");
    else if (!/^[\w-]+$/.test(input.key)) err(index, "key", "Key contains one or more invalid characters.", "INVALID");
    const existing = ctx.data.metafields.get(input.ownerId)?.find((m) => m.namespace === namespace && m.key === input.key);
    const type = input.type ?? existing?.type;
    if (!type) err(index, "type", "Type can't be blank", "BLANK");
    else if (!isKnownMetafieldType(type)) err(index, "type", "Type is invalid", "INVALID_TYPE");
    else {
      const problem = metafieldValueProblem(type, input.value);
      if (problem) err(index, "value", problem, "INVALID_VALUE");
    }
    if (input.compareDigest !== undefined && input.compareDigest !== null && existing) {
      const digest = Buffer.from(`${existing.id}:${existing.updatedAt}:${existing.value}`).toString("base64");
      if (digest !== input.compareDigest)
        err(
          index,
          "compareDigest",
          "The resource has been updated since it was loaded. Try again with an updated `compareDigest` value.",
          "STALE_OBJECT",
        );
    }
    return { ...input, namespace, type: type ?? "" };
  });
  // metafieldsSet is atomic: one bad entry and nothing is written.
  if (errors.length > 0) return { metafields: [], userErrors: errors };
  const saved = resolved.map((input) =>
    upsertMetafield(ctx.store, ctx.data, {
      ownerGid: input.ownerId,
      namespace: input.namespace,
      key: input.key,
      type: input.type,
      value: input.value,
      at: nowIso(ctx),
    }),
  );
  return { metafields: saved, userErrors: [] };
};

const metafieldsDelete: Resolver = (_src, args, ctx) => {
  const inputs = args.metafields as { ownerId: string; namespace: string; key: string }[];
  const deleted = inputs.map((input) => {
    requireGid(input.ownerId);
    const namespace = resolveNamespace(input.namespace, ctx.app.appId);
    return deleteMetafield(ctx.data, input.ownerId, namespace, input.key) ? { ownerId: input.ownerId, namespace, key: input.key } : null;
  });
  return { deletedMetafields: deleted, userErrors: [] };
};

// ---------------------------------------------------------------------------
// Customers
// ---------------------------------------------------------------------------

const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE_PATTERN = /^\+[1-9]\d{6,14}$/;

const customerUpdate: Resolver = (_src, args, ctx) => {
  const input = args.input as Record<string, any>;
  if (!input.id) return { customer: null, userErrors: [userError(["id"], "Customer does not exist")] };
  const { type, id } = requireGid(input.id);
  const customer = type === "Customer" ? ctx.data.customers.get(id) : undefined;
  if (!customer) return { customer: null, userErrors: [userError(["id"], "Customer does not exist")] };
  const errors: unknown[] = [];
  if (input.email !== undefined && input.email !== null && input.email !== "") {
    if (!EMAIL_PATTERN.test(input.email)) errors.push(userError(["email"], "Email is invalid"));
    else {
      const other = ctx.data.customerIdByEmail.get(String(input.email).toLowerCase());
      if (other !== undefined && other !== customer.id) errors.push(userError(["email"], "Email has already been taken"));
    }
  }
  if (input.phone !== undefined && input.phone !== null && input.phone !== "") {
    const phone = String(input.phone).replace(/[\s()-]/g, "");
    if (!PHONE_PATTERN.test(phone)) errors.push(userError(["phone"], "Phone is invalid"));
    else if ([...ctx.data.customers.values()].some((c) => c.id !== customer.id && c.phone === phone))
      errors.push(userError(["phone"], "Phone has already been taken"));
  }
  const nextEmail = input.email === undefined ? customer.email : input.email || null;
  const nextPhone = input.phone === undefined ? customer.phone : input.phone || null;
  const nextFirst = input.firstName === undefined ? customer.firstName : input.firstName;
  const nextLast = input.lastName === undefined ? customer.lastName : input.lastName;
  if (!nextEmail && !nextPhone && !nextFirst && !nextLast)
    errors.push(userError(null, "Customer must have a name, phone number or email address"));
  if (errors.length > 0) return { customer: null, userErrors: errors };

  if (input.email !== undefined) setCustomerEmail(ctx.data, customer, input.email || null);
  if (input.phone !== undefined) customer.phone = input.phone ? String(input.phone).replace(/[\s()-]/g, "") : null;
  if (input.firstName !== undefined) customer.firstName = input.firstName;
  if (input.lastName !== undefined) customer.lastName = input.lastName;
  if (input.note !== undefined) customer.note = input.note;
  if (input.locale !== undefined && input.locale !== null) customer.locale = input.locale;
  if (input.tags !== undefined && input.tags !== null) customer.tags = normalizeTags(input.tags);
  if (input.taxExempt !== undefined && input.taxExempt !== null) customer.taxExempt = input.taxExempt;
  const consentChanged =
    Boolean(input.emailMarketingConsent?.marketingState) && input.emailMarketingConsent.marketingState !== customer.emailMarketingState;
  if (consentChanged) {
    customer.emailMarketingState = input.emailMarketingConsent.marketingState;
    customer.emailMarketingUpdatedAt = nowIso(ctx);
  }
  for (const mf of (input.metafields ?? []) as { namespace?: string; key: string; type?: string; value: string }[]) {
    upsertMetafield(ctx.store, ctx.data, {
      ownerGid: input.id,
      namespace: resolveNamespace(mf.namespace, ctx.app.appId),
      key: mf.key,
      type: mf.type ?? "single_line_text_field",
      value: mf.value,
      at: nowIso(ctx),
    });
  }
  customer.updatedAt = nowIso(ctx);
  emitCustomerUpdate(ctx, customer);
  if (consentChanged) emitEmailConsentUpdate(ctx, customer);
  return { customer, userErrors: [] };
};

/** The states an app may set; NOT_SUBSCRIBED, REDACTED and INVALID are Shopify's own. */
const SETTABLE_MARKETING_STATES = new Set(["SUBSCRIBED", "UNSUBSCRIBED", "PENDING"]);

/**
 * Records a customer's email marketing consent. As on Shopify: the customer
 * must exist and have an email address, and only SUBSCRIBED, UNSUBSCRIBED
 * and PENDING may be set; customers/update and
 * customers/email_marketing_consent_update follow.
 */
const customerEmailMarketingConsentUpdate: Resolver = (_src, args, ctx) => {
  const input = args.input as { customerId: string; emailMarketingConsent: Record<string, any> };
  const { type, id } = requireGid(input.customerId);
  const customer = type === "Customer" ? ctx.data.customers.get(id) : undefined;
  if (!customer) return { customer: null, userErrors: [codedError(["input", "customerId"], "Customer not found", "INVALID")] };
  if (!customer.email)
    return { customer: null, userErrors: [codedError(["input", "customerId"], "Customer must have an email address", "INVALID")] };
  const consent = input.emailMarketingConsent;
  if (!SETTABLE_MARKETING_STATES.has(String(consent.marketingState)))
    return {
      customer: null,
      userErrors: [
        codedError(["input", "emailMarketingConsent", "marketingState"], "Marketing state is not included in the list", "INCLUSION"),
      ],
    };
  const consentAt = consent.consentUpdatedAt ? new Date(String(consent.consentUpdatedAt)) : ctx.now;
  if (Number.isNaN(consentAt.getTime()) || consentAt.getTime() > ctx.now.getTime())
    return {
      customer: null,
      userErrors: [
        codedError(["input", "emailMarketingConsent", "consentUpdatedAt"], "Consent updated at cannot be in the future", "INVALID"),
      ],
    };
  customer.emailMarketingState = consent.marketingState as CustomerRecord["emailMarketingState"];
  customer.emailMarketingUpdatedAt = shopifyTime(consentAt);
  customer.updatedAt = nowIso(ctx);
  emitCustomerUpdate(ctx, customer);
  emitEmailConsentUpdate(ctx, customer);
  return { customer, userErrors: [] };
};

// ---------------------------------------------------------------------------
// Discounts
// ---------------------------------------------------------------------------

interface DiscountPatch {
  errors: unknown[];
  values: Partial<DiscountRecord>;
}

/** Validates a DiscountCodeBasicInput; `existing` is set for updates. */
function readDiscountInput(ctx: ResolverContext, input: Record<string, any>, existing: DiscountRecord | null): DiscountPatch {
  const base = ["basicCodeDiscount"];
  const errors: unknown[] = [];
  const values: Partial<DiscountRecord> = {};
  const creating = existing === null;

  if (input.title !== undefined || creating) {
    if (!input.title || !String(input.title).trim()) errors.push(discountError([...base, "title"], "Title can't be blank", "BLANK"));
    else if (String(input.title).length > 255)
      errors.push(discountError([...base, "title"], "Title is too long (maximum is 255 characters)", "TOO_LONG"));
    else values.title = String(input.title);
  }
  if (input.code !== undefined || creating) {
    const code = typeof input.code === "string" ? input.code.trim() : "";
    if (!code) errors.push(discountError([...base, "code"], "Code can't be blank", "BLANK"));
    else if (code.length > 255) errors.push(discountError([...base, "code"], "Code is too long (maximum is 255 characters)", "TOO_LONG"));
    else if (/[\r\n]/.test(code)) errors.push(discountError([...base, "code"], "Code cannot contain newline characters.", "INVALID"));
    else {
      const clash = findDiscountByCode(ctx.data, code);
      if (clash && clash.id !== existing?.id)
        errors.push(discountError([...base, "code"], "Code must be unique. Please try a different code.", "TAKEN"));
      else values.code = code;
    }
  }
  if (input.startsAt !== undefined || creating) {
    if (!input.startsAt) errors.push(discountError([...base, "startsAt"], "Starts at can't be blank", "BLANK"));
    else values.startsAt = shopifyTime(new Date(input.startsAt));
  }
  if (input.endsAt !== undefined) values.endsAt = input.endsAt ? shopifyTime(new Date(input.endsAt)) : null;
  else if (creating) values.endsAt = null;
  const startsAt = values.startsAt ?? existing?.startsAt;
  const endsAt = values.endsAt !== undefined ? values.endsAt : (existing?.endsAt ?? null);
  if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt))
    errors.push(discountError([...base, "endsAt"], "Ends at needs to be after starts_at", "END_DATE_BEFORE_START_DATE"));

  if (input.customerGets !== undefined || creating) {
    const gets = input.customerGets as Record<string, any> | undefined;
    const path = [...base, "customerGets"];
    if (!gets) errors.push(discountError(path, "Customer gets can't be blank", "BLANK"));
    else {
      if (gets.items) {
        if (gets.items.products || gets.items.collections)
          throw notImplemented("DiscountItemsInput", gets.items.products ? "products" : "collections");
      } else if (creating) errors.push(discountError([...path, "items"], "Items can't be blank", "BLANK"));
      const value = gets.value as Record<string, any> | undefined;
      if (!value) {
        if (creating) errors.push(discountError([...path, "value"], "Value can't be blank", "BLANK"));
      } else if (value.percentage !== undefined && value.percentage !== null) {
        const pct = Number(value.percentage);
        if (!(pct > 0 && pct <= 1))
          errors.push(discountError([...path, "value", "percentage"], "Value must be between 0.0 and 1.0", "VALUE_OUTSIDE_RANGE"));
        else {
          values.valueType = "PERCENTAGE";
          // Kept in percent with up to 4 decimals so order maths stays exact.
          values.value = Math.round(pct * 1_000_000) / 10_000;
          values.appliesOnEachItem = false;
        }
      } else if (value.discountAmount) {
        const amount = parseDecimalToCents(String(value.discountAmount.amount));
        if (amount === undefined || amount <= 0)
          errors.push(discountError([...path, "value", "discountAmount", "amount"], "Value must be greater than 0", "GREATER_THAN"));
        else {
          values.valueType = "FIXED_AMOUNT";
          values.value = amount;
          values.appliesOnEachItem = !!value.discountAmount.appliesOnEachItem;
        }
      } else if (value.discountOnQuantity) {
        throw notImplemented("DiscountCustomerGetsValueInput", "discountOnQuantity");
      }
    }
  }

  const context = input.context as Record<string, any> | undefined;
  const selection = input.customerSelection as Record<string, any> | undefined;
  if (context) {
    if (context.customerSegments || context.markets)
      throw notImplemented("DiscountContextInput", context.customerSegments ? "customerSegments" : "markets");
    if (context.all) values.customerIds = null;
    else if (context.customers) {
      const current = new Set(existing?.customerIds ?? []);
      for (const [i, value] of ((context.customers.add ?? []) as string[]).entries()) {
        const parsed = parseGid(value);
        if (!parsed || parsed.type !== "Customer" || !ctx.data.customers.has(parsed.id))
          errors.push(discountError([...base, "context", "customers", "add", String(i)], "Customer does not exist", "INVALID"));
        else current.add(parsed.id);
      }
      for (const value of (context.customers.remove ?? []) as string[]) {
        const parsed = parseGid(value);
        if (parsed) current.delete(parsed.id);
      }
      values.customerIds = [...current];
    }
  } else if (selection) {
    if (selection.all) values.customerIds = null;
    else if (selection.customers) {
      const ids: number[] = [];
      for (const [i, value] of ((selection.customers.add ?? []) as string[]).entries()) {
        const parsed = parseGid(value);
        if (!parsed || !ctx.data.customers.has(parsed.id))
          errors.push(discountError([...base, "customerSelection", "customers", "add", String(i)], "Customer does not exist", "INVALID"));
        else ids.push(parsed.id);
      }
      values.customerIds = ids;
    }
  } else if (creating) {
    values.customerIds = null;
  }

  if (input.minimumRequirement !== undefined) {
    const min = input.minimumRequirement as Record<string, any> | null;
    const requirementError = (field: string[], message: string, code: string) =>
      errors.push(discountError([...base, "minimumRequirement", ...field], message, code));
    values.minimumSubtotalCents = null;
    values.minimumQuantity = null;
    if (min?.subtotal && min?.quantity)
      requirementError(
        [],
        "Minimum subtotal and quantity range cannot both be present",
        "MINIMUM_SUBTOTAL_AND_QUANTITY_RANGE_BOTH_PRESENT",
      );
    else if (min?.subtotal?.greaterThanOrEqualToSubtotal !== undefined && min.subtotal.greaterThanOrEqualToSubtotal !== null) {
      const cents = parseDecimalToCents(String(min.subtotal.greaterThanOrEqualToSubtotal));
      if (cents !== undefined && cents >= 0) values.minimumSubtotalCents = cents;
      else
        requirementError(
          ["subtotal", "greaterThanOrEqualToSubtotal"],
          "Minimum subtotal must be greater than or equal to 0",
          "GREATER_THAN_OR_EQUAL_TO",
        );
    } else if (min?.quantity?.greaterThanOrEqualToQuantity !== undefined && min.quantity.greaterThanOrEqualToQuantity !== null) {
      const quantity = Number(min.quantity.greaterThanOrEqualToQuantity);
      if (Number.isInteger(quantity) && quantity >= 1) values.minimumQuantity = quantity;
      else requirementError(["quantity", "greaterThanOrEqualToQuantity"], "Minimum quantity must be greater than 0", "GREATER_THAN");
    }
  } else if (creating) {
    values.minimumSubtotalCents = null;
    values.minimumQuantity = null;
  }

  if (input.usageLimit !== undefined) {
    if (input.usageLimit !== null && input.usageLimit < 1)
      errors.push(discountError([...base, "usageLimit"], "Usage limit must be greater than 0", "GREATER_THAN"));
    else values.usageLimit = input.usageLimit;
  } else if (creating) values.usageLimit = null;
  if (input.appliesOncePerCustomer !== undefined && input.appliesOncePerCustomer !== null)
    values.appliesOncePerCustomer = input.appliesOncePerCustomer;
  else if (creating) values.appliesOncePerCustomer = false;
  if (input.combinesWith) {
    const prev = existing?.combinesWith ?? { orderDiscounts: false, productDiscounts: false, shippingDiscounts: false };
    values.combinesWith = {
      orderDiscounts: input.combinesWith.orderDiscounts ?? prev.orderDiscounts,
      productDiscounts: input.combinesWith.productDiscounts ?? prev.productDiscounts,
      shippingDiscounts: input.combinesWith.shippingDiscounts ?? prev.shippingDiscounts,
    };
  } else if (creating) values.combinesWith = { orderDiscounts: false, productDiscounts: false, shippingDiscounts: false };
  if (input.tags) values.tags = normalizeTags(input.tags);
  else if (creating) values.tags = [];
  return { errors, values };
}

/** A new discount's fields from its input: when creating, readDiscountInput sets each one (with Shopify's default) or reports it. */
type NewDiscountFields = Omit<Parameters<typeof addDiscount>[2], "createdAt" | "createdByAppKey">;

const discountCodeBasicCreate: Resolver = (_src, args, ctx) => {
  const { errors, values } = readDiscountInput(ctx, args.basicCodeDiscount, null);
  if (errors.length > 0) return { codeDiscountNode: null, userErrors: errors };
  const fields = values as NewDiscountFields;
  const discount = addDiscount(ctx.store, ctx.data, { ...fields, createdAt: nowIso(ctx), createdByAppKey: ctx.app.apiKey });
  return { codeDiscountNode: discount, userErrors: [] };
};

function findDiscount(ctx: ResolverContext, value: string): DiscountRecord | undefined {
  const { type, id } = requireGid(value);
  return type === "DiscountCodeNode" ? ctx.data.discounts.get(id) : undefined;
}

const discountCodeBasicUpdate: Resolver = (_src, args, ctx) => {
  const discount = findDiscount(ctx, args.id);
  if (!discount) return { codeDiscountNode: null, userErrors: [discountError(["id"], "Discount does not exist", "INVALID")] };
  const { errors, values } = readDiscountInput(ctx, args.basicCodeDiscount, discount);
  if (errors.length > 0) return { codeDiscountNode: null, userErrors: errors };
  if (values.code && values.code.toLowerCase() !== discount.code.toLowerCase()) {
    ctx.data.discountIdByCode.delete(discount.code.toLowerCase());
    ctx.data.discountIdByCode.set(values.code.toLowerCase(), discount.id);
  }
  Object.assign(discount, values, { updatedAt: nowIso(ctx) });
  return { codeDiscountNode: discount, userErrors: [] };
};

const discountCodeActivate: Resolver = (_src, args, ctx) => {
  const discount = findDiscount(ctx, args.id);
  if (!discount) return { codeDiscountNode: null, userErrors: [discountError(["id"], "Discount does not exist", "INVALID")] };
  const now = nowIso(ctx);
  if (Date.parse(discount.startsAt) > ctx.now.getTime()) discount.startsAt = now;
  if (discount.endsAt !== null && Date.parse(discount.endsAt) <= ctx.now.getTime()) discount.endsAt = null;
  discount.updatedAt = now;
  return { codeDiscountNode: discount, userErrors: [] };
};

const discountCodeDeactivate: Resolver = (_src, args, ctx) => {
  const discount = findDiscount(ctx, args.id);
  if (!discount) return { codeDiscountNode: null, userErrors: [discountError(["id"], "Discount does not exist", "INVALID")] };
  const now = nowIso(ctx);
  // Shopify deactivates by ending the discount now.
  if (discount.endsAt === null || Date.parse(discount.endsAt) > ctx.now.getTime()) discount.endsAt = now;
  if (Date.parse(discount.startsAt) > ctx.now.getTime()) discount.startsAt = now;
  discount.updatedAt = now;
  return { codeDiscountNode: discount, userErrors: [] };
};

/**
 * Adds up to 250 codes to a code discount. Shopify does it asynchronously and
 * answers with the bulk creation to follow; here it is done before the answer,
 * and the creation reads done, with its counts.
 */
const discountRedeemCodeBulkAdd: Resolver = (_src, args, ctx) => {
  const discount = findDiscount(ctx, args.discountId);
  if (!discount) return { bulkCreation: null, userErrors: [discountError(["discountId"], "Discount does not exist", "INVALID")] };
  const codes = (args.codes as { code: string }[]).map((entry) => entry.code);
  if (codes.length === 0) return { bulkCreation: null, userErrors: [discountError(["codes"], "Codes can't be blank", "BLANK")] };
  if (codes.length > 250)
    return { bulkCreation: null, userErrors: [discountError(["codes"], "Codes can't be more than 250", "TOO_MANY_ARGUMENTS")] };
  const counts = addRedeemCodes(ctx.store, ctx.data, discount, codes);
  return {
    bulkCreation: {
      id: `gid://shopify/DiscountRedeemCodeBulkCreation/${ctx.store.nextId()}`,
      done: true,
      ...counts,
      createdAt: nowIso(ctx),
    },
    userErrors: [],
  };
};

const discountCodeDelete: Resolver = (_src, args, ctx) => {
  const discount = findDiscount(ctx, args.id);
  if (!discount) return { deletedCodeDiscountId: null, userErrors: [discountError(["id"], "Discount does not exist", "INVALID")] };
  ctx.data.discounts.delete(discount.id);
  ctx.data.discountIdByCode.delete(discount.code.toLowerCase());
  return { deletedCodeDiscountId: args.id, userErrors: [] };
};

// ---------------------------------------------------------------------------
// Returns
// ---------------------------------------------------------------------------

const returnCreate: Resolver = (_src, args, ctx) => {
  const input = args.returnInput as Record<string, any>;
  const base = ["returnInput"];
  const { type, id } = requireGid(input.orderId);
  const order = type === "Order" ? ctx.data.orders.get(id) : undefined;
  if (!order) return { return: null, userErrors: [codedError([...base, "orderId"], "Order does not exist.", "NOT_FOUND")] };
  const errors: unknown[] = [];
  const lines = (input.returnLineItems ?? []) as {
    fulfillmentLineItemId: string;
    quantity: number;
    returnReason?: string;
    returnReasonNote?: string;
    returnReasonDefinitionId?: string | null;
  }[];
  /** The definition a line names, by its ID; undefined when it names none. */
  const definitionOf = (line: (typeof lines)[number]) => {
    if (line.returnReasonDefinitionId == null) return undefined;
    const parsed = parseGid(line.returnReasonDefinitionId);
    return RETURN_REASON_DEFINITIONS.find((definition) => parsed?.type === "ReturnReasonDefinition" && definition.id === parsed.id) ?? null;
  };
  if (lines.length === 0) errors.push(codedError([...base, "returnLineItems"], "Return must have at least one return line item.", "BLANK"));
  // Quantities requested per fulfillment line item across this input.
  const requested = new Map<number, number>();
  lines.forEach((line, i) => {
    const path = [...base, "returnLineItems", i];
    const parsed = parseGid(line.fulfillmentLineItemId);
    const fli = parsed && parsed.type === "FulfillmentLineItem" ? findFulfillmentLineItem(order, parsed.id) : undefined;
    if (!fli) {
      errors.push(codedError([...path, "fulfillmentLineItemId"], "Fulfillment line item does not exist.", "NOT_FOUND"));
      return;
    }
    if (line.quantity <= 0) {
      errors.push(codedError([...path, "quantity"], "Quantity must be greater than 0.", "GREATER_THAN"));
      return;
    }
    if (definitionOf(line) === null) {
      errors.push(codedError([...path, "returnReasonDefinitionId"], "Return reason definition does not exist.", "NOT_FOUND"));
      return;
    }
    const item = order.lineItems.find((l) => l.id === fli.lineItemId);
    if (item?.isGiftCard) {
      errors.push(codedError([...path, "fulfillmentLineItemId"], "Gift card line items can't be returned.", "INVALID"));
      return;
    }
    const total = (requested.get(fli.id) ?? 0) + line.quantity;
    requested.set(fli.id, total);
    if (total > returnableQuantity(order, fli))
      errors.push(codedError([...path, "quantity"], "Quantity is not available for return.", "INVALID"));
  });
  type ExchangeInput = {
    variantId?: string | null;
    quantity: number;
    appliedDiscount?: {
      description?: string | null;
      value: { percentage?: number | null; amount?: { amount: string; currencyCode: string } | null };
    } | null;
  };
  const exchanges = (input.exchangeLineItems ?? []) as ExchangeInput[];
  // The appliedDiscount of each exchange line, per unit, in cents.
  const exchangeDiscounts: number[] = [];
  exchanges.forEach((line, i) => {
    const path = [...base, "exchangeLineItems", i];
    const parsed = line.variantId ? parseGid(line.variantId) : undefined;
    const variant = parsed && parsed.type === "ProductVariant" ? ctx.data.variants.get(parsed.id) : undefined;
    exchangeDiscounts[i] = 0;
    if (!variant) {
      errors.push(codedError([...path, "variantId"], "Variant does not exist.", "NOT_FOUND"));
      return;
    }
    if (line.quantity <= 0) errors.push(codedError([...path, "quantity"], "Quantity must be greater than 0.", "GREATER_THAN"));
    else if (
      !variantAvailableForSale(ctx.data, variant) ||
      (variant.inventoryPolicy === "DENY" && variant.inventoryQuantity < line.quantity)
    )
      errors.push(codedError([...path, "variantId"], "Variant is not available for exchange: insufficient inventory.", "INVALID"));
    // ExchangeLineItemAppliedDiscountValueInput is @oneOf: a percentage or an amount off each unit.
    const value = line.appliedDiscount?.value;
    if (!value) return;
    const discountPath = [...path, "appliedDiscount", "value"];
    if (typeof value.percentage === "number") {
      if (value.percentage <= 0 || value.percentage > 100)
        errors.push(codedError([...discountPath, "percentage"], "Percentage must be greater than 0 and at most 100.", "INVALID"));
      else exchangeDiscounts[i] = Math.round((variant.priceCents * value.percentage) / 100);
    } else if (value.amount) {
      const cents = parseDecimalToCents(String(value.amount.amount));
      if (value.amount.currencyCode !== order.currencyCode)
        errors.push(codedError([...discountPath, "amount", "currencyCode"], "Currency must match the order's currency.", "INVALID"));
      else if (cents === undefined || cents <= 0 || cents > variant.priceCents)
        errors.push(codedError([...discountPath, "amount"], "Amount must be greater than 0 and at most the item's price.", "INVALID"));
      else exchangeDiscounts[i] = cents;
    }
  });
  if (order.cancelledAt) errors.push(codedError([...base, "orderId"], "Cancelled orders can't be returned.", "INVALID_STATE"));
  if (errors.length > 0) return { return: null, userErrors: errors };

  const ret = createReturn(ctx.store, ctx.data, order, {
    at: input.requestedAt ? shopifyTime(new Date(input.requestedAt)) : nowIso(ctx),
    returnLineItems: lines.map((line) => ({
      fulfillmentLineItemId: parseGid(line.fulfillmentLineItemId)!.id,
      quantity: line.quantity,
      returnReason: line.returnReason ?? "UNKNOWN",
      returnReasonNote: line.returnReasonNote ?? "",
      ...(definitionOf(line) ? { returnReasonDefinitionId: definitionOf(line)!.id } : {}),
    })),
    exchangeLineItems: exchanges.map((line, i) => ({
      variantId: parseGid(line.variantId!)!.id,
      quantity: line.quantity,
      discountCents: exchangeDiscounts[i],
    })),
  });
  emitOrderUpdated(ctx, order);
  // A return opened by the merchant or an app is approved as it is made: Shopify sends returns/approve.
  emit(ctx, "returns/approve", () => returnPayload(ret));
  return { return: ret, userErrors: [] };
};

/** The REST-shaped body of returns/request and returns/approve: the return, its order and status (its lines are read over GraphQL). */
export function returnPayload(ret: ReturnRecord) {
  return {
    id: ret.id,
    admin_graphql_api_id: `gid://shopify/Return/${ret.id}`,
    order_id: ret.orderId,
    name: ret.name,
    status: ret.status.toLowerCase(),
  };
}

const returnProcess: Resolver = (_src, args, ctx) => {
  const input = args.input as Record<string, any>;
  const { type, id } = requireGid(input.returnId);
  const orderId = type === "Return" ? ctx.data.nested.returns.get(id) : undefined;
  const order = orderId === undefined ? undefined : ctx.data.orders.get(orderId);
  const ret = order?.returns.find((r) => r.id === id);
  if (!order || !ret) return { return: null, userErrors: [codedError(["input", "returnId"], "Return does not exist.", "NOT_FOUND")] };
  if (ret.status !== "OPEN")
    return {
      return: null,
      userErrors: [codedError(["input", "returnId"], `Return is not open (status: ${ret.status}).`, "INVALID_STATE")],
    };
  const errors: unknown[] = [];
  const readLines = (key: "returnLineItems" | "exchangeLineItems", type: string) =>
    ((input[key] ?? []) as { id: string; quantity: number }[]).map((line, i) => {
      const parsed = parseGid(line.id);
      const list = key === "returnLineItems" ? ret.returnLineItems : ret.exchangeLineItems;
      const record = parsed && parsed.type === type ? list.find((l) => l.id === parsed.id) : undefined;
      if (!record)
        errors.push(
          codedError(
            ["input", key, String(i), "id"],
            `${type === "ReturnLineItem" ? "Return" : "Exchange"} line item does not exist.`,
            "NOT_FOUND",
          ),
        );
      else if (line.quantity <= 0 || line.quantity > record.quantity - record.processedQuantity)
        errors.push(codedError(["input", key, String(i), "quantity"], "Quantity exceeds the quantity that can be processed.", "INVALID"));
      return { id: record?.id ?? 0, quantity: line.quantity };
    });
  const returnLines = readLines("returnLineItems", "ReturnLineItem");
  const exchangeLines = readLines("exchangeLineItems", "ExchangeLineItem");
  if (returnLines.length === 0 && exchangeLines.length === 0)
    errors.push(codedError(["input"], "At least one return line item or exchange line item must be processed.", "BLANK"));
  if (errors.length > 0) return { return: null, userErrors: errors };
  // A refund names the order's payment transactions it goes back through, and how much.
  const issueRefund = input.financialTransfer?.issueRefund as
    | {
        orderTransactions: { parentId: string; transactionAmount: { amount: string; currencyCode: string } }[];
        allowOverRefunding?: boolean;
      }
    | undefined;
  let refundCents: number | undefined;
  // No transactions named: what the return's lines are worth, as before.
  if (issueRefund && issueRefund.orderTransactions.length > 0) {
    const sale = saleTransactionOf(order);
    const path = ["input", "financialTransfer", "issueRefund", "orderTransactions"];
    refundCents = 0;
    for (const [i, transaction] of issueRefund.orderTransactions.entries()) {
      const parent = parseGid(transaction.parentId);
      if (!sale || parent?.type !== "OrderTransaction" || parent.id !== sale.id)
        return {
          return: null,
          userErrors: [codedError([...path, String(i), "parentId"], "Parent transaction does not exist.", "NOT_FOUND")],
        };
      const cents = parseDecimalToCents(String(transaction.transactionAmount.amount));
      if (transaction.transactionAmount.currencyCode !== order.currencyCode || cents === undefined || cents <= 0)
        return {
          return: null,
          userErrors: [codedError([...path, String(i), "transactionAmount"], "Transaction amount is invalid.", "INVALID")],
        };
      refundCents += cents;
    }
    if (!issueRefund.allowOverRefunding && refundCents > refundableOfReturn(order, ret, returnLines))
      return {
        return: null,
        userErrors: [codedError(path, "Refund amount exceeds the amount that can be refunded for the return.", "INVALID")],
      };
  }
  const { refund } = processReturn(ctx.store, ctx.data, order, ret, {
    at: nowIso(ctx),
    returnLineItems: returnLines,
    exchangeLineItems: exchangeLines,
    refund: !!issueRefund,
    ...(refundCents === undefined ? {} : { refundCents }),
    note: input.note ?? null,
  });
  if (refund) emit(ctx, "refunds/create", () => refundPayload(ctx.data, order, refund));
  emitOrderUpdated(ctx, order);
  return { return: ret, userErrors: [] };
};

// ---------------------------------------------------------------------------
// Draft orders & redirects
// ---------------------------------------------------------------------------

const draftOrderCreate: Resolver = (_src, args, ctx) => {
  const input = args.input as Record<string, any>;
  const errors: unknown[] = [];
  const customerGid: string | undefined = input.purchasingEntity?.customerId ?? input.customerId;
  let customer: CustomerRecord | undefined;
  if (customerGid) {
    const parsed = parseGid(customerGid);
    customer = parsed ? ctx.data.customers.get(parsed.id) : undefined;
    if (!customer)
      errors.push(userError(input.purchasingEntity ? ["purchasingEntity", "customerId"] : ["customerId"], "Customer does not exist"));
  }
  const lineInputs = (input.lineItems ?? []) as Record<string, any>[];
  if (lineInputs.length === 0) errors.push(userError(["lineItems"], "Add at least 1 product"));
  /**
   * A line's appliedDiscount: a percentage of the line, or a fixed amount
   * off each unit (`value`, or `amountWithCurrency` for the whole line),
   * never more than the line is worth.
   */
  const lineDiscount = (line: Record<string, any>, i: number, unitPriceCents: number) => {
    const applied = line.appliedDiscount as
      | { value: number; valueType: "PERCENTAGE" | "FIXED_AMOUNT"; title?: string | null; amountWithCurrency?: { amount: string } | null }
      | undefined;
    if (!applied) return { appliedDiscount: null, discountCents: 0 };
    const lineTotal = unitPriceCents * line.quantity;
    let cents: number;
    if (applied.valueType === "PERCENTAGE") {
      if (applied.value < 0 || applied.value > 100)
        errors.push(userError(["lineItems", String(i), "appliedDiscount", "value"], "Value must be between 0 and 100"));
      cents = Math.round((lineTotal * applied.value) / 100);
    } else {
      const whole = applied.amountWithCurrency ? parseDecimalToCents(String(applied.amountWithCurrency.amount)) : undefined;
      const perUnit = parseDecimalToCents(String(applied.value));
      cents = whole ?? (perUnit ?? 0) * line.quantity;
    }
    return {
      appliedDiscount: { title: applied.title ?? null, valueType: applied.valueType, value: applied.value },
      discountCents: Math.max(0, Math.min(lineTotal, cents)),
    };
  };
  const lines = lineInputs.map((line, i) => {
    if (line.quantity <= 0) errors.push(userError(["lineItems", String(i), "quantity"], "Quantity must be greater than or equal to 1"));
    if (line.variantId) {
      const parsed = parseGid(line.variantId);
      const variant = parsed ? ctx.data.variants.get(parsed.id) : undefined;
      if (!variant) {
        errors.push(userError(["lineItems", String(i), "variantId"], "Product with ID could not be found."));
        return null;
      }
      const product = ctx.data.products.get(variant.productId)!;
      const override = line.priceOverride?.amount ?? null;
      const unitPriceCents = override === null ? variant.priceCents : (parseDecimalToCents(String(override)) ?? variant.priceCents);
      return {
        id: ctx.store.nextId(),
        variantId: variant.id,
        productId: product.id,
        title: product.title,
        variantTitle: variant.title,
        sku: variant.sku,
        quantity: line.quantity,
        unitPriceCents,
        customAttributes: (line.customAttributes ?? []) as { key: string; value: string }[],
        ...lineDiscount(line, i, unitPriceCents),
      };
    }
    const price = line.originalUnitPriceWithCurrency?.amount ?? line.originalUnitPrice ?? null;
    if (!line.title) errors.push(userError(["lineItems", String(i), "title"], "Title can't be blank"));
    const cents = price === null ? undefined : parseDecimalToCents(String(price));
    if (cents === undefined) errors.push(userError(["lineItems", String(i), "originalUnitPrice"], "Price can't be blank"));
    return {
      id: ctx.store.nextId(),
      variantId: null,
      productId: null,
      title: String(line.title ?? ""),
      variantTitle: null,
      sku: line.sku ?? null,
      quantity: line.quantity,
      unitPriceCents: cents ?? 0,
      customAttributes: (line.customAttributes ?? []) as { key: string; value: string }[],
      ...lineDiscount(line, i, cents ?? 0),
    };
  });
  if (input.email && !EMAIL_PATTERN.test(input.email)) errors.push(userError(["email"], "Email is invalid"));
  const applied = input.appliedDiscount as { value: number; valueType: "PERCENTAGE" | "FIXED_AMOUNT"; title?: string } | undefined;
  if (applied && applied.valueType === "PERCENTAGE" && (applied.value < 0 || applied.value > 100))
    errors.push(userError(["appliedDiscount", "value"], "Value must be between 0 and 100"));
  if (errors.length > 0) return { draftOrder: null, userErrors: errors };
  const number = ctx.data.nextDraftOrderNumber++;
  const draft: DraftOrderRecord = {
    kind: "DraftOrder",
    id: ctx.store.nextId(),
    name: `#D${number}`,
    status: "OPEN",
    customerId: customer?.id ?? null,
    email: input.email ?? customer?.email ?? null,
    phone: input.phone ?? customer?.phone ?? null,
    note: input.note ?? null,
    tags: normalizeTags(input.tags ?? []),
    customAttributes: (input.customAttributes ?? []) as { key: string; value: string }[],
    discountCodes: (input.discountCodes ?? []) as string[],
    lineItems: lines.filter((l): l is NonNullable<typeof l> => l !== null),
    appliedDiscount: applied
      ? {
          title: applied.title ?? null,
          valueType: applied.valueType,
          value: applied.valueType === "PERCENTAGE" ? applied.value : (parseDecimalToCents(String(applied.value)) ?? 0),
        }
      : null,
    currencyCode: ctx.data.shop.currencyCode,
    createdAt: nowIso(ctx),
    updatedAt: nowIso(ctx),
    completedAt: null,
    orderId: null,
  };
  ctx.data.draftOrders.set(draft.id, draft);
  return { draftOrder: draft, userErrors: [] };
};

/** The merchant completes a draft order: paid now, or payment pending (the order then waits for it). */
const draftOrderComplete: Resolver = (_src, args, ctx) => {
  const parsed = parseGid(String(args.id));
  const draft = parsed?.type === "DraftOrder" ? ctx.data.draftOrders.get(parsed.id) : undefined;
  if (!draft) return { draftOrder: null, userErrors: [userError(["id"], "Draft order does not exist")] };
  if (draft.status === "COMPLETED") return { draftOrder: draft, userErrors: [userError(null, "This order has been paid")] };
  let order: OrderRecord;
  try {
    order = completeDraftOrder(ctx.store, ctx.data, draft, { at: nowIso(ctx), paymentPending: args.paymentPending === true });
  } catch (error) {
    if (error instanceof StoreError) return { draftOrder: null, userErrors: [userError(null, error.message)] };
    throw error;
  }
  emit(ctx, "orders/create", () => orderPayload(ctx.data, order));
  if (order.financialStatus === "PAID") emit(ctx, "orders/paid", () => orderPayload(ctx.data, order));
  if (order.customerId !== null) emitCustomerUpdate(ctx, ctx.data.customers.get(order.customerId)!);
  return { draftOrder: draft, userErrors: [] };
};

const urlRedirectCreate: Resolver = (_src, args, ctx) => {
  const input = args.urlRedirect as { path?: string | null; target?: string | null };
  const errors: unknown[] = [];
  const path = input.path ? (input.path.startsWith("/") ? input.path : `/${input.path}`) : "";
  const target = input.target ?? "";
  if (!path) errors.push(codedError(["urlRedirect", "path"], "Path can't be blank", "CREATE_FAILED"));
  if (!target) errors.push(codedError(["urlRedirect", "target"], "Target can't be blank", "CREATE_FAILED"));
  if (path && [...ctx.data.urlRedirects.values()].some((r) => r.path.toLowerCase() === path.toLowerCase()))
    errors.push(codedError(["urlRedirect", "path"], "Path has already been taken", "CREATE_FAILED"));
  if (path && target && path === target)
    errors.push(codedError(["urlRedirect", "target"], "Target cannot be the same as path", "CREATE_FAILED"));
  if (errors.length > 0) return { urlRedirect: null, userErrors: errors };
  const redirect = { kind: "UrlRedirect" as const, id: ctx.store.nextId(), path, target };
  ctx.data.urlRedirects.set(redirect.id, redirect);
  return { urlRedirect: redirect, userErrors: [] };
};

// ---------------------------------------------------------------------------
// Bulk operations
// ---------------------------------------------------------------------------

const bulkOperationRunQuery: Resolver = (_src, args, ctx) => {
  try {
    parse(args.query);
  } catch (error) {
    return {
      bulkOperation: null,
      userErrors: [codedError(["query"], `Invalid bulk query: ${(error as Error).message}`, "INVALID")],
    };
  }
  const { operation, userErrors } = ctx.runBulkQuery({ query: args.query, groupObjects: !!args.groupObjects });
  return { bulkOperation: operation, userErrors };
};

const bulkOperationCancel: Resolver = (_src, args, ctx) => {
  const { type, id } = requireGid(args.id);
  const operation = type === "BulkOperation" ? ctx.data.bulkOperations.get(id) : undefined;
  if (!operation || operation.apiKey !== ctx.app.apiKey)
    return { bulkOperation: null, userErrors: [userError(["id"], "Bulk operation does not exist")] };
  if (operation.status !== "CREATED" && operation.status !== "RUNNING")
    return {
      bulkOperation: operation,
      userErrors: [userError(null, `A bulk operation cannot be canceled when it is ${operation.status.toLowerCase()}`)],
    };
  ctx.cancelBulkOperation(operation);
  return { bulkOperation: operation, userErrors: [] };
};

/**
 * Starts the workflows that begin with one of the app's Flow triggers. The
 * deprecated `body` argument is refused: the app must send handle and payload.
 */
const flowTriggerReceive: Resolver = (_src, args, ctx) => {
  if (args.body !== undefined && args.body !== null)
    return { userErrors: [userError(["body"], "body is deprecated: send handle and payload")] };
  const handle = typeof args.handle === "string" ? args.handle : "";
  const trigger = ctx.app.flowTriggers.find((candidate) => candidate.handle === handle);
  if (!trigger) return { userErrors: [userError(["handle"], `No Flow trigger with the handle "${handle}" is deployed for this app`)] };
  const problems = flowPayloadProblems(trigger, args.payload);
  if (problems.length > 0) return { userErrors: problems.map((problem) => userError(["payload"], problem)) };
  ctx.data.flowTriggerRuns.push({
    handle,
    apiKey: ctx.app.apiKey,
    payload: args.payload as Record<string, unknown>,
    receivedAt: ctx.now.toISOString(),
  });
  return { userErrors: [] };
};

/** Mutation root resolvers; anything else fails as not implemented. */
export const mutationResolvers: Record<string, Resolver> = {
  flowTriggerReceive,
  tagsAdd: (_src, args, ctx) => changeTags(ctx, args, (current, tags) => normalizeTags([...current, ...tags])),
  tagsRemove: (_src, args, ctx) =>
    changeTags(ctx, args, (current, tags) => {
      const drop = new Set(tags.map((t) => t.toLowerCase()));
      return current.filter((t) => !drop.has(t.toLowerCase()));
    }),
  metafieldsSet,
  metafieldsDelete,
  customerUpdate,
  customerEmailMarketingConsentUpdate,
  discountCodeBasicCreate,
  discountRedeemCodeBulkAdd,
  discountCodeBasicUpdate,
  discountCodeActivate,
  discountCodeDeactivate,
  discountCodeDelete,
  returnCreate,
  returnProcess,
  ...reverseDeliveryMutations,
  draftOrderCreate,
  draftOrderComplete,
  urlRedirectCreate,
  bulkOperationRunQuery,
  bulkOperationCancel,
};
