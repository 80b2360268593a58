namespace ClinicalProject.PopulationProfiling;

/// <summary>The <c>Profiling</c> configuration section.</summary>
public sealed class ProfilingOptions
{
    public const string SectionName = "Profiling";

    /// <summary>Counts below this are suppressed (with the rates computed from them) before anything leaves the service.</summary>
    public int SuppressionThreshold { get; set; } = 5;

    /// <summary>Where uploaded files wait while they are imported; default a folder under the system's temporary directory.</summary>
    public string? ImportDirectory { get; set; }

    /// <summary>A running or queued import that has not reported progress for this long has lost its replica.</summary>
    public TimeSpan ImportStaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Profile partitions one replica computes at once (and takes from the queue ahead): 1 by default, so a
    /// partition waits on the queue for whichever replica is free rather than in one replica's buffer.
    /// </summary>
    public int PartitionConcurrency { get; set; } = 1;

    /// <summary>This replica's name in the partitions it computes; default machine name and process id.</summary>
    public string? ReplicaName { get; set; }

    public string EffectiveReplicaName => string.IsNullOrWhiteSpace(ReplicaName) ? $"{Environment.MachineName}-{Environment.ProcessId}" : ReplicaName;
}
