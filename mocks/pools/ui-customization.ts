// Hosted UI (classic) customization: CSS and a logo per app client, or for every client (`ALL`). A client with its
// own settings no longer falls back to ALL (DOC: dev guide "Customizing hosted UI (classic) branding").
import type { components } from "../../generated/types.ts";
import { errors } from "../protocol/errors.ts";
import { versionStamp } from "./domains.ts";
import type { PoolRecord } from "../state.ts";

type UICustomization = components["schemas"]["UICustomizationType"];

/** The CSS classes the hosted UI lets a pool style (DOC, same page). */
export const CSS_CLASSES = new Set([
  "background-customizable",
  "banner-customizable",
  "errorMessage-customizable",
  "idpButton-customizable",
  "idpButton-customizable:hover",
  "idpDescription-customizable",
  "inputField-customizable",
  "inputField-customizable:focus",
  "label-customizable",
  "legalText-customizable",
  "logo-customizable",
  "passwordCheck-valid-customizable",
  "passwordCheck-notValid-customizable",
  "redirect-customizable",
  "socialButton-customizable",
  "submitButton-customizable",
  "submitButton-customizable:hover",
  "textDescription-customizable",
]);

/** Every selector must be one of the allowed classes; texts UNKNOWN (mock's choice). */
export function checkCss(css: string): void {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  let depth = 0;
  let selector = "";
  for (const c of text) {
    if (c === "{") {
      if (depth === 0) {
        for (const one of selector.split(",").map((s) => s.trim())) {
          if (!one.startsWith(".") || !CSS_CLASSES.has(one.slice(1))) throw errors.invalidParameter(`CSS selector ${one || "(empty)"} is not allowed.`);
        }
        selector = "";
      }
      depth++;
    } else if (c === "}") {
      if (depth === 0) throw errors.invalidParameter("Invalid CSS: unbalanced braces.");
      depth--;
    } else if (depth === 0) selector += c;
  }
  if (depth !== 0 || selector.trim() !== "") throw errors.invalidParameter("Invalid CSS: unbalanced braces.");
}

/** PNG or JPEG only (DOC). The mock checks the file's signature; text UNKNOWN. */
export function checkImage(image: Buffer): void {
  const png = image.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = image[0] === 0xff && image[1] === 0xd8 && image[2] === 0xff;
  if (!png && !jpeg) throw errors.invalidParameter("The image file must be a PNG or JPEG image.");
}

/** What GetUICustomization answers for a client: its own settings, else the pool's ALL, else an empty object
 * (INFERRED: terraform-provider-aws reads "an empty struct if nothing is present"). */
export function effectiveCustomization(pool: PoolRecord, clientId: string | undefined): UICustomization {
  const own = clientId && clientId !== "ALL" ? pool.uiCustomizations?.get(clientId) : undefined;
  return own ?? pool.uiCustomizations?.get("ALL") ?? {};
}

export function customizationOf(
  pool: PoolRecord,
  clientId: string,
  css: string | undefined,
  image: Buffer | undefined,
  now: number,
  created: number | undefined,
): UICustomization {
  const version = versionStamp(now);
  const host = pool.domain?.CloudFrontDistribution;
  const extension = image && image[0] === 0xff ? "jpg" : "png";
  return {
    UserPoolId: pool.pool.Id,
    ClientId: clientId,
    // DOC (CLI example get-ui-customization.rst): https://<distribution>/<pool>/<client>/<version>/assets/images/image.<ext>
    ...(image && host && { ImageUrl: `https://${host}/${pool.pool.Id}/${clientId}/${version}/assets/images/image.${extension}` }),
    ...(css !== undefined && { CSS: css, CSSVersion: version }),
    LastModifiedDate: now,
    CreationDate: created ?? now,
  };
}
