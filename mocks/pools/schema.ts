// The standard attributes every user pool has, and how a CreateUserPool `Schema` adds to or adjusts them.
// The list and its constraints are what DescribeUserPool shows for a fresh pool (INFERRED: real outputs
// quoted in issues and copied by other emulators; the model lists only the names).
import type { components } from "../../generated/types.ts";
import { errors } from "../protocol/errors.ts";

type SchemaAttribute = components["schemas"]["SchemaAttributeType"];

const text = (name: string, required = false, mutable = true, min = "0", max = "2048"): SchemaAttribute => ({
  Name: name,
  AttributeDataType: "String",
  DeveloperOnlyAttribute: false,
  Mutable: mutable,
  Required: required,
  StringAttributeConstraints: { MinLength: min, MaxLength: max },
});
const flag = (name: string): SchemaAttribute => ({
  Name: name,
  AttributeDataType: "Boolean",
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
});

export function standardAttributes(): SchemaAttribute[] {
  return [
    text("sub", true, false, "1"),
    ...["name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website", "email"].map((n) => text(n)),
    flag("email_verified"),
    text("gender"),
    text("birthdate", false, true, "10", "10"),
    text("zoneinfo"),
    text("locale"),
    text("phone_number"),
    flag("phone_number_verified"),
    text("address"),
    {
      Name: "updated_at",
      AttributeDataType: "Number",
      DeveloperOnlyAttribute: false,
      Mutable: true,
      Required: false,
      NumberAttributeConstraints: { MinValue: "0" },
    },
  ];
}

/** Custom attributes are stored as `custom:<name>`, developer-only ones as `dev:custom:<name>` (DOC). */
const customName = (a: SchemaAttribute) => `${a.DeveloperOnlyAttribute ? "dev:" : ""}custom:${a.Name}`;

/** The pool's SchemaAttributes: the standard ones, adjusted by the request, then the custom ones. */
export function poolSchema(requested: SchemaAttribute[] = []): SchemaAttribute[] {
  const attributes = standardAttributes();
  const seen = new Set<string>();
  for (const wanted of requested) {
    const name = wanted.Name ?? "";
    if (seen.has(name)) throw errors.invalidParameter(`Duplicate attribute names are not allowed: ${name}`);
    seen.add(name);
    const standard = attributes.find((a) => a.Name === name);
    if (standard) {
      if (name === "sub") throw errors.invalidParameter("sub cannot be redefined.");
      Object.assign(standard, pick(wanted, ["Required", "Mutable", "StringAttributeConstraints", "NumberAttributeConstraints"]));
      continue;
    }
    attributes.push(customAttribute(wanted));
  }
  return attributes;
}

/** A custom attribute as the schema stores it (CreateUserPool's Schema and AddCustomAttributes). */
export function customAttribute(wanted: SchemaAttribute): SchemaAttribute {
  if (wanted.Required) throw errors.invalidParameter("Required custom attributes are not supported currently.");
  return {
    Name: customName(wanted),
    AttributeDataType: wanted.AttributeDataType ?? "String",
    DeveloperOnlyAttribute: wanted.DeveloperOnlyAttribute ?? false,
    Mutable: wanted.Mutable ?? true,
    Required: false,
    ...pick(wanted, ["StringAttributeConstraints", "NumberAttributeConstraints"]),
  };
}

function pick<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  return out;
}
