// The control API: what only the service itself can do (simulate a sign-in, show the mails it sent) and the
// mock's own knobs (faults, reset). The same object serves in-process tests and the HTTP `/_mock/` routes.
import type { OperationContext } from "../context.ts";
import type { FaultInjector, FaultSnapshot } from "../faults/injector.ts";
import type { FaultRule } from "../faults/rules.ts";
import type { WireRequest, WireResponse } from "../../generated/handlers.ts";
import { OPERATIONS, type InputOf, type OperationName } from "../../generated/operations.ts";
import { storeUpload } from "../pools/import-jobs.ts";
import { AwsError } from "../protocol/errors.ts";
import { addCompromisedPasswords, clearCompromisedPasswords, SEEDED_COMPROMISED_PASSWORDS } from "../risk/compromised.ts";
import { listRiskRules, setRiskRules, type RiskRule } from "../risk/rules.ts";
import type { SignInRequest, SignInResult } from "../risk/sign-in.ts";
import { simulateSignIn } from "./sign-in-loader.ts";
import type { CodeMessage, MockState, Notification } from "../state.ts";
import type { LogDelivery, LogFilter, LogsSnapshot } from "../logs/delivery.ts";

export interface ControlDeps {
  state: () => MockState;
  context: () => OperationContext;
  faults: FaultInjector;
  /** Forgets the state and restarts ids and the fault generator from the seed. */
  reset: () => void;
  /** The dispatcher, for a click on a mailed feedback link (a real UpdateAuthEventFeedback call). */
  handle: (request: WireRequest) => { response: WireResponse };
  /** Exported log records and their delivery (mocks/logs/delivery.ts). */
  logs: LogDelivery;
  /** Names of the in-process trigger functions (`triggers`, `serve --triggers`): health lists them, so a suite can tell. */
  triggerFunctions?: readonly string[];
}

export interface MockControl {
  /** Simulates an authentication attempt; throws AwsError for bad input (unknown pool, client, user, bad IP). */
  signIn(request: SignInRequest): SignInResult;
  /**
   * The risk level of real authentication events (AWS's model can't be reproduced): the first rule whose every
   * given criterion (IpRange, Username, DeviceMarker in EncodedData, DeviceKey of the presented device; UserPoolId narrows) matches; default no risk.
   */
  riskRules: {
    /** Replaces every rule (all are checked first: a bad one changes nothing). */
    set(rules: RiskRule[]): RiskRule[];
    list(): RiskRule[];
    clear(): RiskRule[];
  };
  /** The compromised-credentials list: the seeded breached passwords plus those added here. */
  compromisedPasswords: {
    add(passwords: string[]): { seeded: number; added: number };
    /** Back to the seeded list. */
    clear(): { seeded: number; added: number };
  };
  /** The notifications sent so far, oldest first; only one pool's, or one user's of it, when asked. */
  outbox(filter?: OutboxFilter): Notification[];
  /** The one-time codes sent so far (sign-up, forgot-password, EMAIL_OTP, SMS_MFA), oldest first; `GET /_mock/outbox?kind=code`. */
  codes(filter?: OutboxFilter): CodeMessage[];
  faults: {
    set(rules: FaultRule | FaultRule[]): FaultSnapshot;
    preset(name: "cognito-quotas"): FaultSnapshot;
    clear(operations?: (OperationName | "*")[]): FaultSnapshot;
    list(): FaultSnapshot;
  };
  /**
   * A click on a mailed one-click link: UpdateAuthEventFeedback with the link's parameters, through the dispatcher
   * (validation, token check and all). Throws the AwsError the operation answers.
   */
  feedback(input: InputOf<"UpdateAuthEventFeedback">): void;
  /**
   * Exported log records (threat protection's user activity), oldest first, with what became of each: `control` (no
   * endpoint configured: kept here), `pending`, `delivered`, `dropped`; and the counts of each.
   */
  logs(filter?: LogFilter): LogsSnapshot;
  /** Resolves once every record enqueued so far is delivered or dropped. */
  flushLogs(): Promise<void>;
  /**
   * The PUT of a user import file to a job's PreSignedUrl (what `serve` does for `PUT /_mock/import/...`): in-process,
   * pass the job's PreSignedUrl and the CSV text. Throws AwsError (403 / 404) when the URL names no job or a wrong
   * signature, or the job has started.
   */
  uploadImportCsv(preSignedUrl: string, csv: string): void;
  reset(): void;
  /** `triggerFunctions`: the in-process functions' names, when there are any (suites/README.md: conformance triggers). */
  health(): { status: "ok"; pools: number; triggerFunctions?: string[] };
}

/** Which notifications `outbox` shows: every one by default. */
export interface OutboxFilter {
  userPoolId?: string;
  username?: string;
}

/** The path of pre-signed import URLs, on serve's origin or the reserved host (pools/import-jobs.ts). */
const IMPORT_PATH = "/_mock/import/";

const matching = (filter: OutboxFilter) => (m: { userPoolId: string; username: string }) =>
  (filter.userPoolId === undefined || m.userPoolId === filter.userPoolId) && (filter.username === undefined || m.username === filter.username);

export function createControl(deps: ControlDeps): MockControl {
  return {
    signIn: (request) => simulateSignIn(deps.context(), request),
    riskRules: {
      // Writes go through the context's state: under --state-file that is the change-tracking view, so they persist.
      set: (rules) => setRiskRules(deps.context().state, rules),
      list: () => listRiskRules(deps.state()),
      clear: () => setRiskRules(deps.context().state, []),
    },
    compromisedPasswords: {
      add: (passwords) => ({ seeded: SEEDED_COMPROMISED_PASSWORDS.length, added: addCompromisedPasswords(deps.context().state, passwords) }),
      clear: () => (clearCompromisedPasswords(deps.context().state), { seeded: SEEDED_COMPROMISED_PASSWORDS.length, added: 0 }),
    },
    outbox: (filter = {}) => deps.state().outbox.filter(matching(filter)),
    codes: (filter = {}) => deps.state().codes.filter(matching(filter)),
    faults: {
      set: (rules) => deps.faults.set(rules),
      preset: (name) => deps.faults.applyPreset(name),
      clear: (operations) => deps.faults.clear(operations),
      list: () => deps.faults.snapshot(),
    },
    feedback: (input) => {
      const { response } = deps.handle({
        method: "POST",
        url: "http://localhost/",
        headers: { "x-amz-target": OPERATIONS.UpdateAuthEventFeedback.target, "content-type": "application/x-amz-json-1.1" },
        body: JSON.stringify(input),
      });
      if (response.status !== 200) {
        const error = JSON.parse(response.body) as { __type: string; message?: string };
        throw new AwsError(error.__type, error.message, response.status);
      }
    },
    logs: (filter) => deps.logs.snapshot(filter),
    flushLogs: () => deps.logs.flush(),
    uploadImportCsv: (preSignedUrl, csv) => {
      const url = new URL(preSignedUrl);
      const at = url.pathname.indexOf(IMPORT_PATH);
      const path = at < 0 ? "" : url.pathname.slice(at + IMPORT_PATH.length);
      const { status, message } = storeUpload(deps.context(), path, url.searchParams, csv);
      if (status !== 200) throw new AwsError(status === 404 ? "ResourceNotFoundException" : "AccessDenied", message, status);
    },
    reset: deps.reset,
    health: () => ({ status: "ok", pools: deps.state().pools.size, ...(deps.triggerFunctions?.length && { triggerFunctions: [...deps.triggerFunctions] }) }),
  };
}
