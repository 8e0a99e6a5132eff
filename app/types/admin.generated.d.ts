/* eslint-disable eslint-comments/disable-enable-pair */
/* eslint-disable eslint-comments/no-unlimited-disable */
/* eslint-disable */
import type * as AdminTypes from './admin.types.js';

export type AgentCodeDetailsQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type AgentCodeDetailsQuery = { nodes: Array<AdminTypes.Maybe<{ __typename: 'AbandonedCheckout' | 'AbandonedCheckoutLineItem' | 'Abandonment' | 'AddAllProductsOperation' | 'AdditionalFee' | 'AnalyticsAnnotation' | 'AnalyticsTarget' | 'App' | 'AppCatalog' | 'AppCredit' | 'AppInstallation' | 'AppPurchaseOneTime' | 'AppRevenueAttributionRecord' | 'AppSubscription' | 'AppUsageRecord' | 'Article' | 'BasicEvent' | 'Blog' | 'BulkOperation' | 'BusinessEntity' } | { __typename: 'CalculatedOrder' | 'CartTransform' | 'CashDrawer' | 'CashManagementCustomReasonCode' | 'CashManagementDefaultReasonCode' | 'CashManagementSystemReasonCode' | 'CashTrackingAdjustment' | 'CashTrackingSession' | 'CatalogCsvOperation' | 'Channel' | 'ChannelDefinition' | 'ChannelInformation' | 'CheckoutAndAccountsConfiguration' | 'CheckoutAndAccountsConfigurationOverride' | 'CheckoutProfile' | 'Collection' | 'CollectionConditionsSource' | 'CollectionSubCollectionsSource' | 'Comment' | 'CommentEvent' } | { __typename: 'Company' | 'CompanyAddress' | 'CompanyContact' | 'CompanyContactRole' | 'CompanyContactRoleAssignment' | 'CompanyLocation' | 'CompanyLocationCatalog' | 'CompanyLocationStaffMemberAssignment' | 'ConsentPolicy' | 'CurrencyExchangeAdjustment' | 'Customer' | 'CustomerAccountAppExtensionPage' | 'CustomerAccountNativePage' | 'CustomerPaymentMethod' | 'CustomerSegmentMembersQuery' | 'CustomerVisit' | 'DeliveryCarrierService' | 'DeliveryCondition' | 'DeliveryCountry' | 'DeliveryCustomization' } | { __typename: 'DeliveryLocationGroup' | 'DeliveryMethod' | 'DeliveryMethodDefinition' | 'DeliveryParticipant' | 'DeliveryProfile' | 'DeliveryProfileItem' | 'DeliveryPromiseParticipant' | 'DeliveryPromiseProvider' | 'DeliveryProvince' | 'DeliveryRateDefinition' | 'DeliveryZone' | 'DiscountAutomaticBxgy' | 'DiscountAutomaticNode' | 'DiscountNode' | 'DiscountRedeemCodeBulkCreation' | 'Domain' | 'DraftOrder' | 'DraftOrderLineItem' | 'DraftOrderTag' | 'Duty' } | { __typename: 'ExchangeLineItem' | 'ExternalVideo' | 'Fulfillment' | 'FulfillmentConstraintRule' | 'FulfillmentEvent' | 'FulfillmentHold' | 'FulfillmentLineItem' | 'FulfillmentOrder' | 'FulfillmentOrderDestination' | 'FulfillmentOrderLineItem' | 'FulfillmentOrderMerchantRequest' | 'GenericFile' | 'GiftCard' | 'GiftCardCashOutTransaction' | 'GiftCardCreditTransaction' | 'GiftCardDebitTransaction' | 'IdentityProviderSubject' | 'InventoryAdjustmentGroup' | 'InventoryItem' | 'InventoryItemMeasurement' } | { __typename: 'InventoryLevel' | 'InventoryQuantity' | 'InventoryShipment' | 'InventoryShipmentLineItem' | 'InventoryTransfer' | 'InventoryTransferLineItem' | 'LineItem' | 'LineItemGroup' | 'Location' | 'MailingAddress' | 'Market' | 'MarketCatalog' | 'MarketRegionCountry' | 'MarketRegionSubdivision' | 'MarketWebPresence' | 'MarketingActivity' | 'MarketingEvent' | 'MediaImage' | 'Menu' | 'Metafield' } | { __typename: 'MetafieldDefinition' | 'Metaobject' | 'MetaobjectDefinition' | 'Model3d' | 'OnlineStoreTheme' | 'Order' | 'OrderAdjustment' | 'OrderAttributionDefinition' | 'OrderCancelJobResult' | 'OrderCreateMandatePaymentJobResult' | 'OrderDisputeSummary' | 'OrderEditSession' | 'OrderTransaction' | 'Page' | 'PaymentCustomization' | 'PaymentMandate' | 'PaymentSchedule' | 'PaymentTerms' | 'PaymentTermsTemplate' | 'PointOfSaleDevice' } | { __typename: 'PointOfSaleDevicePaymentSession' | 'PriceList' | 'Product' | 'ProductBundleOperation' | 'ProductDeleteOperation' | 'ProductDuplicateOperation' | 'ProductFeed' | 'ProductOption' | 'ProductOptionValue' | 'ProductSetOperation' | 'ProductTaxonomyNode' | 'ProductVariant' | 'ProductVariantComponent' | 'Publication' | 'PublicationResourceOperation' | 'QuantityPriceBreak' | 'Refund' | 'RefundShippingLine' | 'Return' | 'ReturnLineItem' } | { __typename: 'ReturnReasonDefinition' | 'ReturnableFulfillment' | 'ReverseDelivery' | 'ReverseDeliveryLineItem' | 'ReverseFulfillmentOrder' | 'ReverseFulfillmentOrderDisposition' | 'ReverseFulfillmentOrderLineItem' | 'SaleAdditionalFee' | 'SavedSearch' | 'ScriptTag' | 'Segment' | 'SellingPlan' | 'SellingPlanGroup' | 'ServerPixel' | 'ShippingLabel' | 'ShippingLabelPurchaseResult' | 'Shop' | 'ShopAddress' | 'ShopPolicy' | 'ShopifyPaymentsAccount' } | { __typename: 'ShopifyPaymentsBalanceTransaction' | 'ShopifyPaymentsBankAccount' | 'ShopifyPaymentsDispute' | 'ShopifyPaymentsDisputeEvidence' | 'ShopifyPaymentsDisputeFileUpload' | 'ShopifyPaymentsDisputeFulfillment' | 'ShopifyPaymentsPayout' | 'StaffMember' | 'StandardMetafieldDefinitionTemplate' | 'StoreCreditAccount' | 'StoreCreditAccountCreditTransaction' | 'StoreCreditAccountDebitRevertTransaction' | 'StoreCreditAccountDebitTransaction' | 'StorefrontAccessToken' | 'SubscriptionBillingAttempt' | 'SubscriptionContract' | 'SubscriptionDraft' | 'TaxonomyAttribute' | 'TaxonomyCategory' | 'TaxonomyChoiceListAttribute' } | { __typename: 'TaxonomyMeasurementAttribute' | 'TaxonomyValue' | 'TenderTransaction' | 'TransactionFee' | 'UnverifiedReturnLineItem' | 'UrlRedirect' | 'UrlRedirectImport' | 'Validation' | 'Video' | 'WebPixel' | 'WebhookSubscription' } | (
    { __typename: 'DiscountCodeNode' }
    & Pick<AdminTypes.DiscountCodeNode, 'id'>
    & { codeDiscount: { __typename: 'DiscountCodeApp' | 'DiscountCodeBxgy' | 'DiscountCodeFreeShipping' } | (
      { __typename: 'DiscountCodeBasic' }
      & Pick<AdminTypes.DiscountCodeBasic, 'status' | 'asyncUsageCount' | 'usageLimit' | 'appliesOncePerCustomer' | 'endsAt'>
      & { minimumRequirement: AdminTypes.Maybe<{ greaterThanOrEqualToSubtotal: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }> }
    ) }
  )>> };

