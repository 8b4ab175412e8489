import { spawn, type ChildProcess } from "child_process";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";

const provrpc = require("@pulumi/pulumi/proto/provider_grpc_pb");
const provproto = require("@pulumi/pulumi/proto/provider_pb");

export const RESOURCE_TYPE = "pulumi-nodejs:dynamic/toloka:ClonedTraining";
export const REQUIREMENT_TYPE = "pulumi-nodejs:dynamic/toloka:TrainingRequirement";

export interface HostCallError extends Error {
  code?: number;
  details: string;
  /** For a partial creation: the id Pulumi would record, and the properties. */
  initFailure?: { id: string; properties: Record<string, unknown>; reasons: string[] };
}

/**
 * Pulumi's real dynamic-provider host (`@pulumi/pulumi/cmd/dynamic-provider`), started in its own
 * process and driven over gRPC the way the engine drives it during `pulumi up`.
 */
export class ProviderHost {
  private output = "";
  private constructor(
    private readonly child: ChildProcess,
    private readonly client: any,
    onOutput?: (text: string) => void,
  ) {
    const collect = (d: Buffer) => {
      this.output += d.toString();
      onOutput?.(d.toString());
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
  }

  /** Starts the host with `cwd` as the Pulumi project folder (where `node_modules/pulumi-toloka` lives). */
  static async start(options: { cwd: string; env?: NodeJS.ProcessEnv; onOutput?: (text: string) => void }): Promise<ProviderHost> {
    const hostMain = require.resolve("@pulumi/pulumi/cmd/dynamic-provider/index.js", { paths: [options.cwd] });
    const child = spawn(process.execPath, [hostMain, "127.0.0.1:0"], {
      cwd: options.cwd,
      env: { ...(options.env ?? cleanEnv()) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const port = await new Promise<string>((resolve, reject) => {
      let buffered = "";
      const onData = (d: Buffer) => {
        buffered += d.toString();
        const line = buffered.split("\n")[0];
        if (buffered.includes("\n")) {
          child.stdout!.off("data", onData);
          resolve(line.trim());
        }
      };
      child.stdout!.on("data", onData);
      child.once("exit", (code) => reject(new Error(`provider host exited (${code}) before printing its port`)));
      child.once("error", reject);
    });
    const client = new provrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    return new ProviderHost(child, client, options.onOutput);
  }

  /** Everything the host printed after its port: what Pulumi shows as the provider's log. */
  get log(): string {
    return this.output;
  }

  async configure(config: Record<string, string>): Promise<void> {
    const req = new provproto.ConfigureRequest();
    req.setArgs(Struct.fromJavaScript(config));
    await this.call("configure", req);
  }

  async check(urn: string, olds: Record<string, unknown>, news: Record<string, unknown>) {
    const req = new provproto.CheckRequest();
    req.setUrn(urn);
    req.setOlds(Struct.fromJavaScript(olds as any));
    req.setNews(Struct.fromJavaScript(news as any));
    const resp = await this.call("check", req);
    return {
      inputs: resp.getInputs()?.toJavaScript() as Record<string, unknown>,
      failures: resp.getFailuresList().map((f: any) => ({ property: f.getProperty(), reason: f.getReason() })) as {
        property: string;
        reason: string;
      }[],
    };
  }

  async diff(urn: string, id: string, olds: Record<string, unknown>, news: Record<string, unknown>) {
    const req = new provproto.DiffRequest();
    req.setUrn(urn);
    req.setId(id);
    req.setOlds(Struct.fromJavaScript(olds as any));
    req.setNews(Struct.fromJavaScript(news as any));
    const resp = await this.call("diff", req);
    const kinds = provproto.DiffResponse.DiffChanges;
    const changes = resp.getChanges();
    return {
      changes: changes === kinds.DIFF_SOME ? true : changes === kinds.DIFF_NONE ? false : undefined,
      replaces: resp.getReplacesList() as string[],
      deleteBeforeReplace: resp.getDeletebeforereplace() as boolean,
    };
  }

  async create(urn: string, properties: Record<string, unknown>) {
    const req = new provproto.CreateRequest();
    req.setUrn(urn);
    req.setProperties(Struct.fromJavaScript(properties as any));
    const resp = await this.call("create", req);
    return { id: resp.getId() as string, properties: resp.getProperties().toJavaScript() as Record<string, unknown> };
  }

  async read(urn: string, id: string, properties: Record<string, unknown>, inputs: Record<string, unknown>) {
    const req = new provproto.ReadRequest();
    req.setUrn(urn);
    req.setId(id);
    req.setProperties(Struct.fromJavaScript(properties as any));
    req.setInputs(Struct.fromJavaScript(inputs as any));
    const resp = await this.call("read", req);
    return {
      id: resp.getId() as string,
      properties: resp.getProperties()?.toJavaScript() as Record<string, unknown>,
      inputs: resp.getInputs()?.toJavaScript() as Record<string, unknown> | undefined,
    };
  }

  async update(urn: string, id: string, olds: Record<string, unknown>, news: Record<string, unknown>) {
    const req = new provproto.UpdateRequest();
    req.setUrn(urn);
    req.setId(id);
    req.setOlds(Struct.fromJavaScript(olds as any));
    req.setNews(Struct.fromJavaScript(news as any));
    const resp = await this.call("update", req);
    return { properties: resp.getProperties().toJavaScript() as Record<string, unknown> };
  }

  async delete(urn: string, id: string, properties: Record<string, unknown>): Promise<void> {
    const req = new provproto.DeleteRequest();
    req.setUrn(urn);
    req.setId(id);
    req.setProperties(Struct.fromJavaScript(properties as any));
    await this.call("delete", req);
  }

  /** Sends a signal to the host process, as the engine does on a second Ctrl-C; resolves with how it exited. */
  async signal(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      this.child.once("exit", (code, sig) => resolve({ code, signal: sig })),
    );
    this.child.kill(signal);
    return exited;
  }

  async stop(): Promise<void> {
    this.client.close();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      this.child.kill("SIGKILL");
      await exited;
    }
  }

  private call(method: string, req: unknown): Promise<any> {
    return new Promise((resolve, reject) => {
      this.client[method](req, (err: grpc.ServiceError | null, resp: unknown) => {
        if (err) reject(toHostCallError(err));
        else resolve(resp);
      });
    });
  }
}

function toHostCallError(err: grpc.ServiceError): HostCallError {
  const error = new Error(err.details || err.message) as HostCallError;
  error.code = err.code;
  error.details = err.details;
  const bin = err.metadata?.get("grpc-status-details-bin")?.[0];
  if (bin) {
    const statusproto = require("@pulumi/pulumi/proto/status_pb");
    const status = statusproto.Status.deserializeBinary(new Uint8Array(bin as Buffer));
    for (const any of status.getDetailsList()) {
      const detail = provproto.ErrorResourceInitFailed.deserializeBinary(any.getValue_asU8());
      error.initFailure = {
        id: detail.getId(),
        properties: detail.getProperties()?.toJavaScript() ?? {},
        reasons: detail.getReasonsList(),
      };
    }
  }
  return error;
}

/** The host's environment without any TOLOKA_* variable of the machine running the tests. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("TOLOKA_")) env[k] = v;
  return { ...env, PULUMI_PROJECT: "toloka-tests", ...extra };
}

export const urnOf = (name: string, type: string = RESOURCE_TYPE) => `urn:pulumi:test::toloka-tests::${type}::${name}`;
export const repoRoot = path.resolve(__dirname, "..", "..");
