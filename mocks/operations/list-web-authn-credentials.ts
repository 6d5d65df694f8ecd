// ListWebAuthnCredentials: the signed-in user's passkeys, oldest first, MaxResults 0..20 (0 or absent: 20, the mock's
// choice; AWS's default is UNKNOWN).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { pageOfKeys } from "../paging.ts";
import { authorize } from "../signin/access.ts";
import { describePasskey } from "../signin/passkeys.ts";

const DEFAULT_PAGE = 20;

export function listWebAuthnCredentials(input: InputOf<"ListWebAuthnCredentials">, ctx: OperationContext): Promise<OutputOf<"ListWebAuthnCredentials">> {
  return authorize(ctx, input.AccessToken).then(({ user }) => {
    const passkeys = user.passkeys ?? [];
    const { page, nextToken } = pageOfKeys(passkeys.map((p) => p.credentialId), input.MaxResults || DEFAULT_PAGE, input.NextToken);
    const credentials = page.map((id) => describePasskey(passkeys.find((p) => p.credentialId === id)!));
    return { Credentials: credentials as OutputOf<"ListWebAuthnCredentials">["Credentials"], ...(nextToken !== undefined && { NextToken: nextToken }) };
  });
}