export type BulkOperationCancelMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type BulkOperationCancelMutation = { bulkOperationCancel: AdminTypes.Maybe<{ bulkOperation: AdminTypes.Maybe<Pick<AdminTypes.BulkOperation, 'id' | 'status'>>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type BulkOperationRunQueryMutationVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type BulkOperationRunQueryMutation = { bulkOperationRunQuery: AdminTypes.Maybe<{ bulkOperation: AdminTypes.Maybe<Pick<AdminTypes.BulkOperation, 'id' | 'status'>>, userErrors: Array<Pick<AdminTypes.BulkOperationUserError, 'field' | 'message' | 'code'>> }> };

export type BulkOperationStatusQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type BulkOperationStatusQuery = { bulkOperation: AdminTypes.Maybe<Pick<AdminTypes.BulkOperation, 'id' | 'status' | 'errorCode' | 'objectCount' | 'rootObjectCount' | 'url'>> };

export type CampaignDiscountByCodeQueryVariables = AdminTypes.Exact<{
  code: AdminTypes.Scalars['String']['input'];
}>;


export type CampaignDiscountByCodeQuery = { codeDiscountNodeByCode: AdminTypes.Maybe<Pick<AdminTypes.DiscountCodeNode, 'id'>> };

export type CampaignRecipientsQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type CampaignRecipientsQuery = { nodes: Array<AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id' | 'firstName' | 'locale'>
    & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState'>> }
  )>> };

export type CustomerEmailMarketingConsentUpdateMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.CustomerEmailMarketingConsentUpdateInput;
}>;


export type CustomerEmailMarketingConsentUpdateMutation = { customerEmailMarketingConsentUpdate: AdminTypes.Maybe<{ customer: AdminTypes.Maybe<(
      Pick<AdminTypes.Customer, 'id'>
      & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'marketingState'>> }
    )>, userErrors: Array<Pick<AdminTypes.CustomerEmailMarketingConsentUpdateUserError, 'field' | 'message' | 'code'>> }> };

export type CustomerNamesQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type CustomerNamesQuery = { nodes: Array<AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id' | 'displayName'>>> };

export type CustomerProfileQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type CustomerProfileQuery = { customer: AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id' | 'displayName' | 'firstName' | 'locale' | 'tags' | 'numberOfOrders' | 'createdAt'>
    & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress'>>, defaultPhoneNumber: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>>, amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, orders: { nodes: Array<(
        Pick<AdminTypes.Order, 'id' | 'name' | 'processedAt' | 'cancelledAt' | 'displayFinancialStatus' | 'displayFulfillmentStatus'>
        & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )> } }
  )> };

export type CustomerSearchQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type CustomerSearchQuery = { customers: { nodes: Array<Pick<AdminTypes.Customer, 'id' | 'displayName'>> } };

export type DiscountCodeBasicCreateMutationVariables = AdminTypes.Exact<{
  basicCodeDiscount: AdminTypes.DiscountCodeBasicInput;
}>;


export type DiscountCodeBasicCreateMutation = { discountCodeBasicCreate: AdminTypes.Maybe<{ codeDiscountNode: AdminTypes.Maybe<(
      Pick<AdminTypes.DiscountCodeNode, 'id'>
      & { codeDiscount: Pick<AdminTypes.DiscountCodeBasic, 'status' | 'endsAt'> }
    )>, userErrors: Array<Pick<AdminTypes.DiscountUserError, 'field' | 'message' | 'code'>> }> };

export type DiscountCodeBasicUpdateMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  basicCodeDiscount: AdminTypes.DiscountCodeBasicInput;
}>;


export type DiscountCodeBasicUpdateMutation = { discountCodeBasicUpdate: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.DiscountUserError, 'field' | 'message' | 'code'>> }> };

export type DiscountCodeSetActiveMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  active: AdminTypes.Scalars['Boolean']['input'];
}>;


export type DiscountCodeSetActiveMutation = { discountCodeActivate?: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.DiscountUserError, 'field' | 'message' | 'code'>> }>, discountCodeDeactivate?: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.DiscountUserError, 'field' | 'message' | 'code'>> }> };

export type DiscountRedeemCodeBulkAddMutationVariables = AdminTypes.Exact<{
  discountId: AdminTypes.Scalars['ID']['input'];
  codes: Array<AdminTypes.DiscountRedeemCodeInput> | AdminTypes.DiscountRedeemCodeInput;
}>;


export type DiscountRedeemCodeBulkAddMutation = { discountRedeemCodeBulkAdd: AdminTypes.Maybe<{ bulkCreation: AdminTypes.Maybe<Pick<AdminTypes.DiscountRedeemCodeBulkCreation, 'id'>>, userErrors: Array<Pick<AdminTypes.DiscountUserError, 'field' | 'message' | 'code'>> }> };

