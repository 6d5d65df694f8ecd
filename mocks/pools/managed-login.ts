// Managed login branding styles and terms documents of a pool (facts s12.branding.*, s12.terms.*): one style per app
// client, at most one document of each TermsName per client. Both are keyed by their UUID inside the pool record.
import type { components } from "../../generated/types.ts";
import type { OperationContext } from "../context.ts";
import { getClient } from "../lookup.ts";
import { AwsError, errors } from "../protocol/errors.ts";
import type { BrandingRecord, PoolRecord } from "../state.ts";

type S = components["schemas"];
type Asset = S["AssetType"];
type Settings = Record<string, unknown>;

/** Text UNKNOWN (the model names the error only). */
export const brandingNotFound = () => new AwsError("ResourceNotFoundException", "Managed login branding does not exist.");
export const termsNotFound = () => new AwsError("ResourceNotFoundException", "Terms do not exist.");

export function getBranding(pool: PoolRecord, id: string | undefined): BrandingRecord {
  const record = id === undefined ? undefined : pool.brandings?.get(id.toLowerCase());
  if (!record) throw brandingNotFound();
  return record;
}

/** The client record names its style: one lookup, and a copy of the client (the suites' id aliases) keeps it. */
export function brandingOfClient(pool: PoolRecord, clientId: string): BrandingRecord | undefined {
  const id = pool.clients.get(clientId)?.brandingId;
  return id === undefined ? undefined : pool.brandings?.get(id);
}

/**
 * UseCognitoProvidedValues excludes Settings and Assets (DOC: "you must also omit values for Settings and Assets");
 * Settings is a JSON object; two assets may not share Category and ColorMode (INFERRED: the branding editor keeps
 * one image per slot). Texts UNKNOWN.
 */
export function checkBrandingInput(input: { UseCognitoProvidedValues?: boolean; Settings?: unknown; Assets?: Asset[] }): void {
  if (input.UseCognitoProvidedValues && (input.Settings !== undefined || (input.Assets?.length ?? 0) > 0)) {
    throw errors.invalidParameter("Settings and Assets must be omitted when UseCognitoProvidedValues is true.");
  }
  if (input.Settings !== undefined && !isObject(input.Settings)) throw errors.invalidParameter("Settings must be a JSON object.");
  const slots = new Set<string>();
  for (const asset of input.Assets ?? []) {
    const slot = `${asset.Category}/${asset.ColorMode}`;
    if (slots.has(slot)) throw errors.invalidParameter(`Duplicate asset for category ${asset.Category} and color mode ${asset.ColorMode}.`);
    slots.add(slot);
  }
}

export function createBranding(ctx: OperationContext, pool: PoolRecord, clientId: string, input: { UseCognitoProvidedValues?: boolean; Settings?: unknown; Assets?: Asset[] }): BrandingRecord {
  const client = getClient(pool, clientId);
  checkBrandingInput(input);
  if (brandingOfClient(pool, clientId)) {
    throw new AwsError("ManagedLoginBrandingExistsException", `Managed login branding already exists for client ${clientId}.`);
  }
  const now = ctx.now();
  const branding: S["ManagedLoginBrandingType"] = {
    ManagedLoginBrandingId: ctx.ids.uuid(),
    UserPoolId: pool.pool.Id,
    UseCognitoProvidedValues: input.UseCognitoProvidedValues ?? false,
    ...(input.Settings !== undefined && { Settings: input.Settings }),
    Assets: input.Assets ?? [],
    CreationDate: now,
    LastModifiedDate: now,
  };
  const record = { branding, clientId };
  pool.brandings ??= new Map();
  pool.brandings.set(branding.ManagedLoginBrandingId!, record);
  pool.clients.set(clientId, { ...client, brandingId: branding.ManagedLoginBrandingId! });
  return record;
}

/**
 * An update keeps what it does not name (DOC: "preserves existing style settings that you don't specify"): Settings
 * merge into the stored document member by member, an asset replaces the one of its Category and ColorMode.
 * UseCognitoProvidedValues true goes back to Cognito's style: stored Settings and Assets are dropped.
 */
