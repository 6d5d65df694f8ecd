// ConfirmDevice: the signed-in device registers its SRP verifier and salt under the key its sign-in was handed
// (NewDeviceMetadata). DeviceOnlyRememberedOnUserPrompt decides whether it is remembered at once (DOC, §15.1, §15.3).
import type { InputOf, OutputOf } from "../../generated/operations.ts";
import type { OperationContext } from "../context.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import { authorize } from "../signin/access.ts";
import { deviceErrors, trackingOn } from "../signin/devices.ts";

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Base64 of unsigned big-endian bytes (every client's encoding, INFERRED) as hex; undefined unless non-empty base64. */
function hexOf(text: string | undefined): string | undefined {
  if (text === undefined || !BASE64.test(text)) return undefined;
  const hex = Buffer.from(text, "base64").toString("hex");
  return /[^0]/.test(hex) ? hex : undefined;
}

export function confirmDevice(input: InputOf<"ConfirmDevice">, ctx: OperationContext): Promise<OutputOf<"ConfirmDevice">> {
  return authorize(ctx, input.AccessToken).then(({ pool, user }) => {
    const device = trackingOn(pool) ? user.devices?.get(input.DeviceKey) : undefined;
    if (!device) throw deviceErrors.invalidKey();
    // Message UNKNOWN (§15.3): the mock's wording.
    if (device.secret) throw new AwsError("DeviceKeyExistsException", "Device key already exists.");
    const saltHex = hexOf(input.DeviceSecretVerifierConfig?.Salt);
    const verifierHex = hexOf(input.DeviceSecretVerifierConfig?.PasswordVerifier);
    // Without a verifier the device could never prove itself; text UNKNOWN (the service cannot check its math, §15.3).
    if (saltHex === undefined || verifierHex === undefined) throw errors.invalidParameter("Invalid device secret verifier config.");
    const optIn = pool.pool.DeviceConfiguration?.DeviceOnlyRememberedOnUserPrompt === true;
    user.devices!.set(input.DeviceKey, {
      ...device,
      secret: { saltHex, verifierHex },
      ...(input.DeviceName !== undefined && { name: input.DeviceName }),
      remembered: !optIn,
      modifiedAt: ctx.now(),
      lastIp: ctx.caller.sourceIp,
    });
    return { UserConfirmationNecessary: optIn };
  });
}