export type ExchangeCatalogQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type ExchangeCatalogQuery = { nodes: Array<AdminTypes.Maybe<{ __typename: 'AbandonedCheckout' | 'AbandonedCheckoutLineItem' | 'Abandonment' | 'AddAllProductsOperation' | 'AdditionalFee' | 'AnalyticsAnnotation' | 'AnalyticsTarget' | 'App' | 'AppCatalog' | 'AppCredit' | 'AppInstallation' | 'AppPurchaseOneTime' | 'AppRevenueAttributionRecord' | 'AppSubscription' | 'AppUsageRecord' | 'Article' | 'BasicEvent' | 'Blog' | 'BulkOperation' | 'BusinessEntity' } | { __typename: 'CalculatedOrder' | 'CartTransform' | 'CashDrawer' | 'CashManagementCustomReasonCode' | 'CashManagementDefaultReasonCode' | 'CashManagementSystemReasonCode' | 'CashTrackingAdjustment' | 'CashTrackingSession' | 'CatalogCsvOperation' | 'Channel' | 'ChannelDefinition' | 'ChannelInformation' | 'CheckoutAndAccountsConfiguration' | 'CheckoutAndAccountsConfigurationOverride' | 'CheckoutProfile' | 'Collection' | 'CollectionConditionsSource' | 'CollectionSubCollectionsSource' | 'Comment' | 'CommentEvent' } | { __typename: 'Company' | 'CompanyAddress' | 'CompanyContact' | 'CompanyContactRole' | 'CompanyContactRoleAssignment' | 'CompanyLocation' | 'CompanyLocationCatalog' | 'CompanyLocationStaffMemberAssignment' | 'ConsentPolicy' | 'CurrencyExchangeAdjustment' | 'Customer' | 'CustomerAccountAppExtensionPage' | 'CustomerAccountNativePage' | 'CustomerPaymentMethod' | 'CustomerSegmentMembersQuery' | 'CustomerVisit' | 'DeliveryCarrierService' | 'DeliveryCondition' | 'DeliveryCountry' | 'DeliveryCustomization' } | { __typename: 'DeliveryLocationGroup' | 'DeliveryMethod' | 'DeliveryMethodDefinition' | 'DeliveryParticipant' | 'DeliveryProfile' | 'DeliveryProfileItem' | 'DeliveryPromiseParticipant' | 'DeliveryPromiseProvider' | 'DeliveryProvince' | 'DeliveryRateDefinition' | 'DeliveryZone' | 'DiscountAutomaticBxgy' | 'DiscountAutomaticNode' | 'DiscountCodeNode' | 'DiscountNode' | 'DiscountRedeemCodeBulkCreation' | 'Domain' | 'DraftOrder' | 'DraftOrderLineItem' | 'DraftOrderTag' } | { __typename: 'Duty' | 'ExchangeLineItem' | 'ExternalVideo' | 'Fulfillment' | 'FulfillmentConstraintRule' | 'FulfillmentEvent' | 'FulfillmentHold' | 'FulfillmentLineItem' | 'FulfillmentOrder' | 'FulfillmentOrderDestination' | 'FulfillmentOrderLineItem' | 'FulfillmentOrderMerchantRequest' | 'GenericFile' | 'GiftCard' | 'GiftCardCashOutTransaction' | 'GiftCardCreditTransaction' | 'GiftCardDebitTransaction' | 'IdentityProviderSubject' | 'InventoryAdjustmentGroup' | 'InventoryItem' } | { __typename: 'InventoryItemMeasurement' | 'InventoryLevel' | 'InventoryQuantity' | 'InventoryShipment' | 'InventoryShipmentLineItem' | 'InventoryTransfer' | 'InventoryTransferLineItem' | 'LineItem' | 'LineItemGroup' | 'Location' | 'MailingAddress' | 'Market' | 'MarketCatalog' | 'MarketRegionCountry' | 'MarketRegionSubdivision' | 'MarketWebPresence' | 'MarketingActivity' | 'MarketingEvent' | 'MediaImage' | 'Menu' } | { __typename: 'Metafield' | 'MetafieldDefinition' | 'Metaobject' | 'MetaobjectDefinition' | 'Model3d' | 'OnlineStoreTheme' | 'Order' | 'OrderAdjustment' | 'OrderAttributionDefinition' | 'OrderCancelJobResult' | 'OrderCreateMandatePaymentJobResult' | 'OrderDisputeSummary' | 'OrderEditSession' | 'OrderTransaction' | 'Page' | 'PaymentCustomization' | 'PaymentMandate' | 'PaymentSchedule' | 'PaymentTerms' | 'PaymentTermsTemplate' } | { __typename: 'PointOfSaleDevice' | 'PointOfSaleDevicePaymentSession' | 'PriceList' | 'ProductBundleOperation' | 'ProductDeleteOperation' | 'ProductDuplicateOperation' | 'ProductFeed' | 'ProductOption' | 'ProductOptionValue' | 'ProductSetOperation' | 'ProductTaxonomyNode' | 'ProductVariantComponent' | 'Publication' | 'PublicationResourceOperation' | 'QuantityPriceBreak' | 'Refund' | 'RefundShippingLine' | 'Return' | 'ReturnLineItem' | 'ReturnReasonDefinition' } | { __typename: 'ReturnableFulfillment' | 'ReverseDelivery' | 'ReverseDeliveryLineItem' | 'ReverseFulfillmentOrder' | 'ReverseFulfillmentOrderDisposition' | 'ReverseFulfillmentOrderLineItem' | 'SaleAdditionalFee' | 'SavedSearch' | 'ScriptTag' | 'Segment' | 'SellingPlan' | 'SellingPlanGroup' | 'ServerPixel' | 'ShippingLabel' | 'ShippingLabelPurchaseResult' | 'Shop' | 'ShopAddress' | 'ShopPolicy' | 'ShopifyPaymentsAccount' | 'ShopifyPaymentsBalanceTransaction' } | { __typename: 'ShopifyPaymentsBankAccount' | 'ShopifyPaymentsDispute' | 'ShopifyPaymentsDisputeEvidence' | 'ShopifyPaymentsDisputeFileUpload' | 'ShopifyPaymentsDisputeFulfillment' | 'ShopifyPaymentsPayout' | 'StaffMember' | 'StandardMetafieldDefinitionTemplate' | 'StoreCreditAccount' | 'StoreCreditAccountCreditTransaction' | 'StoreCreditAccountDebitRevertTransaction' | 'StoreCreditAccountDebitTransaction' | 'StorefrontAccessToken' | 'SubscriptionBillingAttempt' | 'SubscriptionContract' | 'SubscriptionDraft' | 'TaxonomyAttribute' | 'TaxonomyCategory' | 'TaxonomyChoiceListAttribute' | 'TaxonomyMeasurementAttribute' } | { __typename: 'TaxonomyValue' | 'TenderTransaction' | 'TransactionFee' | 'UnverifiedReturnLineItem' | 'UrlRedirect' | 'UrlRedirectImport' | 'Validation' | 'Video' | 'WebPixel' | 'WebhookSubscription' } | (
    { __typename: 'Product' }
    & Pick<AdminTypes.Product, 'id' | 'title'>
    & { options: Array<Pick<AdminTypes.ProductOption, 'name' | 'values'>>, variants: { nodes: Array<(
        Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'price' | 'inventoryQuantity' | 'availableForSale'>
        & { selectedOptions: Array<Pick<AdminTypes.SelectedOption, 'name' | 'value'>>, inventoryItem: (
          Pick<AdminTypes.InventoryItem, 'id'>
          & { unitCost: AdminTypes.Maybe<Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>> }
        ) }
      )> } }
  ) | (
    { __typename: 'ProductVariant' }
    & Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'price' | 'inventoryQuantity' | 'availableForSale'>
    & { product: Pick<AdminTypes.Product, 'id' | 'title'>, selectedOptions: Array<Pick<AdminTypes.SelectedOption, 'name' | 'value'>>, inventoryItem: (
      Pick<AdminTypes.InventoryItem, 'id'>
      & { unitCost: AdminTypes.Maybe<Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>> }
    ) }
  )>> };

export type ExchangeDraftOrderCreateMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.DraftOrderInput;
}>;


export type ExchangeDraftOrderCreateMutation = { draftOrderCreate: AdminTypes.Maybe<{ draftOrder: AdminTypes.Maybe<(
      Pick<AdminTypes.DraftOrder, 'id' | 'name' | 'invoiceUrl'>
      & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type ExchangeOfferOptionsQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type ExchangeOfferOptionsQuery = { products: { nodes: Array<Pick<AdminTypes.Product, 'id' | 'title' | 'isGiftCard' | 'status'>> }, productVariants: { nodes: Array<(
      Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'price'>
      & { product: Pick<AdminTypes.Product, 'id' | 'title' | 'isGiftCard'> }
    )> }, collections: { nodes: Array<Pick<AdminTypes.Collection, 'id' | 'title'>> } };

export type ExchangeOrderQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type ExchangeOrderQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'phone' | 'processedAt' | 'cancelledAt' | 'currencyCode'>
    & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id' | 'displayName' | 'locale'>>, lineItems: { nodes: Array<(
        Pick<AdminTypes.LineItem, 'id' | 'title' | 'variantTitle' | 'quantity' | 'currentQuantity' | 'isGiftCard'>
        & { discountedUnitPriceAfterAllDiscountsSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, variant: AdminTypes.Maybe<(
          Pick<AdminTypes.ProductVariant, 'id'>
          & { selectedOptions: Array<Pick<AdminTypes.SelectedOption, 'name' | 'value'>> }
        )>, product: AdminTypes.Maybe<(
          Pick<AdminTypes.Product, 'id' | 'title' | 'tags'>
          & { collections: { nodes: Array<Pick<AdminTypes.Collection, 'id'>> } }
        )> }
      )> }, fulfillments: Array<(
      Pick<AdminTypes.Fulfillment, 'status' | 'createdAt' | 'deliveredAt'>
      & { fulfillmentLineItems: { nodes: Array<(
          Pick<AdminTypes.FulfillmentLineItem, 'id' | 'quantity'>
          & { lineItem: Pick<AdminTypes.LineItem, 'id'> }
        )> } }
    )>, returns: { nodes: Array<(
        Pick<AdminTypes.Return, 'status'>
        & { returnLineItems: { nodes: Array<(
            Pick<AdminTypes.ReturnLineItem, 'quantity'>
            & { fulfillmentLineItem: { lineItem: Pick<AdminTypes.LineItem, 'id'> } }
          ) | Pick<AdminTypes.UnverifiedReturnLineItem, 'quantity'>> } }
      )> } }
  )>, returnableFulfillments: { nodes: Array<(
      Pick<AdminTypes.ReturnableFulfillment, 'id'>
      & { returnableFulfillmentLineItems: { nodes: Array<(
          Pick<AdminTypes.ReturnableFulfillmentLineItem, 'quantity'>
          & { fulfillmentLineItem: (
            Pick<AdminTypes.FulfillmentLineItem, 'id'>
            & { lineItem: Pick<AdminTypes.LineItem, 'id'> }
          ) }
        )> } }
    )> } };

export type ExchangeReturnCreateMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.ReturnInput;
}>;


export type ExchangeReturnCreateMutation = { returnCreate: AdminTypes.Maybe<{ return: AdminTypes.Maybe<(
      Pick<AdminTypes.Return, 'id' | 'name' | 'status'>
      & { exchangeLineItems: { nodes: Array<Pick<AdminTypes.ExchangeLineItem, 'id' | 'variantId' | 'quantity'>> } }
    )>, userErrors: Array<Pick<AdminTypes.ReturnUserError, 'field' | 'message' | 'code'>> }> };

export type FlowTriggerReceiveMutationVariables = AdminTypes.Exact<{
  handle: AdminTypes.Scalars['String']['input'];
  payload: AdminTypes.Scalars['JSON']['input'];
}>;