export function updateBranding(ctx: OperationContext, pool: PoolRecord, record: BrandingRecord, input: { UseCognitoProvidedValues?: boolean; Settings?: unknown; Assets?: Asset[] }): BrandingRecord {
  checkBrandingInput(input);
  const old = record.branding;
  let branding: S["ManagedLoginBrandingType"];
  if (input.UseCognitoProvidedValues) {
    const { Settings: _dropped, ...rest } = old;
    branding = { ...rest, UseCognitoProvidedValues: true, Assets: [] };
  } else {
    const settings = input.Settings === undefined ? old.Settings : mergeSettings(isObject(old.Settings) ? old.Settings : {}, input.Settings as Settings);
    const assets = input.Assets === undefined ? old.Assets : mergeAssets(old.Assets ?? [], input.Assets);
    const custom = input.Settings !== undefined || input.Assets !== undefined || input.UseCognitoProvidedValues === false;
    branding = { ...old, UseCognitoProvidedValues: custom ? false : old.UseCognitoProvidedValues, ...(settings !== undefined && { Settings: settings }), Assets: assets };
  }
  branding.LastModifiedDate = ctx.now();
  const next = { branding, clientId: record.clientId };
  pool.brandings!.set(old.ManagedLoginBrandingId!, next);
  return next;
}

/**
 * The mock's stand-in for Cognito's default style (ReturnMergedResources): AWS's default document is not published
 * (UNKNOWN), so this is a small labelled document, never asserted by the suites. Stored settings win member by member.
 */
export const MOCK_DEFAULT_SETTINGS: Settings = {
  categories: { global: { colorSchemeMode: "LIGHT", pageHeader: { enabled: false }, pageFooter: { enabled: false } }, auth: { authMethodOrder: [[{ display: "BUTTON", type: "FEDERATED" }, { display: "INPUT", type: "USERNAME_PASSWORD" }]] } },
  componentClasses: {},
  components: {},
};

/** What Describe answers: as stored, or merged over the defaults when asked (ReturnMergedResources). */
export function brandingView(record: BrandingRecord, merged: boolean | undefined): S["ManagedLoginBrandingType"] {
  const branding = record.branding;
  if (!merged) return branding;
  return { ...branding, Settings: mergeSettings(MOCK_DEFAULT_SETTINGS, isObject(branding.Settings) ? branding.Settings : {}) };
}

function mergeSettings(base: Settings, change: Settings): Settings {
  const out: Settings = { ...base };
  for (const [key, value] of Object.entries(change)) out[key] = isObject(value) && isObject(out[key]) ? mergeSettings(out[key] as Settings, value) : value;
  return out;
}

function mergeAssets(old: Asset[], changes: Asset[]): Asset[] {
  const slot = (a: Asset) => `${a.Category}/${a.ColorMode}`;
  const replaced = new Set(changes.map(slot));
  return [...old.filter((a) => !replaced.has(slot(a))), ...changes];
}

/** A style goes (DeleteManagedLoginBranding, or its client deleted): the client no longer names it. */
export function removeBranding(pool: PoolRecord, record: BrandingRecord): void {
  const id = record.branding.ManagedLoginBrandingId!;
  pool.brandings?.delete(id);
  for (const [clientId, client] of pool.clients) {
    if (client.brandingId === id) {
      const { brandingId: _gone, ...rest } = client;
      pool.clients.set(clientId, rest);
    }
  }
}

/** DeleteUserPoolClient: the client's style and terms documents go with it. */
export function removeClientExtras(pool: PoolRecord, clientId: string): void {
  const branding = brandingOfClient(pool, clientId);
  if (branding) removeBranding(pool, branding);
  for (const [id, terms] of pool.terms ?? []) if (terms.ClientId === clientId) pool.terms!.delete(id);
}

const isObject = (value: unknown): value is Settings => typeof value === "object" && value !== null && !Array.isArray(value);

// --- Terms documents ---

export function getTerms(pool: PoolRecord, id: string): S["TermsType"] {
  const terms = pool.terms?.get(id.toLowerCase());
  if (!terms) throw termsNotFound();
  return terms;
}

/** One document per TermsName and client (INFERRED from TermsExistsException and "Supply each type in separate requests"). */
export function checkTermsName(pool: PoolRecord, clientId: string, name: string, except?: string): void {
  for (const terms of pool.terms?.values() ?? []) {
    if (terms.ClientId === clientId && terms.TermsName === name && terms.TermsId !== except) {
      throw new AwsError("TermsExistsException", `Terms with name ${name} already exist for client ${clientId}.`);
    }
  }
}

/** DOC (CreateTerms): the terms' links are required in TermsType; the mock refuses a document without one (text UNKNOWN). */
export function checkLinks(links: Record<string, string> | undefined): asserts links is Record<string, string> {
  if (!links || Object.keys(links).length === 0) throw errors.invalidParameter("Links must have at least one entry.");
}

/** TermsDescriptionType: ListTerms's summary of a document. */
export const termsDescription = (t: S["TermsType"]): S["TermsDescriptionType"] => ({
  TermsId: t.TermsId,
  TermsName: t.TermsName,
  Enforcement: t.Enforcement,
  CreationDate: t.CreationDate,
  LastModifiedDate: t.LastModifiedDate,
});
