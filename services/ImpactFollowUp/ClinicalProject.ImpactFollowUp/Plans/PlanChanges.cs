using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalProject.Contracts;
using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.Messaging.Outbox;

namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>
/// Stamps a plan's new version and author, writes its audit entry and queues <see cref="ActionPlanChanged"/> in the
/// outbox: all saved by the same <c>SaveChanges</c>.
/// </summary>
public sealed class PlanChanges(ImpactDbContext db, string author, DateTime nowUtc)
{
    public string Author { get; } = author;

    public DateTime NowUtc { get; } = nowUtc;

    public void Created(ActionPlan plan)
    {
        plan.Id = plan.Id == Guid.Empty ? Guid.CreateVersion7() : plan.Id;
        plan.Version = 1;
        plan.CreatedAtUtc = plan.UpdatedAtUtc = NowUtc;
        plan.CreatedBy = plan.UpdatedBy = Author;
        db.Plans.Add(plan);
        db.PlanStatusChanges.Add(new PlanStatusChange { PlanId = plan.Id, From = null, To = plan.Status, PlanVersion = 1, ChangedBy = Author, ChangedAtUtc = NowUtc });
        Record(plan, "created", Diff(null, Serialize(PlanMapping.ToBody(plan))));
    }

    /// <summary>Records an update from <paramref name="before"/>; false (nothing recorded) when no field changed.</summary>
    public bool Updated(ActionPlan plan, PlanBody before)
    {
        var changes = Diff(Serialize(before), Serialize(PlanMapping.ToBody(plan)));
        if (changes.Count == 0)
        {
            return false;
        }

        Stamp(plan);
        Record(plan, "updated", changes);
        return true;
    }

    public void StatusChanged(ActionPlan plan, PlanStatus to, string? reason)
    {
        var from = plan.Status;
        plan.Status = to;
        Stamp(plan);
        db.PlanStatusChanges.Add(new PlanStatusChange { PlanId = plan.Id, From = from, To = to, Reason = reason, PlanVersion = plan.Version, ChangedBy = Author, ChangedAtUtc = NowUtc });
        Record(plan, "status", new JsonObject { ["status"] = new JsonObject { ["from"] = ImpactJson.Format(from), ["to"] = ImpactJson.Format(to) }, ["reason"] = reason });
    }

    public void EvaluationDeclared(ActionPlan plan, int declarationVersion)
    {
        Stamp(plan);
        Record(plan, "evaluation-declared", new JsonObject { ["evaluationVersion"] = declarationVersion });
    }

    private void Stamp(ActionPlan plan)
    {
        plan.Version++;
        plan.UpdatedAtUtc = NowUtc;
        plan.UpdatedBy = Author;
    }

    private void Record(ActionPlan plan, string action, JsonObject changes)
    {
        db.PlanAudit.Add(new PlanAuditEntry
        {
            PlanId = plan.Id, Version = plan.Version, Action = action, ChangedBy = Author, ChangedAtUtc = NowUtc, Changes = changes.ToJsonString(),
        });
        db.PublishOnCommit(new ActionPlanChanged(plan.Id, plan.Version, action, new DateTimeOffset(NowUtc, TimeSpan.Zero)));
    }

    private static JsonObject Serialize(PlanBody body) => JsonSerializer.SerializeToNode(body, ImpactJson.Options)?.AsObject() ?? [];

    /// <summary>Field → {from, to} for every top-level field whose value differs (a creation lists the fields it sets).</summary>
    private static JsonObject Diff(JsonObject? before, JsonObject after)
    {
        var changes = new JsonObject();
        foreach (var (name, value) in after)
        {
            JsonNode? old = null;
            var unchanged = before is null ? value is null : before.TryGetPropertyValue(name, out old) && JsonNode.DeepEquals(old, value);
            if (!unchanged)
            {
                changes[name] = new JsonObject { ["from"] = old?.DeepClone(), ["to"] = value?.DeepClone() };
            }
        }

        return changes;
    }
}