export type FlowTriggerReceiveMutation = { flowTriggerReceive: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type DeskOrderFieldsFragment = (
  Pick<AdminTypes.Order, 'id' | 'name' | 'processedAt' | 'cancelledAt' | 'displayFinancialStatus' | 'displayFulfillmentStatus'>
  & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
);

export type DiscountCodeNodeFieldsFragment = (
  Pick<AdminTypes.DiscountCodeNode, 'id'>
  & { codeDiscount: Pick<AdminTypes.DiscountCodeBasic, 'status' | 'endsAt'> }
);

export type DiscountUserErrorFieldsFragment = Pick<AdminTypes.DiscountUserError, 'field' | 'message' | 'code'>;

export type EmailRecipientFieldsFragment = (
  Pick<AdminTypes.Customer, 'id' | 'firstName' | 'locale'>
  & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState'>> }
);

export type ExchangeCatalogVariantFieldsFragment = (
  Pick<AdminTypes.ProductVariant, 'id' | 'title' | 'price' | 'inventoryQuantity' | 'availableForSale'>
  & { selectedOptions: Array<Pick<AdminTypes.SelectedOption, 'name' | 'value'>>, inventoryItem: (
    Pick<AdminTypes.InventoryItem, 'id'>
    & { unitCost: AdminTypes.Maybe<Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>> }
  ) }
);

export type ReturnLineValueFieldsFragment = { withCodeDiscountedTotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } };

export type VipCustomerFactsFieldsFragment = (
  Pick<AdminTypes.Customer, 'id' | 'displayName' | 'tags' | 'numberOfOrders' | 'updatedAt'>
  & { amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, lastOrder: AdminTypes.Maybe<Pick<AdminTypes.Order, 'processedAt' | 'createdAt'>> }
);

export type InstantRefundReturnQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type InstantRefundReturnQuery = { reverseDelivery: AdminTypes.Maybe<(
    Pick<AdminTypes.ReverseDelivery, 'id'>
    & { deliverable: AdminTypes.Maybe<{ tracking: AdminTypes.Maybe<Pick<AdminTypes.ReverseDeliveryTrackingV2, 'number' | 'carrierName'>> }>, reverseFulfillmentOrder: (
      Pick<AdminTypes.ReverseFulfillmentOrder, 'id'>
      & { order: AdminTypes.Maybe<(
        Pick<AdminTypes.Order, 'id' | 'name' | 'currencyCode' | 'presentmentCurrencyCode'>
        & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id' | 'displayName'>>, transactions: Array<Pick<AdminTypes.OrderTransaction, 'id' | 'kind' | 'status'>>, returns: { nodes: Array<(
            Pick<AdminTypes.Return, 'id'>
            & { reverseFulfillmentOrders: { nodes: Array<Pick<AdminTypes.ReverseFulfillmentOrder, 'id'>> } }
          )> } }
      )> }
    ) }
  )> };

export type InstantRefundReturnDetailsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type InstantRefundReturnDetailsQuery = { return: AdminTypes.Maybe<(
    Pick<AdminTypes.Return, 'id' | 'name' | 'status'>
    & { refunds: { nodes: Array<(
        Pick<AdminTypes.Refund, 'id'>
        & { totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      )> }, exchangeLineItems: { nodes: Array<Pick<AdminTypes.ExchangeLineItem, 'id'>> }, returnLineItems: { nodes: Array<(
        Pick<AdminTypes.ReturnLineItem, 'id' | 'quantity' | 'processedQuantity'>
        & { fulfillmentLineItem: { lineItem: Pick<AdminTypes.LineItem, 'name' | 'sku'> }, withCodeDiscountedTotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ) | Pick<AdminTypes.UnverifiedReturnLineItem, 'id' | 'quantity' | 'processedQuantity'>> } }
  )> };

export type OrderCustomerQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type OrderCustomerQuery = { orders: { nodes: Array<(
      Pick<AdminTypes.Order, 'id' | 'name' | 'processedAt' | 'cancelledAt' | 'displayFinancialStatus' | 'displayFulfillmentStatus'>
      & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>>, totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )> } };

export type OrderNamesQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type OrderNamesQuery = { nodes: Array<AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'email'>
    & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'displayName'>> }
  )>> };

export type OrderLookupQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type OrderLookupQuery = { orders: { nodes: Array<(
      Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'phone'>
      & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>> }
    )> } };

export type CustomerRecentOrdersQueryVariables = AdminTypes.Exact<{
  customerId: AdminTypes.Scalars['ID']['input'];
}>;


export type CustomerRecentOrdersQuery = { customer: AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id'>
    & { orders: { nodes: Array<Pick<AdminTypes.Order, 'id' | 'name' | 'processedAt' | 'displayFulfillmentStatus' | 'cancelledAt'>> } }
  )> };

export type OrderOwnerQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type OrderOwnerQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id'>
    & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>> }
  )> };

export type OrderTrackingQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type OrderTrackingQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'createdAt' | 'processedAt' | 'cancelledAt' | 'cancelReason' | 'confirmed' | 'displayFinancialStatus' | 'displayFulfillmentStatus'>
    & { customer: AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id'>>, lineItems: { nodes: Array<{ product: AdminTypes.Maybe<Pick<AdminTypes.Product, 'id'>> }> }, totalPriceSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, refunds: Array<(
      Pick<AdminTypes.Refund, 'createdAt'>
      & { totalRefundedSet: { presentmentMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, fulfillmentOrders: { nodes: Array<(
        Pick<AdminTypes.FulfillmentOrder, 'id' | 'status' | 'createdAt' | 'fulfillAt'>
        & { deliveryMethod: AdminTypes.Maybe<Pick<AdminTypes.DeliveryMethod, 'methodType' | 'maxDeliveryDateTime'>>, assignedLocation: Pick<AdminTypes.FulfillmentOrderAssignedLocation, 'name'>, lineItems: { nodes: Array<Pick<AdminTypes.FulfillmentOrderLineItem, 'productTitle' | 'variantTitle' | 'totalQuantity' | 'remainingQuantity'>> } }
      )> }, fulfillments: Array<(
      Pick<AdminTypes.Fulfillment, 'id' | 'status' | 'displayStatus' | 'createdAt' | 'inTransitAt' | 'deliveredAt' | 'estimatedDeliveryAt'>
      & { location: AdminTypes.Maybe<Pick<AdminTypes.Location, 'name'>>, trackingInfo: Array<Pick<AdminTypes.FulfillmentTrackingInfo, 'company' | 'number' | 'url'>>, events: { nodes: Array<Pick<AdminTypes.FulfillmentEvent, 'status' | 'happenedAt' | 'message' | 'estimatedDeliveryAt'>> }, fulfillmentLineItems: { nodes: Array<(
          Pick<AdminTypes.FulfillmentLineItem, 'quantity'>
          & { lineItem: Pick<AdminTypes.LineItem, 'title' | 'variantTitle'> }
        )> }, fulfillmentOrders: { nodes: Array<Pick<AdminTypes.FulfillmentOrder, 'id'>> } }
    )> }
  )> };

export type OutreachRecipientQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type OutreachRecipientQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'customerLocale'>
    & { customer: AdminTypes.Maybe<(
      Pick<AdminTypes.Customer, 'id' | 'firstName' | 'locale'>
      & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState'>> }
    )> }
  )> };

export type ReturnProcessMutationVariables = AdminTypes.Exact<{
  input: AdminTypes.ReturnProcessInput;
}>;


export type ReturnProcessMutation = { returnProcess: AdminTypes.Maybe<{ return: AdminTypes.Maybe<(
      Pick<AdminTypes.Return, 'id' | 'status'>
      & { refunds: { nodes: Array<Pick<AdminTypes.Refund, 'id'>> } }
    )>, userErrors: Array<Pick<AdminTypes.ReturnUserError, 'field' | 'message' | 'code'>> }> };

export type ReturnReasonDefinitionsQueryVariables = AdminTypes.Exact<{
  handles: AdminTypes.InputMaybe<Array<AdminTypes.Scalars['String']['input']> | AdminTypes.Scalars['String']['input']>;
}>;


export type ReturnReasonDefinitionsQuery = { returnReasonDefinitions: { nodes: Array<Pick<AdminTypes.ReturnReasonDefinition, 'id' | 'handle' | 'deleted'>> } };

export type ReturnReasonsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
}>;


