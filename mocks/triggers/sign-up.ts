// Pre sign-up and post confirmation (aws-behavior.md §14.2). Pre sign-up runs before anything is stored, so a
// refusal creates no user (DOC: the function refuses by throwing); post confirmation runs after the confirmation
// is stored, and its failure reaches the caller while the confirmation stands (AWS UNKNOWN: our documented choice).
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { AwsError } from "../protocol/errors.ts";
import type { ClientRecord, PoolRecord, UserRecord } from "../state.ts";
import { attributeOf, setAttribute, setStatus } from "../signin/user-state.ts";
import { booleanOf, eventAttributes, hasTrigger, invokeTrigger, type TriggerAnswer } from "./invoke.ts";

export type AttributeList = components["schemas"]["AttributeType"][];
export interface SignUpFlags {
  autoConfirmUser: boolean;
  autoVerifyEmail: boolean;
  autoVerifyPhone: boolean;
}
export const NO_FLAGS: SignUpFlags = { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false };

const mapOf = (list: AttributeList | undefined) => (list ? Object.fromEntries(list.map((a) => [a.Name, a.Value ?? ""])) : null);

interface SignUpInput {
  Username: string;
  ValidationData?: AttributeList;
  ClientMetadata?: Record<string, string>;
}

/** PreSignUp_SignUp: the flags of the answer, checked against the attributes they need. */
export async function preSignUp(ctx: OperationContext, { pool, client }: { pool: PoolRecord; client: ClientRecord }, input: SignUpInput, attributes: AttributeList): Promise<SignUpFlags> {
  const response = await invokePreSignUp(ctx, pool, "SignUp", client.client.ClientId!, input, attributes);
  const flags = { autoConfirmUser: booleanOf(response, "autoConfirmUser"), autoVerifyEmail: booleanOf(response, "autoVerifyEmail"), autoVerifyPhone: booleanOf(response, "autoVerifyPhone") };
  const has = (name: string) => attributes.some((a) => a.Name === name && a.Value);
  // DOC: auto-verifying needs the attribute, else the sign-up fails. Text UNKNOWN: ours.
  if (flags.autoVerifyEmail && !has("email")) throw new AwsError("InvalidParameterException", "Cannot auto-verify email: the user has no email attribute.");
  if (flags.autoVerifyPhone && !has("phone_number")) throw new AwsError("InvalidParameterException", "Cannot auto-verify phone_number: the user has no phone_number attribute.");
  return flags;
}

/**
 * PreSignUp_AdminCreateUser, before the user is stored: a throw refuses the creation; the flags are read (a wrongly
 * typed one is refused) but change nothing, as AWS ignores them for AdminCreateUser (DOC). No app client: clientId null.
 */
export async function preAdminCreateUser(ctx: OperationContext, pool: PoolRecord, input: SignUpInput, attributes: AttributeList): Promise<void> {
  const response = await invokePreSignUp(ctx, pool, "AdminCreateUser", undefined, input, attributes);
  for (const flag of Object.keys(NO_FLAGS)) booleanOf(response, flag);
}

function invokePreSignUp(ctx: OperationContext, pool: PoolRecord, source: "SignUp" | "AdminCreateUser", clientId: string | undefined, input: SignUpInput, attributes: AttributeList) {
  return invokeTrigger(ctx, {
    pool,
    trigger: "PreSignUp",
    triggerSource: `PreSignUp_${source}`,
    userName: input.Username,
    ...(clientId !== undefined && { clientId }),
    request: { userAttributes: mapOf(attributes) ?? {}, validationData: mapOf(input.ValidationData), ...(input.ClientMetadata && { clientMetadata: input.ClientMetadata }) },
    response: { ...NO_FLAGS },
  }) as Promise<TriggerAnswer>;
}

/** On the record about to be stored (not yet in the state): a new object, nothing else touched. */
export function applySignUpFlags(ctx: OperationContext, user: UserRecord, flags: SignUpFlags): void {
  if (flags.autoVerifyEmail && attributeOf(user, "email") !== undefined) setAttribute(user, "email_verified", "true");
  if (flags.autoVerifyPhone && attributeOf(user, "phone_number") !== undefined) setAttribute(user, "phone_number_verified", "true");
  if (flags.autoConfirmUser) setStatus(ctx, user, "CONFIRMED");
}

export type ConfirmationSource = "ConfirmSignUp" | "ConfirmForgotPassword";

/** PostConfirmation_<source> after the confirmation is stored; resolves to `value`. */
export function postConfirmation<T>(ctx: OperationContext, pool: PoolRecord, user: UserRecord, source: ConfirmationSource, clientId: string | undefined, clientMetadata: Record<string, string> | undefined, value: T): T | Promise<T> {
  if (!hasTrigger(pool, "PostConfirmation")) return value;
  return invokeTrigger(ctx, {
    pool,
    trigger: "PostConfirmation",
    triggerSource: `PostConfirmation_${source}`,
    userName: user.user.Username!,
    ...(clientId !== undefined && { clientId }),
    request: { userAttributes: eventAttributes(user), ...(clientMetadata && { clientMetadata }) },
  }).then(() => value);
}
