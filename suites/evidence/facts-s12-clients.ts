// Evidence for app clients (aws-behavior.md §12.1, issue 17 §2 "app clients"): what a client reads back, how
// UpdateUserPoolClient replaces it, ListUserPoolClients' pages and client secret rotation. Merged into FACTS.
import type { Fact } from "./facts.ts";

const ref = (origin: string) => `aws-behavior.md §12.1 (${origin})`;
const TF = "terraform-provider-aws user_pool_client_test.go against the real service";

export const S12_CLIENT_FACTS = {
  "s12.1.unset-refresh-validity": { label: "INFERRED", says: "a client created without validities reads back RefreshTokenValidity 30 and no AccessTokenValidity or IdTokenValidity", source: ref(`${TF}, _basic`) },
  "s12.1.refresh-validity-zero": { label: "DOC", says: "RefreshTokenValidity 0 is accepted and stored as the default, 30 (days)", source: ref("model, RefreshTokenValidity") },
  "s12.1.validity-range": {
    label: "CONFIRMED",
    says: "token validities out of range (access/ID 5 minutes – 1 day, refresh 60 minutes – 10 years, in the client's units): InvalidParameterException (a trailing period is UNKNOWN)",
    source: ref("awsdocs/aws-cloudformation-user-guide#828: AccessTokenValidity 1 day + RefreshTokenValidity 36500 days; ranges DOC, model"),
    text: ["Invalid range for token validity"],
  },
  "s12.1.callback-urls-required": {
    label: "CONFIRMED",
    says: "the code or implicit flow on a client without callback URLs: InvalidOAuthFlowException",
    source: ref("cisagov/crossfeed#440, via the terraform error"),
    text: ["CallbackUrls can not be empty when code flow or implicit flow is selected"],
  },
  "s12.1.unset-auth-session": { label: "DOC", says: "AuthSessionValidity reads back 3 when never set (the session was fixed at 3 minutes before the field existed)", source: ref("2022-09-02 API change note; tf _basic") },
  "s12.1.unset-token-revocation": { label: "DOC", says: "EnableTokenRevocation reads back true when never set (revocation is activated for new clients)", source: ref("developer guide; tf _basic") },
  "s12.1.unset-booleans": { label: "INFERRED", says: "EnablePropagateAdditionalUserContextData and AllowedOAuthFlowsUserPoolClient read back as explicit false when never set", source: ref(`${TF}; DOC default false`) },
  "s12.1.unset-prevent-user-existence": { label: "INFERRED", says: "PreventUserExistenceErrors is absent when never set (though sign-in behaves as LEGACY); sent as LEGACY it reads back LEGACY", source: ref(`${TF}, _basic and _allFields`) },
  "s12.1.unset-lists": {
    label: "INFERRED",
    says: "ExplicitAuthFlows, Read/WriteAttributes, OAuth flows/scopes, callback and logout URLs, identity providers are absent (or empty) when never set, and sending [] reads back the same; the default flows are not echoed",
    source: ref(`${TF}, _nulls and _emptySets; DOC for ReadAttributes`),
  },
  "s12.1.unset-units": { label: "INFERRED", says: "TokenValidityUnits reads back as {} (or not at all) when never set, never as the default units", source: ref(`${TF}, _basic (flattenTokenValidityUnits); public CLI transcripts`) },
  "s12.1.units-echo": { label: "INFERRED", says: "TokenValidityUnits once set read back exactly as set, explicit defaults (hours/hours/days) included", source: ref(`${TF}, _tokenValidityUnits_explicitDefaults`) },
  "s12.1.no-secret": { label: "INFERRED", says: "a client created without a secret has no ClientSecret member", source: ref(`${TF}, _basic`) },
  "s12.1.describe-secret": { label: "DOC", says: "DescribeUserPoolClient answers the client's ClientSecret", source: ref("CLI example describe-user-pool-client.rst; tf reads client_secret from Describe") },
  "s12.1.legacy-flows-echo": { label: "INFERRED", says: "legacy ExplicitAuthFlows names (ADMIN_NO_SRP_AUTH, USER_PASSWORD_AUTH, CUSTOM_AUTH_FLOW_ONLY) read back as sent, not rewritten to ALLOW_ values", source: ref(`${TF}, _basic and _allFields; DOC CLI example`) },
  "s12.1.update-replaces": {
    label: "CONFIRMED",
    says: "UpdateUserPoolClient replaces the client's settings: a member the update omits goes back to its default (an update of CallbackURLs and scopes only removed ExplicitAuthFlows)",
    source: ref("model: `If you don't provide a value for an attribute, Amazon Cognito sets it to its default value`; boto/boto3#1607"),
  },
  "s12.1.update-omitted-units": { label: "DOC", says: "an update that omits TokenValidityUnits resets them like any other member (only the DOC rule covers it; measured: UNKNOWN)", source: ref("model, UpdateUserPoolClient") },
  "s12.1.list-clients": { label: "DOC", says: "ListUserPoolClients: MaxResults 1–60, items with only ClientId, UserPoolId and ClientName, NextToken while more remain", source: ref("model, API reference") },
  "s12.1.secret-add": {
    label: "DOC",
    says: "AddUserPoolClientSecret answers {ClientSecretDescriptor: {ClientSecretId `<client-id>--<epoch-create-time>`, ClientSecretCreateDate, ClientSecretValue only when Cognito generated it}}",
    source: ref("model, ClientSecretDescriptorType"),
  },
  "s12.1.secret-list": { label: "DOC", says: "ListUserPoolClientSecrets lists the active secrets without ClientSecretValue and without a NextToken", source: ref("model, ListUserPoolClientSecrets") },
  "s12.1.secret-rotation": { label: "INFERRED", says: "while a client has two active secrets, a SECRET_HASH made with either passes sign-in; a deleted secret's no longer does", source: ref("model: `up to 2 active secrets per app client for zero-downtime credential rotation`") },
  "s12.1.secret-limit": { label: "INFERRED", says: "a third active secret is refused (LimitExceededException: the model lists it; the text is UNKNOWN)", source: ref("model: at most 2 active secrets") },
  "s12.1.secret-delete-last": { label: "INFERRED", says: "deleting the last remaining secret is refused (InvalidParameterException INFERRED, text UNKNOWN)", source: ref("model: `You cannot delete the last remaining secret`") },
  "s12.1.secret-unknown-id": { label: "INFERRED", says: "deleting a secret id the client does not have: ResourceNotFoundException (the model lists it; the text is UNKNOWN)", source: ref("model, DeleteUserPoolClientSecret errors") },
  "s12.1.secret-original-listed": { label: "UNKNOWN", says: "whether, and under which id, the secret a client was created with appears in ListUserPoolClientSecrets; what Describe's ClientSecret shows after a rotation", source: ref("open questions") },
  "s12.1.secret-public-client": { label: "UNKNOWN", says: "the answer to AddUserPoolClientSecret for a client without a secret (the model calls the operation one for confidential clients)", source: ref("open questions") },
} as const satisfies Record<string, Fact>;