export type ReturnReasonsQuery = { return: AdminTypes.Maybe<(
    Pick<AdminTypes.Return, 'id' | 'createdAt'>
    & { order: Pick<AdminTypes.Order, 'id'>, returnLineItems: { nodes: Array<(
        Pick<AdminTypes.ReturnLineItem, 'id' | 'quantity'>
        & { fulfillmentLineItem: { lineItem: { product: AdminTypes.Maybe<Pick<AdminTypes.Product, 'id' | 'title'>>, variant: AdminTypes.Maybe<Pick<AdminTypes.ProductVariant, 'id'>> } }, returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'handle'>>, withCodeDiscountedTotalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
      ) | (
        Pick<AdminTypes.UnverifiedReturnLineItem, 'id' | 'quantity'>
        & { returnReasonDefinition: AdminTypes.Maybe<Pick<AdminTypes.ReturnReasonDefinition, 'handle'>> }
      )> } }
  )> };

export type ShopOverviewQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type ShopOverviewQuery = { shop: (
    Pick<AdminTypes.Shop, 'name' | 'myshopifyDomain' | 'currencyCode' | 'ianaTimezone'>
    & { primaryDomain: Pick<AdminTypes.Domain, 'url'> }
  ) };

export type ImportedCustomerFieldsFragment = (
  Pick<AdminTypes.Customer, 'id' | 'firstName' | 'lastName' | 'updatedAt'>
  & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState' | 'marketingUpdatedAt'>>, defaultPhoneNumber: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>> }
);

export type StoreImportOrdersQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type StoreImportOrdersQuery = { orders: { edges: Array<{ node: (
        Pick<AdminTypes.Order, 'id' | 'name' | 'email' | 'currencyCode' | 'displayFinancialStatus' | 'displayFulfillmentStatus' | 'discountCodes' | 'cancelledAt' | 'processedAt' | 'updatedAt'>
        & { totalPriceSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> }, customAttributes: Array<Pick<AdminTypes.Attribute, 'key' | 'value'>>, customer: AdminTypes.Maybe<(
          Pick<AdminTypes.Customer, 'id' | 'firstName' | 'lastName' | 'updatedAt'>
          & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState' | 'marketingUpdatedAt'>>, defaultPhoneNumber: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>> }
        )>, refunds: Array<(
          Pick<AdminTypes.Refund, 'id' | 'createdAt'>
          & { totalRefundedSet: { shopMoney: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'> } }
        )> }
      ) }> } };

export type StoreImportCustomersQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type StoreImportCustomersQuery = { customers: { edges: Array<{ node: (
        Pick<AdminTypes.Customer, 'id' | 'firstName' | 'lastName' | 'updatedAt'>
        & { defaultEmailAddress: AdminTypes.Maybe<Pick<AdminTypes.CustomerEmailAddress, 'emailAddress' | 'marketingState' | 'marketingUpdatedAt'>>, defaultPhoneNumber: AdminTypes.Maybe<Pick<AdminTypes.CustomerPhoneNumber, 'phoneNumber'>> }
      ) }> } };

export type GrantedScopesQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type GrantedScopesQuery = { currentAppInstallation: { accessScopes: Array<Pick<AdminTypes.AccessScope, 'handle'>> } };

export type UrlRedirectsByPathQueryVariables = AdminTypes.Exact<{
  query: AdminTypes.Scalars['String']['input'];
}>;


export type UrlRedirectsByPathQuery = { urlRedirects: { nodes: Array<Pick<AdminTypes.UrlRedirect, 'id' | 'path' | 'target'>> } };

export type UrlRedirectCreateMutationVariables = AdminTypes.Exact<{
  urlRedirect: AdminTypes.UrlRedirectInput;
}>;


export type UrlRedirectCreateMutation = { urlRedirectCreate: AdminTypes.Maybe<{ urlRedirect: AdminTypes.Maybe<Pick<AdminTypes.UrlRedirect, 'id' | 'path' | 'target'>>, userErrors: Array<Pick<AdminTypes.UrlRedirectUserError, 'field' | 'message' | 'code'>> }> };

export type VipBackfillCustomersQueryVariables = AdminTypes.Exact<{ [key: string]: never; }>;


export type VipBackfillCustomersQuery = { customers: { edges: Array<{ node: (
        Pick<AdminTypes.Customer, 'id' | 'displayName' | 'tags' | 'numberOfOrders' | 'updatedAt'>
        & { metafield: AdminTypes.Maybe<Pick<AdminTypes.Metafield, 'jsonValue'>>, amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, lastOrder: AdminTypes.Maybe<Pick<AdminTypes.Order, 'processedAt' | 'createdAt'>> }
      ) }> } };

export type VipCustomerFactsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  namespace: AdminTypes.Scalars['String']['input'];
  key: AdminTypes.Scalars['String']['input'];
}>;


export type VipCustomerFactsQuery = { customer: AdminTypes.Maybe<(
    Pick<AdminTypes.Customer, 'id' | 'displayName' | 'tags' | 'numberOfOrders' | 'updatedAt'>
    & { metafield: AdminTypes.Maybe<Pick<AdminTypes.Metafield, 'jsonValue'>>, amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, lastOrder: AdminTypes.Maybe<Pick<AdminTypes.Order, 'processedAt' | 'createdAt'>> }
  )> };

export type VipCustomersPageQueryVariables = AdminTypes.Exact<{
  first: AdminTypes.Scalars['Int']['input'];
  after: AdminTypes.InputMaybe<AdminTypes.Scalars['String']['input']>;
}>;


export type VipCustomersPageQuery = { customers: { nodes: Array<(
      Pick<AdminTypes.Customer, 'id' | 'displayName' | 'tags' | 'numberOfOrders' | 'updatedAt'>
      & { amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, lastOrder: AdminTypes.Maybe<Pick<AdminTypes.Order, 'processedAt' | 'createdAt'>> }
    )>, pageInfo: Pick<AdminTypes.PageInfo, 'hasNextPage' | 'endCursor'> }, customersCount: AdminTypes.Maybe<Pick<AdminTypes.Count, 'count' | 'precision'>> };

export type VipCustomersTagsQueryVariables = AdminTypes.Exact<{
  ids: Array<AdminTypes.Scalars['ID']['input']> | AdminTypes.Scalars['ID']['input'];
}>;


export type VipCustomersTagsQuery = { nodes: Array<AdminTypes.Maybe<Pick<AdminTypes.Customer, 'id' | 'tags' | 'updatedAt'>>> };

export type VipOrderCustomerFactsQueryVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  namespace: AdminTypes.Scalars['String']['input'];
  key: AdminTypes.Scalars['String']['input'];
}>;


export type VipOrderCustomerFactsQuery = { order: AdminTypes.Maybe<(
    Pick<AdminTypes.Order, 'id'>
    & { customer: AdminTypes.Maybe<(
      Pick<AdminTypes.Customer, 'id' | 'displayName' | 'tags' | 'numberOfOrders' | 'updatedAt'>
      & { metafield: AdminTypes.Maybe<Pick<AdminTypes.Metafield, 'jsonValue'>>, amountSpent: Pick<AdminTypes.MoneyV2, 'amount' | 'currencyCode'>, lastOrder: AdminTypes.Maybe<Pick<AdminTypes.Order, 'processedAt' | 'createdAt'>> }
    )> }
  )> };

export type VipTagsAddMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  tags: Array<AdminTypes.Scalars['String']['input']> | AdminTypes.Scalars['String']['input'];
}>;


