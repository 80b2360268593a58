// Validates rendered Kustomize output offline: every object against its Kubernetes or KEDA schema (the validators
// kubernetes-models generates from the Kubernetes OpenAPI document and KEDA's CRDs: types, required fields,
// enumerations, formats), then the suite's own rules (probes, resources, security contexts, secrets by reference,
// references between objects). Usage: kubectl kustomize <overlay> | node validate.mjs <name>
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const name = process.argv[2] ?? "stdin";
const documents = parseAllDocuments(readFileSync(0, "utf8")).map((d) => d.toJS()).filter(Boolean);
const errors = [];
const fail = (object, message) => errors.push(`${object.kind}/${object.metadata?.name}: ${message}`);

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const module = group === "keda.sh"
    ? await import(`@kubernetes-models/keda/keda.sh/${version}`)
    : await import(group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`);
  return module[kind];
}

for (const object of documents) {
  let Model;
  try {
    Model = await modelFor(object.apiVersion, object.kind);
  } catch {
    Model = undefined;
  }
  if (!Model) {
    fail(object, `no schema for ${object.apiVersion} ${object.kind}`);
    continue;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    fail(object, `schema: ${error.message}`);
  }
}

const byKind = (kind) => documents.filter((o) => o.kind === kind);
const deployments = new Map(byKind("Deployment").map((d) => [d.metadata.name, d]));
const labelsMatch = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

function checkPod(object, spec, { probes }) {
  if (spec.securityContext?.runAsNonRoot !== true) fail(object, "pod securityContext.runAsNonRoot must be true");
  if (spec.securityContext?.seccompProfile?.type !== "RuntimeDefault") fail(object, "pod seccompProfile must be RuntimeDefault");
  for (const container of spec.containers) {
    const where = `container ${container.name}`;
    const security = container.securityContext ?? {};
    if (security.allowPrivilegeEscalation !== false) fail(object, `${where}: allowPrivilegeEscalation must be false`);
    if (security.readOnlyRootFilesystem !== true) fail(object, `${where}: readOnlyRootFilesystem must be true`);
    if (!security.capabilities?.drop?.includes("ALL")) fail(object, `${where}: capabilities must drop ALL`);
    for (const kind of ["requests", "limits"]) {
      if (!container.resources?.[kind]?.cpu || !container.resources?.[kind]?.memory) fail(object, `${where}: resources.${kind} needs cpu and memory`);
    }
    if (probes) {
      if (container.livenessProbe?.httpGet?.path !== "/alive") fail(object, `${where}: livenessProbe must GET /alive`);
      if (container.readinessProbe?.httpGet?.path !== "/health") fail(object, `${where}: readinessProbe must GET /health`);
    }
    for (const variable of container.env ?? []) {
      if (/(password|secret|messaging|db)$/i.test(variable.name) && variable.value !== undefined) {
        fail(object, `${where}: ${variable.name} must come from a secret, not a literal`);
      }
    }
    const mounts = new Set((container.volumeMounts ?? []).map((m) => m.mountPath));
    if (!mounts.has("/tmp")) fail(object, `${where}: /tmp must be a writable volume (read-only root)`);
  }
}

for (const deployment of deployments.values()) {
  checkPod(deployment, deployment.spec.template.spec, { probes: true });
  if (!labelsMatch(deployment.spec.selector.matchLabels, deployment.spec.template.metadata.labels)) fail(deployment, "selector does not match the pod labels");
}
for (const job of byKind("Job")) {
  checkPod(job, job.spec.template.spec, { probes: false });
  if (job.spec.template.spec.containers[0].args?.[0] !== "migrate") fail(job, "a migration Job runs the image with `migrate`");
}
for (const service of byKind("Service")) {
  if (![...deployments.values()].some((d) => labelsMatch(service.spec.selector, d.spec.template.metadata.labels))) fail(service, "selects no Deployment's pods");
}
for (const budget of byKind("PodDisruptionBudget")) {
  if (![...deployments.values()].some((d) => labelsMatch(budget.spec.selector.matchLabels, d.spec.template.metadata.labels))) fail(budget, "selects no Deployment's pods");
}
const services = new Set(byKind("Service").map((s) => s.metadata.name));
for (const ingress of byKind("Ingress")) {
  for (const rule of ingress.spec.rules) for (const path of rule.http.paths) {
    if (!services.has(path.backend.service.name)) fail(ingress, `backend ${path.backend.service.name} is not a Service here`);
  }
}
const authentications = new Set(byKind("TriggerAuthentication").map((t) => t.metadata.name));
for (const scaled of byKind("ScaledObject")) {
  if (!deployments.has(scaled.spec.scaleTargetRef.name)) fail(scaled, `scales ${scaled.spec.scaleTargetRef.name}, not a Deployment here`);
  for (const trigger of scaled.spec.triggers) {
    if (trigger.type !== "rabbitmq" || !trigger.metadata?.queueName) fail(scaled, "expects a rabbitmq trigger on a queue");
    if (trigger.metadata?.host) fail(scaled, "the broker address must come from a TriggerAuthentication, not the manifest");
    if (!authentications.has(trigger.authenticationRef?.name)) fail(scaled, `authenticationRef ${trigger.authenticationRef?.name} is missing`);
  }
}
if (byKind("Secret").length > 0) errors.push("Secrets must be referenced, never rendered into the manifests");
for (const kind of ["Deployment", "Service", "Ingress", "Job", "ScaledObject", "TriggerAuthentication", "PodDisruptionBudget", "ConfigMap"]) {
  if (byKind(kind).length === 0) errors.push(`no ${kind} rendered`);
}

if (errors.length > 0) {
  console.error(`${name}: ${errors.length} problem(s)\n  ${errors.join("\n  ")}`);
  process.exit(1);
}
console.log(`${name}: ${documents.length} objects valid (Kubernetes and KEDA schemas, probes, resources, security, references)`);