export type VipTagsAddMutation = { tagsAdd: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type VipTagsRemoveMutationVariables = AdminTypes.Exact<{
  id: AdminTypes.Scalars['ID']['input'];
  tags: Array<AdminTypes.Scalars['String']['input']> | AdminTypes.Scalars['String']['input'];
}>;


export type VipTagsRemoveMutation = { tagsRemove: AdminTypes.Maybe<{ userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type VipTierMetafieldsDeleteMutationVariables = AdminTypes.Exact<{
  metafields: Array<AdminTypes.MetafieldIdentifierInput> | AdminTypes.MetafieldIdentifierInput;
}>;


export type VipTierMetafieldsDeleteMutation = { metafieldsDelete: AdminTypes.Maybe<{ deletedMetafields: AdminTypes.Maybe<Array<AdminTypes.Maybe<Pick<AdminTypes.MetafieldIdentifier, 'ownerId'>>>>, userErrors: Array<Pick<AdminTypes.UserError, 'field' | 'message'>> }> };

export type VipTierMetafieldsSetMutationVariables = AdminTypes.Exact<{
  metafields: Array<AdminTypes.MetafieldsSetInput> | AdminTypes.MetafieldsSetInput;
}>;


export type VipTierMetafieldsSetMutation = { metafieldsSet: AdminTypes.Maybe<{ metafields: AdminTypes.Maybe<Array<Pick<AdminTypes.Metafield, 'id'>>>, userErrors: Array<Pick<AdminTypes.MetafieldsSetUserError, 'field' | 'message' | 'code'>> }> };

interface GeneratedQueryTypes {
  "#graphql\n  query AgentCodeDetails($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on DiscountCodeNode {\n        id\n        codeDiscount {\n          __typename\n          ... on DiscountCodeBasic {\n            status\n            asyncUsageCount\n            usageLimit\n            appliesOncePerCustomer\n            endsAt\n            minimumRequirement {\n              ... on DiscountMinimumSubtotal {\n                greaterThanOrEqualToSubtotal {\n                  amount\n                  currencyCode\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": {return: AgentCodeDetailsQuery, variables: AgentCodeDetailsQueryVariables},
  "#graphql\n  query BulkOperationStatus($id: ID!) {\n    bulkOperation(id: $id) {\n      id\n      status\n      errorCode\n      objectCount\n      rootObjectCount\n      url\n    }\n  }\n": {return: BulkOperationStatusQuery, variables: BulkOperationStatusQueryVariables},
  "#graphql\n  query CampaignDiscountByCode($code: String!) {\n    codeDiscountNodeByCode(code: $code) {\n      id\n    }\n  }\n": {return: CampaignDiscountByCodeQuery, variables: CampaignDiscountByCodeQueryVariables},
  "#graphql\n  query CampaignRecipients($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...EmailRecipientFields\n    }\n  }\n  #graphql\n  fragment EmailRecipientFields on Customer {\n    id\n    firstName\n    locale\n    defaultEmailAddress {\n      emailAddress\n      marketingState\n    }\n  }\n\n": {return: CampaignRecipientsQuery, variables: CampaignRecipientsQueryVariables},
  "#graphql\n  query CustomerNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Customer {\n        id\n        displayName\n      }\n    }\n  }\n": {return: CustomerNamesQuery, variables: CustomerNamesQueryVariables},
  "#graphql\n  query CustomerProfile($id: ID!) {\n    customer(id: $id) {\n      id\n      displayName\n      firstName\n      locale\n      defaultEmailAddress {\n        emailAddress\n      }\n      defaultPhoneNumber {\n        phoneNumber\n      }\n      tags\n      amountSpent {\n        amount\n        currencyCode\n      }\n      numberOfOrders\n      createdAt\n      orders(first: 5, sortKey: PROCESSED_AT, reverse: true) {\n        nodes {\n          ...DeskOrderFields\n        }\n      }\n    }\n  }\n  #graphql\n  fragment DeskOrderFields on Order {\n    id\n    name\n    processedAt\n    cancelledAt\n    displayFinancialStatus\n    displayFulfillmentStatus\n    totalPriceSet {\n      shopMoney {\n        amount\n        currencyCode\n      }\n    }\n  }\n\n": {return: CustomerProfileQuery, variables: CustomerProfileQueryVariables},
  "#graphql\n  query CustomerSearch($query: String!) {\n    customers(first: 5, query: $query) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": {return: CustomerSearchQuery, variables: CustomerSearchQueryVariables},
  "#graphql\n  query ExchangeCatalog($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on ProductVariant {\n        ...ExchangeCatalogVariantFields\n        product {\n          id\n          title\n        }\n      }\n      ... on Product {\n        id\n        title\n        options(first: 3) {\n          name\n          values\n        }\n        variants(first: 50) {\n          nodes {\n            ...ExchangeCatalogVariantFields\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment ExchangeCatalogVariantFields on ProductVariant {\n    id\n    title\n    price\n    inventoryQuantity\n    availableForSale\n    selectedOptions {\n      name\n      value\n    }\n    inventoryItem {\n      id\n      unitCost {\n        amount\n        currencyCode\n      }\n    }\n  }\n\n": {return: ExchangeCatalogQuery, variables: ExchangeCatalogQueryVariables},
  "#graphql\n  query ExchangeOfferOptions {\n    products(first: 100, sortKey: TITLE) {\n      nodes {\n        id\n        title\n        isGiftCard\n        status\n      }\n    }\n    productVariants(first: 250) {\n      nodes {\n        id\n        title\n        price\n        product {\n          id\n          title\n          isGiftCard\n        }\n      }\n    }\n    collections(first: 100, sortKey: TITLE) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": {return: ExchangeOfferOptionsQuery, variables: ExchangeOfferOptionsQueryVariables},
  "#graphql\n  query ExchangeOrder($id: ID!) {\n    order(id: $id) {\n      id\n      name\n      email\n      phone\n      processedAt\n      cancelledAt\n      currencyCode\n      customer {\n        id\n        displayName\n        locale\n      }\n      lineItems(first: 20) {\n        nodes {\n          id\n          title\n          variantTitle\n          quantity\n          currentQuantity\n          isGiftCard\n          discountedUnitPriceAfterAllDiscountsSet {\n            shopMoney {\n              amount\n              currencyCode\n            }\n          }\n          variant {\n            id\n            selectedOptions {\n              name\n              value\n            }\n          }\n          product {\n            id\n            title\n            tags\n            collections(first: 5) {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n      fulfillments(first: 5) {\n        status\n        createdAt\n        deliveredAt\n        fulfillmentLineItems(first: 20) {\n          nodes {\n            id\n            quantity\n            lineItem {\n              id\n            }\n          }\n        }\n      }\n      returns(first: 5) {\n        nodes {\n          status\n          returnLineItems(first: 10) {\n            nodes {\n              quantity\n              ... on ReturnLineItem {\n                fulfillmentLineItem {\n                  lineItem {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n    returnableFulfillments(orderId: $id, first: 5) {\n      nodes {\n        id\n        returnableFulfillmentLineItems(first: 20) {\n          nodes {\n            quantity\n            fulfillmentLineItem {\n              id\n              lineItem {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": {return: ExchangeOrderQuery, variables: ExchangeOrderQueryVariables},
  "#graphql\n  query InstantRefundReturn($id: ID!) {\n    reverseDelivery(id: $id) {\n      id\n      deliverable {\n        ... on ReverseDeliveryShippingDeliverable {\n          tracking {\n            number\n            carrierName\n          }\n        }\n      }\n      reverseFulfillmentOrder {\n        id\n        order {\n          id\n          name\n          currencyCode\n          presentmentCurrencyCode\n          customer {\n            id\n            displayName\n          }\n          transactions(first: 20) {\n            id\n            kind\n            status\n          }\n          returns(first: 50) {\n            nodes {\n              id\n              reverseFulfillmentOrders(first: 5) {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": {return: InstantRefundReturnQuery, variables: InstantRefundReturnQueryVariables},
  "#graphql\n  query InstantRefundReturnDetails($id: ID!) {\n    return(id: $id) {\n      id\n      name\n      status\n      refunds(first: 10) {\n        nodes {\n          id\n          totalRefundedSet {\n            shopMoney {\n              amount\n              currencyCode\n            }\n          }\n        }\n      }\n      exchangeLineItems(first: 1) {\n        nodes {\n          id\n        }\n      }\n      returnLineItems(first: 50) {\n        nodes {\n          id\n          quantity\n          processedQuantity\n          ... on ReturnLineItem {\n            ...ReturnLineValueFields\n            fulfillmentLineItem {\n              lineItem {\n                name\n                sku\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment ReturnLineValueFields on ReturnLineItem {\n    withCodeDiscountedTotalPriceSet {\n      shopMoney {\n        amount\n        currencyCode\n      }\n    }\n  }\n\n": {return: InstantRefundReturnDetailsQuery, variables: InstantRefundReturnDetailsQueryVariables},
  "#graphql\n  query OrderCustomer($query: String!) {\n    orders(first: 1, query: $query) {\n      nodes {\n        ...DeskOrderFields\n        customer {\n          id\n        }\n      }\n    }\n  }\n  #graphql\n  fragment DeskOrderFields on Order {\n    id\n    name\n    processedAt\n    cancelledAt\n    displayFinancialStatus\n    displayFulfillmentStatus\n    totalPriceSet {\n      shopMoney {\n        amount\n        currencyCode\n      }\n    }\n  }\n\n": {return: OrderCustomerQuery, variables: OrderCustomerQueryVariables},
  "#graphql\n  query OrderNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Order {\n        id\n        name\n        email\n        customer {\n          displayName\n        }\n      }\n    }\n  }\n": {return: OrderNamesQuery, variables: OrderNamesQueryVariables},
  "#graphql\n  query OrderLookup($query: String!) {\n    orders(first: 1, query: $query) {\n      nodes {\n        id\n        name\n        email\n        phone\n        customer {\n          id\n        }\n      }\n    }\n  }\n": {return: OrderLookupQuery, variables: OrderLookupQueryVariables},
  "#graphql\n  query CustomerRecentOrders($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      orders(first: 5, sortKey: PROCESSED_AT, reverse: true) {\n        nodes {\n          id\n          name\n          processedAt\n          displayFulfillmentStatus\n          cancelledAt\n        }\n      }\n    }\n  }\n": {return: CustomerRecentOrdersQuery, variables: CustomerRecentOrdersQueryVariables},
  "#graphql\n  query OrderOwner($id: ID!) {\n    order(id: $id) {\n      id\n      customer {\n        id\n      }\n    }\n  }\n": {return: OrderOwnerQuery, variables: OrderOwnerQueryVariables},
  "#graphql\n  query OrderTracking($id: ID!) {\n    order(id: $id) {\n      id\n      name\n      createdAt\n      processedAt\n      cancelledAt\n      cancelReason\n      confirmed\n      displayFinancialStatus\n      displayFulfillmentStatus\n      customer {\n        id\n      }\n      lineItems(first: 5) {\n        nodes {\n          product {\n            id\n          }\n        }\n      }\n      totalPriceSet {\n        presentmentMoney {\n          amount\n          currencyCode\n        }\n      }\n      refunds(first: 20) {\n        createdAt\n        totalRefundedSet {\n          presentmentMoney {\n            amount\n            currencyCode\n          }\n        }\n      }\n      fulfillmentOrders(first: 10) {\n        nodes {\n          id\n          status\n          createdAt\n          fulfillAt\n          deliveryMethod {\n            methodType\n            maxDeliveryDateTime\n          }\n          assignedLocation {\n            name\n          }\n          lineItems(first: 20) {\n            nodes {\n              productTitle\n              variantTitle\n              totalQuantity\n              remainingQuantity\n            }\n          }\n        }\n      }\n      fulfillments(first: 10) {\n        id\n        status\n        displayStatus\n        createdAt\n        inTransitAt\n        deliveredAt\n        estimatedDeliveryAt\n        location {\n          name\n        }\n        trackingInfo(first: 5) {\n          company\n          number\n          url\n        }\n        events(first: 20, sortKey: HAPPENED_AT) {\n          nodes {\n            status\n            happenedAt\n            message\n            estimatedDeliveryAt\n          }\n        }\n        fulfillmentLineItems(first: 20) {\n          nodes {\n            quantity\n            lineItem {\n              title\n              variantTitle\n            }\n          }\n        }\n        fulfillmentOrders(first: 5) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n": {return: OrderTrackingQuery, variables: OrderTrackingQueryVariables},
  "#graphql\n  query OutreachRecipient($id: ID!) {\n    order(id: $id) {\n      id\n      name\n      email\n      customerLocale\n      customer {\n        ...EmailRecipientFields\n      }\n    }\n  }\n  #graphql\n  fragment EmailRecipientFields on Customer {\n    id\n    firstName\n    locale\n    defaultEmailAddress {\n      emailAddress\n      marketingState\n    }\n  }\n\n": {return: OutreachRecipientQuery, variables: OutreachRecipientQueryVariables},
  "#graphql\n  query ReturnReasonDefinitions($handles: [String!]) {\n    returnReasonDefinitions(first: 10, handles: $handles) {\n      nodes {\n        id\n        handle\n        deleted\n      }\n    }\n  }\n": {return: ReturnReasonDefinitionsQuery, variables: ReturnReasonDefinitionsQueryVariables},
  "#graphql\n  query ReturnReasons($id: ID!) {\n    return(id: $id) {\n      id\n      createdAt\n      order {\n        id\n      }\n      returnLineItems(first: 50) {\n        nodes {\n          id\n          quantity\n          returnReasonDefinition {\n            handle\n          }\n          ... on ReturnLineItem {\n            ...ReturnLineValueFields\n            fulfillmentLineItem {\n              lineItem {\n                product {\n                  id\n                  title\n                }\n                variant {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment ReturnLineValueFields on ReturnLineItem {\n    withCodeDiscountedTotalPriceSet {\n      shopMoney {\n        amount\n        currencyCode\n      }\n    }\n  }\n\n": {return: ReturnReasonsQuery, variables: ReturnReasonsQueryVariables},
  "#graphql\n  query ShopOverview {\n    shop {\n      name\n      myshopifyDomain\n      currencyCode\n      ianaTimezone\n      primaryDomain {\n        url\n      }\n    }\n  }\n": {return: ShopOverviewQuery, variables: ShopOverviewQueryVariables},
  "#graphql\n  query StoreImportOrders {\n    orders {\n      edges {\n        node {\n          id\n          name\n          email\n          currencyCode\n          totalPriceSet {\n            shopMoney {\n              amount\n              currencyCode\n            }\n          }\n          displayFinancialStatus\n          displayFulfillmentStatus\n          discountCodes\n          customAttributes {\n            key\n            value\n          }\n          cancelledAt\n          processedAt\n          updatedAt\n          customer {\n            ...ImportedCustomerFields\n          }\n          refunds {\n            id\n            createdAt\n            totalRefundedSet {\n              shopMoney {\n                amount\n                currencyCode\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment ImportedCustomerFields on Customer {\n    id\n    firstName\n    lastName\n    defaultEmailAddress {\n      emailAddress\n      marketingState\n      marketingUpdatedAt\n    }\n    defaultPhoneNumber {\n      phoneNumber\n    }\n    updatedAt\n  }\n\n": {return: StoreImportOrdersQuery, variables: StoreImportOrdersQueryVariables},
  "#graphql\n  query StoreImportCustomers {\n    customers {\n      edges {\n        node {\n          ...ImportedCustomerFields\n        }\n      }\n    }\n  }\n  #graphql\n  fragment ImportedCustomerFields on Customer {\n    id\n    firstName\n    lastName\n    defaultEmailAddress {\n      emailAddress\n      marketingState\n      marketingUpdatedAt\n    }\n    defaultPhoneNumber {\n      phoneNumber\n    }\n    updatedAt\n  }\n\n": {return: StoreImportCustomersQuery, variables: StoreImportCustomersQueryVariables},
  "#graphql\n  query GrantedScopes {\n    currentAppInstallation {\n      accessScopes {\n        handle\n      }\n    }\n  }\n": {return: GrantedScopesQuery, variables: GrantedScopesQueryVariables},
  "#graphql\n  query UrlRedirectsByPath($query: String!) {\n    urlRedirects(first: 5, query: $query) {\n      nodes {\n        id\n        path\n        target\n      }\n    }\n  }\n": {return: UrlRedirectsByPathQuery, variables: UrlRedirectsByPathQueryVariables},
  "#graphql\n  query VipBackfillCustomers {\n    customers {\n      edges {\n        node {\n          ...VipCustomerFactsFields\n          metafield(namespace: \"$app\", key: \"vip_tier\") {\n            jsonValue\n          }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment VipCustomerFactsFields on Customer {\n    id\n    displayName\n    tags\n    amountSpent {\n      amount\n      currencyCode\n    }\n    numberOfOrders\n    lastOrder {\n      processedAt\n      createdAt\n    }\n    updatedAt\n  }\n\n": {return: VipBackfillCustomersQuery, variables: VipBackfillCustomersQueryVariables},
  "#graphql\n  query VipCustomerFacts($id: ID!, $namespace: String!, $key: String!) {\n    customer(id: $id) {\n      ...VipCustomerFactsFields\n      metafield(namespace: $namespace, key: $key) {\n        jsonValue\n      }\n    }\n  }\n  #graphql\n  fragment VipCustomerFactsFields on Customer {\n    id\n    displayName\n    tags\n    amountSpent {\n      amount\n      currencyCode\n    }\n    numberOfOrders\n    lastOrder {\n      processedAt\n      createdAt\n    }\n    updatedAt\n  }\n\n": {return: VipCustomerFactsQuery, variables: VipCustomerFactsQueryVariables},
  "#graphql\n  query VipCustomersPage($first: Int!, $after: String) {\n    customers(first: $first, after: $after) {\n      nodes {\n        ...VipCustomerFactsFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    customersCount {\n      count\n      precision\n    }\n  }\n  #graphql\n  fragment VipCustomerFactsFields on Customer {\n    id\n    displayName\n    tags\n    amountSpent {\n      amount\n      currencyCode\n    }\n    numberOfOrders\n    lastOrder {\n      processedAt\n      createdAt\n    }\n    updatedAt\n  }\n\n": {return: VipCustomersPageQuery, variables: VipCustomersPageQueryVariables},
  "#graphql\n  query VipCustomersTags($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Customer {\n        id\n        tags\n        updatedAt\n      }\n    }\n  }\n": {return: VipCustomersTagsQuery, variables: VipCustomersTagsQueryVariables},
  "#graphql\n  query VipOrderCustomerFacts($id: ID!, $namespace: String!, $key: String!) {\n    order(id: $id) {\n      id\n      customer {\n        ...VipCustomerFactsFields\n        metafield(namespace: $namespace, key: $key) {\n          jsonValue\n        }\n      }\n    }\n  }\n  #graphql\n  fragment VipCustomerFactsFields on Customer {\n    id\n    displayName\n    tags\n    amountSpent {\n      amount\n      currencyCode\n    }\n    numberOfOrders\n    lastOrder {\n      processedAt\n      createdAt\n    }\n    updatedAt\n  }\n\n": {return: VipOrderCustomerFactsQuery, variables: VipOrderCustomerFactsQueryVariables},
}

interface GeneratedMutationTypes {
  "#graphql\n  mutation BulkOperationCancel($id: ID!) {\n    bulkOperationCancel(id: $id) {\n      bulkOperation {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": {return: BulkOperationCancelMutation, variables: BulkOperationCancelMutationVariables},
  "#graphql\n  mutation BulkOperationRunQuery($query: String!) {\n    bulkOperationRunQuery(query: $query, groupObjects: false) {\n      bulkOperation {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": {return: BulkOperationRunQueryMutation, variables: BulkOperationRunQueryMutationVariables},
  "#graphql\n  mutation CustomerEmailMarketingConsentUpdate($input: CustomerEmailMarketingConsentUpdateInput!) {\n    customerEmailMarketingConsentUpdate(input: $input) {\n      customer {\n        id\n        defaultEmailAddress {\n          marketingState\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": {return: CustomerEmailMarketingConsentUpdateMutation, variables: CustomerEmailMarketingConsentUpdateMutationVariables},
  "#graphql\n  mutation DiscountCodeBasicCreate($basicCodeDiscount: DiscountCodeBasicInput!) {\n    discountCodeBasicCreate(basicCodeDiscount: $basicCodeDiscount) {\n      codeDiscountNode {\n        ...DiscountCodeNodeFields\n      }\n      userErrors {\n        ...DiscountUserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment DiscountCodeNodeFields on DiscountCodeNode {\n    id\n    codeDiscount {\n      ... on DiscountCodeBasic {\n        status\n        endsAt\n      }\n    }\n  }\n\n  #graphql\n  fragment DiscountUserErrorFields on DiscountUserError {\n    field\n    message\n    code\n  }\n\n": {return: DiscountCodeBasicCreateMutation, variables: DiscountCodeBasicCreateMutationVariables},
  "#graphql\n  mutation DiscountCodeBasicUpdate($id: ID!, $basicCodeDiscount: DiscountCodeBasicInput!) {\n    discountCodeBasicUpdate(id: $id, basicCodeDiscount: $basicCodeDiscount) {\n      userErrors {\n        ...DiscountUserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment DiscountUserErrorFields on DiscountUserError {\n    field\n    message\n    code\n  }\n\n": {return: DiscountCodeBasicUpdateMutation, variables: DiscountCodeBasicUpdateMutationVariables},
  "#graphql\n  mutation DiscountCodeSetActive($id: ID!, $active: Boolean!) {\n    discountCodeActivate(id: $id) @include(if: $active) {\n      userErrors {\n        ...DiscountUserErrorFields\n      }\n    }\n    discountCodeDeactivate(id: $id) @skip(if: $active) {\n      userErrors {\n        ...DiscountUserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment DiscountUserErrorFields on DiscountUserError {\n    field\n    message\n    code\n  }\n\n": {return: DiscountCodeSetActiveMutation, variables: DiscountCodeSetActiveMutationVariables},
  "#graphql\n  mutation DiscountRedeemCodeBulkAdd($discountId: ID!, $codes: [DiscountRedeemCodeInput!]!) {\n    discountRedeemCodeBulkAdd(discountId: $discountId, codes: $codes) {\n      bulkCreation {\n        id\n      }\n      userErrors {\n        ...DiscountUserErrorFields\n      }\n    }\n  }\n  #graphql\n  fragment DiscountUserErrorFields on DiscountUserError {\n    field\n    message\n    code\n  }\n\n": {return: DiscountRedeemCodeBulkAddMutation, variables: DiscountRedeemCodeBulkAddMutationVariables},
  "#graphql\n  mutation ExchangeDraftOrderCreate($input: DraftOrderInput!) {\n    draftOrderCreate(input: $input) {\n      draftOrder {\n        id\n        name\n        invoiceUrl\n        totalPriceSet {\n          shopMoney {\n            amount\n            currencyCode\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": {return: ExchangeDraftOrderCreateMutation, variables: ExchangeDraftOrderCreateMutationVariables},
  "#graphql\n  mutation ExchangeReturnCreate($input: ReturnInput!) {\n    returnCreate(returnInput: $input) {\n      return {\n        id\n        name\n        status\n        exchangeLineItems(first: 10) {\n          nodes {\n            id\n            variantId\n            quantity\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": {return: ExchangeReturnCreateMutation, variables: ExchangeReturnCreateMutationVariables},
  "#graphql\n  mutation FlowTriggerReceive($handle: String!, $payload: JSON!) {\n    flowTriggerReceive(handle: $handle, payload: $payload) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": {return: FlowTriggerReceiveMutation, variables: FlowTriggerReceiveMutationVariables},
  "#graphql\n  mutation ReturnProcess($input: ReturnProcessInput!) {\n    returnProcess(input: $input) {\n      return {\n        id\n        status\n        refunds(first: 10) {\n          nodes {\n            id\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": {return: ReturnProcessMutation, variables: ReturnProcessMutationVariables},
  "#graphql\n  mutation UrlRedirectCreate($urlRedirect: UrlRedirectInput!) {\n    urlRedirectCreate(urlRedirect: $urlRedirect) {\n      urlRedirect {\n        id\n        path\n        target\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": {return: UrlRedirectCreateMutation, variables: UrlRedirectCreateMutationVariables},
  "#graphql\n  mutation VipTagsAdd($id: ID!, $tags: [String!]!) {\n    tagsAdd(id: $id, tags: $tags) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": {return: VipTagsAddMutation, variables: VipTagsAddMutationVariables},
  "#graphql\n  mutation VipTagsRemove($id: ID!, $tags: [String!]!) {\n    tagsRemove(id: $id, tags: $tags) {\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": {return: VipTagsRemoveMutation, variables: VipTagsRemoveMutationVariables},
  "#graphql\n  mutation VipTierMetafieldsDelete($metafields: [MetafieldIdentifierInput!]!) {\n    metafieldsDelete(metafields: $metafields) {\n      deletedMetafields {\n        ownerId\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": {return: VipTierMetafieldsDeleteMutation, variables: VipTierMetafieldsDeleteMutationVariables},
  "#graphql\n  mutation VipTierMetafieldsSet($metafields: [MetafieldsSetInput!]!) {\n    metafieldsSet(metafields: $metafields) {\n      metafields {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": {return: VipTierMetafieldsSetMutation, variables: VipTierMetafieldsSetMutationVariables},
}
declare module '@shopify/admin-api-client' {
  type InputMaybe<T> = AdminTypes.InputMaybe<T>;
  interface AdminQueries extends GeneratedQueryTypes {}
  interface AdminMutations extends GeneratedMutationTypes {}
}
